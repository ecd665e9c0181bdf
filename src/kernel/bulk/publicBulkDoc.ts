import type { BulkOperationDoc } from './startBulkOperation'

/** The document as its readers see it: the runner's own fields (items, cursor) stay inside. */
export const publicBulkDoc = (doc: BulkOperationDoc) => {
  const { items: _items, position: _position, heartbeatAt: _heartbeat, ...rest } = doc
  return rest
}
