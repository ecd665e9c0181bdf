export type PlacementPluginOptions = {
  /** Serve the "Annuaire": its endpoints (`/api/directory/referents`, `/api/directory/employers`) and its admin view (`/admin/annuaire`). */
  directory?: boolean
  /** Add the demo data step (offers, candidates, candidatures) to the seed. */
  seed?: boolean
}
