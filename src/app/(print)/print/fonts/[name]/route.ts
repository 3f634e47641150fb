import { readFont } from '../../../../../print/fonts'

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ name: string }> },
): Promise<Response> {
  const font = await readFont((await params).name)
  if (!font) return new Response('Unknown font', { status: 404 })
  return new Response(new Uint8Array(font), {
    headers: {
      'content-type': 'font/woff2',
      'cache-control': 'public, max-age=31536000, immutable',
    },
  })
}
