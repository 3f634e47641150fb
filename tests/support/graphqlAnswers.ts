/**
 * The answers the website would get for a fixed set of public GraphQL queries, printed as JSON.
 * Run as its own process (DATABASE_URL in the environment) so a restored database is read by a
 * freshly started CMS, exactly as after a real restore.
 */
export const PUBLIC_QUERIES = [
  '{ Leaflets(locale: da, sort: "slug", limit: 100) { docs { slug title summary kind body } } }',
  '{ Leaflets(locale: ar, sort: "slug", limit: 100) { docs { slug title } } }',
  '{ Methods(locale: da, sort: "slug", limit: 100) { docs { slug title category } } }',
  '{ ReflectionQuestions(locale: da, sort: "order") { docs { title questions { question help } } } }',
  '{ WelcomeMaterials(locale: da) { docs { slug title audienceVariants { audience heading } } } }',
  '{ LetterTemplates(locale: da) { docs { slug title placeholders { key } } } }',
  '{ Departments(limit: 20, sort: "code") { docs { code name } } }',
]

export async function answerAll(post: (query: string) => Promise<unknown>): Promise<unknown[]> {
  const answers: unknown[] = []
  for (const query of PUBLIC_QUERIES) answers.push(await post(query))
  return answers
}

async function main(): Promise<void> {
  const { POST } = await import('../../src/app/(payload)/api/graphql/route')
  const answers = await answerAll(async (query) => {
    const response = await POST(new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }))
    return response.json()
  })
  process.stdout.write(`${JSON.stringify(answers)}\n`)
  process.exit(0)
}

if (process.argv[1]?.endsWith('graphqlAnswers.ts')) await main()
