/** Shared with the other modules: see src/lib/loadDoc.ts. */
export { findDocs, loadDoc, type AnyDoc } from '../../../src/lib/loadDoc'
