import { type NextRequest, NextResponse } from 'next/server'

/**
 * Payload's admin remembers the last locale a user looked at; "Create new" then opens the create
 * view in that locale (Arabic, say), where an editor may not create (Danish source only) and gets
 * "Unauthorized". A new document always starts as Danish source, so the create view is opened in
 * Danish. (Next 16 calls middleware "proxy".)
 */
export function proxy(request: NextRequest): NextResponse {
  const url = request.nextUrl
  if (url.searchParams.get('locale') === 'da') return NextResponse.next()
  url.searchParams.set('locale', 'da')
  return NextResponse.redirect(url)
}

export const config = { matcher: ['/admin/collections/:collection/create'] }
