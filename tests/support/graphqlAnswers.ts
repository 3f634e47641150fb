/**
 * The answers the website would get for a fixed set of public delivery GraphQL queries, printed
 * as JSON. Run as its own process (DATABASE_URL in the environment) so a restored database is
 * read by a freshly started delivery server, exactly as after a real restore.
 */
export const PUBLIC_QUERIES = [
  '{ Leaflets(locale: da, sort: slug, limit: 100) { docs { slug title summary kind html } } }',
  '{ Leaflets(locale: ar, sort: slug, limit: 100) { docs { slug title isFallback lang } } }',
  '{ Methods(locale: da, sort: slug, limit: 100) { docs { slug title category } } }',
  '{ ReflectionQuestions(locale: da, sort: order) { docs { title fields } } }',
  '{ WelcomeMaterials(locale: da) { docs { slug title fields } } }',
  '{ LetterTemplates(locale: da) { docs { slug title fields } } }',
]

export async function answerAll(post: (query: string) => Promise<unknown>): Promise<unknown[]> {
  const answers: unknown[] = []
  for (const query of PUBLIC_QUERIES) answers.push(await post(query))
  return answers
}

async function main(): Promise<void> {
  const { startDelivery } = await import('./delivery')
  const delivery = await startDelivery(process.env.DATABASE_URL!)
  const answers = await answerAll(async (query) => (await delivery.graphql(query)).body)
  await delivery.close()
  process.stdout.write(`${JSON.stringify(answers)}\n`)
  process.exit(0)
}

if (process.argv[1]?.endsWith('graphqlAnswers.ts')) await main()
