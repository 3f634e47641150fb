import { renderPdf } from '../../../../../../print/renderPdf'

export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const page = new URL(url.pathname.replace(/\/pdf$/, '') + url.search, url.origin)
  try {
    const pdf = await renderPdf(page.toString(), request.headers.get('cookie'))
    const name = page.pathname.split('/').slice(-2).join('-')
    return new Response(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${name}.pdf"`,
      },
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const status = /answered 404/.test(message) ? 404 : 503
    return Response.json({ errors: [{ message: `Could not render PDF: ${message}` }] }, { status })
  }
}
