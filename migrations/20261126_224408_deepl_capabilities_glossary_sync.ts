import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_deepl_glossary_sync_state" AS ENUM('pending', 'synced', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'refresh-deepl-capabilities';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sync-deepl-glossary';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'refresh-deepl-capabilities';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sync-deepl-glossary';
  CREATE TABLE "deepl_capabilities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reading" jsonb,
  	"last_checked_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "deepl_glossary_sync" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"state" "enum_deepl_glossary_sync_state",
  	"glossary_id" varchar,
  	"last_synced_at" timestamp(3) with time zone,
  	"last_attempt_at" timestamp(3) with time zone,
  	"last_error" varchar,
  	"languages" jsonb,
  	"synced_hash" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "deepl_capabilities" CASCADE;
  DROP TABLE "deepl_glossary_sync" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliver-webhook', 'build-offline-packs', 'machine-translate', 'sweep-translation-queue', 'translator-digest');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliver-webhook', 'build-offline-packs', 'machine-translate', 'sweep-translation-queue', 'translator-digest');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_deepl_glossary_sync_state";`)
}
