import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

type SchemaHook = NonNullable<
  Parameters<typeof import('@payloadcms/db-postgres').postgresAdapter>[0]['afterSchemaInit']
>[number]

/**
 * A trigram GiST index on the memory's Danish, so "the most similar sentences translated before"
 * is a nearest-neighbour walk of the index (`<->`), not a comparison with every entry (pg_trgm,
 * created by the adapter's `extensions`). GIN would find matches but cannot order them.
 * Declared in the Drizzle schema, so both schema push and the generated migration carry it.
 */
export const fuzzyMemoryIndex: SchemaHook = ({ schema, extendTable }) => {
  extendTable({
    table: schema.tables.translation_memory,
    extraConfig: (t) => ({
      sourceTextTrigram: index('translation_memory_source_text_trgm_idx').using(
        'gist',
        t.sourceText.op('gist_trgm_ops'),
      ),
    }),
  })
  return schema
}
