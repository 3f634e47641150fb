import { numberContents } from '../../../../../../../plugins/plain-language/catalogue/paginate'
import { renderPdf } from '../../../../../../print/renderPdf'

export const dynamic = 'force-dynamic'

/** The booklet as a PDF: Chromium prints the HTML page, the contents carry page numbers. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const page = new URL(url.pathname.replace(/\/pdf$/, ''), url.origin)
  try {
    const pdf = await renderPdf(page.toString(), null, {
      beforePrint: numberContents,
      pageNumbers: true,
    })
    const name = page.pathname.split('/').slice(-2).join('-')
    return new Response(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="catalogue-${name}.pdf"`,
      },
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const status = /answered 404/.test(message) ? 404 : 503
    return Response.json(
      {
        errors: [
          {
            message:
              status === 404
                ? 'No such catalogue in that language (nothing approved and published yet)'
                : `Could not render PDF: ${message}`,
          },
        ],
      },
      { status },
    )
  }
}
