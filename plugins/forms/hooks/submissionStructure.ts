import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

/**
 * A submission belongs to the structure of its form, whatever the caller sent: the public
 * site posts anonymously and must not choose where its data lands.
 */
export const submissionStructure =
  ({ formsSlug }: { formsSlug: CollectionSlug }): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create') {
      const { structure: _ignored, ...rest } = data
      return rest
    }
    const formId = typeof data.form === 'object' && data.form ? (data.form as { id: unknown }).id : data.form
    const form = formId
      ? await req.payload.findByID({ collection: formsSlug, id: formId as number, depth: 0, overrideAccess: true, disableErrors: true, req })
      : null
    return { ...data, structure: (form as { structure?: unknown } | null)?.structure ?? null }
  }
