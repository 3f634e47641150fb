import config from '@payload-config'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload, type Payload } from 'payload'
import { type AppUser, currentUser } from '../access/roles'

/** The signed-in staff member (admin session cookie), or off to the login page. */
export async function requireStaff(returnTo: string): Promise<{
  payload: Payload
  user: AppUser
  userDoc: NonNullable<Awaited<ReturnType<Payload['auth']>>['user']>
}> {
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: new Headers(await headers()) })
  const appUser = user ? currentUser({ user } as never) : null
  if (!user || !appUser?.roles?.some((r) => r !== 'api-consumer'))
    redirect(`/admin/login?redirect=${encodeURIComponent(returnTo)}`)
  return { payload, user: appUser, userDoc: user }
}
