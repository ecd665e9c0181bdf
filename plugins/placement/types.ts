export type PlacementPluginOptions = {
  /** Serve the "Annuaire" endpoints (`/api/directory/referents`, `/api/directory/employers`). */
  directory?: boolean
  /** Add the demo data step (offers, candidates, candidatures) to the seed. */
  seed?: boolean
}
