import type { Payload } from 'payload'

import { benchServerURL } from './env'

/**
 * The accounts list variants the bench and the profiler measure, on the same URLs: (a) the
 * referent's list as the admin asks for it (issue #16: `enableListViewSelectAPI`, its columns
 * only), (b) the super-admin's with the same structures as a filter, (d) the bare baseline with
 * that filter, (e) the referent's list with every field.
 */
export const listUrls = ({ payload, staffStructureIds }: { payload: Payload; staffStructureIds: number[] }) => {
  const listColumns = (payload.collections.accounts.config.admin.defaultColumns ?? []).map((name) => `&select[${name}]=true`).join('')
  const fullListPath = '/api/accounts?limit=20&sort=-createdAt&depth=0'
  const listPath = `${fullListPath}${listColumns}`
  const filter = staffStructureIds.map((id, i) => `&where[structure][in][${i}]=${id}`).join('')
  const baselinePath = '/api/bench-baseline?limit=20&sort=-createdAt&depth=0'
  return { a: `${benchServerURL}${listPath}`, b: `${benchServerURL}${listPath}${filter}`, d: `${benchServerURL}${baselinePath}${filter}`, e: `${benchServerURL}${fullListPath}` }
}
