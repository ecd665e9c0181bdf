/** « Mes données » (RGPD): a young person's export (JSON, PDF) and their erasure request. */
export { ErasureRequests, ERASURE_REQUESTS } from './ErasureRequests'
export { myDataEndpoint, myDataPdfEndpoint } from './endpoints'
