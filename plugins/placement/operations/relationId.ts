/** Shared with the other modules: see src/kernel/lib/relationId.ts. */
export { candidateDisplayName, relationId } from '../../../src/kernel/lib/relationId'
