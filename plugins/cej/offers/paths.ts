/** The counsellor's « Offres » admin view. */
export const OFFERS_PATH = '/offres'
