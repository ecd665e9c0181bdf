/**
 * Work lists (issue 15): modules say what waits in their collections (`withWorkItems`); the
 * dashboard, `GET /api/work-list` and the lists' one-click filters read those items.
 */
export { countWorkItems } from './countWorkItems'
export { workListEndpoint } from './endpoint'
export { listHref } from './listHref'
export { isWorkFor, whereFor, withWorkItems, workItemsOf, type WorkCount, type WorkItem } from './types'
