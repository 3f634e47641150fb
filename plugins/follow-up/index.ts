import type { CollectionConfig, Config, Endpoint, Field, Plugin } from 'payload'
import { adminFieldOnly } from '../../src/access/predicates'
import { Areas } from './collections/Areas'
import { InclusionFigures } from './collections/InclusionFigures'
import { Meetings } from './collections/Meetings'
import { NoShowMonths } from './collections/NoShowMonths'
import { PopulationFigures } from './collections/PopulationFigures'
import { Units } from './collections/Units'
import { noShowImportEndpoint } from './endpoints/noShowImport'
import { populationImportEndpoint } from './endpoints/populationImport'
import { reportEndpoints } from './endpoints/report'

/** Which units a centre manager records no-shows for; on the user, like an editor's departments. */
const unitsField: Field = {
  name: 'units',
  type: 'relationship',
  relationTo: 'units',
  hasMany: true,
  access: { create: adminFieldOnly, update: adminFieldOnly },
  admin: { description: 'Centre managers record no-shows for these units.' },
  saveToJWT: true,
}

/**
 * Follow-up (issue 14): areas and their population, meetings with reflection answers and
 * attendance, no-shows per unit and month, the inclusion indicator, the importers, the annual
 * status report (HTML and PDF) and its admin dashboard. The statistics are in src/followup.
 */
export const followUp =
  (): Plugin =>
  (config: Config): Config => {
    const withEndpoint = (
      collection: CollectionConfig,
      endpoint: Omit<Endpoint, 'root'>,
    ): CollectionConfig => ({
      ...collection,
      endpoints: [...(collection.endpoints || []), endpoint],
    })
    const collections = (config.collections ?? []).map((c) =>
      c.slug === 'users' ? { ...c, fields: [...c.fields, unitsField] } : c,
    )
    return {
      ...config,
      collections: [
        ...collections,
        Areas,
        withEndpoint(PopulationFigures, populationImportEndpoint),
        Units,
        Meetings,
        withEndpoint(NoShowMonths, noShowImportEndpoint),
        InclusionFigures,
      ],
      endpoints: [...(config.endpoints ?? []), ...reportEndpoints],
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          views: {
            ...config.admin?.components?.views,
            followUpDashboard: {
              Component: '/plugins/follow-up/admin/Dashboard#FollowUpDashboard',
              path: '/follow-up',
            },
          },
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            '/plugins/follow-up/admin/NavLink#FollowUpNavLink',
          ],
        },
      },
    }
  }
