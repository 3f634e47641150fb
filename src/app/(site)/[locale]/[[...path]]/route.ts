import { siteGet } from '../../../../../plugins/citizen-site/site/handler'

/** The citizen site ("Kend din kommune"): plain HTML pages, feeds and the offline pack per language. */
export const GET = siteGet
export const dynamic = 'force-dynamic'
