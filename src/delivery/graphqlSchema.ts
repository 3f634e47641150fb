import {
  GraphQLBoolean,
  GraphQLEnumType,
  GraphQLError,
  type GraphQLFieldConfig,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLNullableType,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql'
import { ALL_LOCALES, type Locale } from '../languages'
import {
  type DeliveredCollection,
  DELIVERED_COLLECTIONS,
  type ListFilters,
  type LiveDocument,
  MAX_LIMIT,
  surrogateKeys,
} from './contract'
import type { LiveStore } from './store'

/** What a resolver needs: the store, and a place to collect the answer's surrogate keys. */
export interface DeliveryContext {
  store: LiveStore
  keys: Set<string>
}

const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description:
    'Collection-specific published fields (audience variants, questions, placeholders...)',
  serialize: (v) => v,
})

const LocaleEnum = new GraphQLEnumType({
  name: 'Locale',
  values: Object.fromEntries(ALL_LOCALES.map((l) => [l, { value: l }])),
})
const CollectionEnum = new GraphQLEnumType({
  name: 'Collection',
  values: Object.fromEntries(
    DELIVERED_COLLECTIONS.map((c) => [c.replace(/-/g, '_'), { value: c }]),
  ),
})
const SortEnum = new GraphQLEnumType({
  name: 'Sort',
  values: {
    slug: { value: 'slug' },
    title: { value: 'title' },
    createdAt: { value: 'createdAt' },
    order: { value: 'order' },
  },
})

const KNOWN = new Set([
  'id',
  'slug',
  'title',
  'summary',
  'html',
  'lang',
  'dir',
  'isFallback',
  'translationStatus',
  'availableLocales',
  'locale',
  'kind',
  'category',
  'department',
  'order',
  'publishedAt',
  'createdAt',
  'collection',
])

const nn = <T extends GraphQLNullableType>(t: T) => new GraphQLNonNull(t)

const DocumentType = new GraphQLObjectType<LiveDocument>({
  name: 'Document',
  description:
    'A document in the language served: the requested one when it is live, else the published Danish (isFallback).',
  fields: {
    id: { type: nn(GraphQLInt) },
    collection: { type: nn(GraphQLString) },
    slug: { type: nn(GraphQLString) },
    title: { type: nn(GraphQLString) },
    summary: { type: GraphQLString },
    html: { type: nn(GraphQLString), description: 'The body as sanitized HTML' },
    lang: { type: nn(GraphQLString), description: 'BCP 47 tag of the language served' },
    dir: { type: nn(GraphQLString), description: 'ltr or rtl' },
    isFallback: { type: nn(GraphQLBoolean) },
    translationStatus: {
      type: nn(GraphQLString),
      description: 'published, outdated (Danish changed since approval) or missing',
    },
    availableLocales: { type: nn(new GraphQLList(nn(GraphQLString))) },
    locale: { type: nn(GraphQLString), description: 'The locale served' },
    kind: { type: GraphQLString },
    category: { type: GraphQLString },
    department: { type: GraphQLInt },
    order: { type: GraphQLInt },
    publishedAt: { type: GraphQLString },
    createdAt: { type: GraphQLString },
    fields: {
      type: JSONScalar,
      resolve: (doc) => Object.fromEntries(Object.entries(doc).filter(([k]) => !KNOWN.has(k))),
    },
  },
})

const ListType = new GraphQLObjectType<{ docs: LiveDocument[] }>({
  name: 'DocumentList',
  fields: {
    docs: { type: nn(new GraphQLList(nn(DocumentType))) },
    totalDocs: { type: nn(GraphQLInt) },
    page: { type: nn(GraphQLInt) },
    limit: { type: nn(GraphQLInt) },
  },
})

function badInput(message: string): never {
  throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } })
}

const listArgs = {
  locale: { type: nn(LocaleEnum) },
  kind: { type: GraphQLString },
  category: { type: GraphQLString },
  department: { type: GraphQLInt },
  search: { type: GraphQLString },
  sort: { type: SortEnum },
  limit: { type: GraphQLInt, description: `1-${MAX_LIMIT}, default 50` },
  page: { type: GraphQLInt },
}

type ListArgs = ListFilters & { locale: Locale; collection?: DeliveredCollection }

function resolveList(
  fixed?: DeliveredCollection,
): GraphQLFieldConfig<unknown, DeliveryContext, ListArgs>['resolve'] {
  return async (_root, args, context) => {
    const collection = fixed ?? args.collection!
    if (
      args.limit !== undefined &&
      args.limit !== null &&
      (args.limit < 1 || args.limit > MAX_LIMIT)
    )
      badInput(`limit must be between 1 and ${MAX_LIMIT}`)
    if (args.page !== undefined && args.page !== null && args.page < 1)
      badInput('page must be 1 or more')
    if (args.search && args.search.length > 200) badInput('search is limited to 200 characters')
    for (const k of surrogateKeys(collection, null, args.locale)) context.keys.add(k)
    const { locale, collection: _c, ...filters } = args
    return context.store.list(
      collection,
      locale,
      Object.fromEntries(
        Object.entries(filters).filter(([, v]) => v !== null && v !== undefined),
      ) as ListFilters,
    )
  }
}

function resolveOne(
  fixed?: DeliveredCollection,
): GraphQLFieldConfig<
  unknown,
  DeliveryContext,
  { slug: string; locale: Locale; collection?: DeliveredCollection }
>['resolve'] {
  return async (_root, args, context) => {
    const collection = fixed ?? args.collection!
    if (args.slug.length > 200) badInput('slug is limited to 200 characters')
    const doc = await context.store.read(collection, args.slug, args.locale)
    for (const k of surrogateKeys(collection, doc ? doc.id : null, args.locale)) context.keys.add(k)
    return doc
  }
}

/** `leaflets` → `Leaflets` / `Leaflet`, as consumers know the names from the management API. */
function typeNames(collection: DeliveredCollection): { single: string; plural: string } {
  const plural = collection
    .split('-')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
  return { plural, single: plural.replace(/s$/, '') }
}

/** The delivery API's own schema: read-only, published content only, nothing Payload's query layer offers. */
export function deliverySchema(): GraphQLSchema {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- graphql-js types field args per field; the map mixes them
  const fields: Record<string, GraphQLFieldConfig<unknown, DeliveryContext, any>> = {
    document: {
      type: DocumentType,
      args: {
        collection: { type: nn(CollectionEnum) },
        slug: { type: nn(GraphQLString) },
        locale: { type: nn(LocaleEnum) },
      },
      resolve: resolveOne() as never,
    },
    documents: {
      type: nn(ListType),
      args: { collection: { type: nn(CollectionEnum) }, ...listArgs },
      resolve: resolveList() as never,
    },
  }
  for (const collection of DELIVERED_COLLECTIONS) {
    const names = typeNames(collection)
    fields[names.single] = {
      type: DocumentType,
      args: { slug: { type: nn(GraphQLString) }, locale: { type: nn(LocaleEnum) } },
      resolve: resolveOne(collection) as never,
    }
    fields[names.plural] = {
      type: nn(ListType),
      args: listArgs,
      resolve: resolveList(collection) as never,
    }
  }
  return new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields }) })
}
