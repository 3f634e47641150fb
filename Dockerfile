# syntax=docker/dockerfile:1
# The CMS image, built once: the management app (admin, review, print, jobs) and the delivery API
# from the same image; docker-compose.yml runs them as separate services. Non-root, Chromium and
# fonts inside for PDFs, migrations applied on start, a healthcheck per role.

ARG NODE_IMAGE=node:20.19.5-bookworm-slim

# --- dependencies, with dev tools (the build needs TypeScript and Next) ---
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# --- the Next production build ---
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1 NODE_ENV=production
COPY . .
# next build loads payload.config.ts, which needs a DATABASE_URL to exist (it connects only at runtime).
RUN DATABASE_URL=postgres://build@127.0.0.1:1/build node_modules/.bin/next build \
 && node_modules/.bin/tsx -e "import('./scripts/lib/buildStamp.ts').then((m) => m.startBuild().record())" \
 && npm prune --omit=dev --no-audit --no-fund

# --- runtime: only what runs ---
FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-noto-core fonts-noto-extra tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production CMS_ENV=production NEXT_TELEMETRY_DISABLED=1 CHROMIUM_PATH=/usr/bin/chromium \
    PORT=3000 DELIVERY_PORT=3100 HOST=0.0.0.0 MEDIA_DIR=/app/.data/media
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /app/.data/media && chown -R node:node /app/.data
USER node
EXPOSE 3000 3100
# Both roles answer /delivery/health: the app mounts the delivery API too (one port for `npm start`).
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HEALTH_PORT || process.env.PORT) + '/delivery/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# The management app: applies migrations, then serves (the build is current, so nothing is rebuilt).
CMD ["node_modules/.bin/tsx", "scripts/start.ts"]
