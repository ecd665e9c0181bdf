/** Shared with the other modules: see src/lib/relationId.ts. */
export { candidateDisplayName, relationId } from '../../../src/lib/relationId'
