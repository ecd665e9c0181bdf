/** Window event a document's own form dispatches after sending a lifecycle event, so the panel reloads. */
export const LIFECYCLE_CHANGED_EVENT = 'tremplin:lifecycle-changed'
