/** Shared with the other modules: see src/kernel/lib/loadDoc.ts. */
export { findDocs, loadDoc, type AnyDoc } from '../../../src/kernel/lib/loadDoc'
