import type { CollectionSlug, RequiredDataFromCollectionSlug } from 'payload'

/** What a new document of a lifecycle collection is given: everything but `status`, which the lifecycle owns. */
export type LifecycleCreateData<TSlug extends CollectionSlug> = Omit<RequiredDataFromCollectionSlug<TSlug>, 'status'>

/**
 * The data of a new document of a lifecycle collection, checked against its generated type. That
 * type requires `status` (a required field with a default); the lifecycle writes it (its initial
 * state, then transitions), never the caller, so the data goes to the Local API without it.
 */
export const lifecycleCreateData = <TSlug extends CollectionSlug>(data: LifecycleCreateData<TSlug>): RequiredDataFromCollectionSlug<TSlug> =>
  // The one place the missing `status` is accepted: `guardStatus` sets the initial state on create.
  data as RequiredDataFromCollectionSlug<TSlug>
