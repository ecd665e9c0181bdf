import type { CollectionBeforeChangeHook } from 'payload'

import { loadDoc } from '../../../../src/kernel/lib/loadDoc'
import { relationId } from '../../../../src/kernel/lib/relationId'
import { PLACEMENT_SLUGS } from '../../slugs'
import { fillLetterTemplate, LETTER_TEMPLATES, type LetterTemplateKey } from '../letterTemplates'

/**
 * A cover letter saved with an empty text starts from its template, filled with the candidate's
 * name and the company and position (typed, or taken from the chosen offer). Runs after
 * `stampDocumentOwner`, so the candidate is known; the candidate then edits the text.
 */
export const fillLetterFromTemplate: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const kind = data.kind ?? originalDoc?.kind
  if (kind !== 'cover-letter') return data
  const letter = { ...(originalDoc?.letter ?? {}), ...(data.letter ?? {}) }
  if (typeof letter.body === 'string' && letter.body.trim()) return data
  const offerId = relationId(letter.offer)
  // Read as the caller: an offer they may not read lends nothing to the letter.
  const offer = offerId ? await loadDoc({ req, collection: PLACEMENT_SLUGS.offers, id: offerId, asCaller: true }) : null
  letter.company ||= offer?.employerName ?? ''
  letter.position ||= offer?.title ?? ''
  const accountId = relationId(data.account ?? originalDoc?.account)
  const account = accountId ? await loadDoc({ req, collection: 'accounts', id: accountId }) : null
  const template = (letter.template in LETTER_TEMPLATES ? letter.template : 'offer') as LetterTemplateKey
  letter.body = fillLetterTemplate(template, {
    prenom: account?.firstName ?? '',
    nom: account?.lastName ?? '',
    entreprise: letter.company,
    poste: letter.position,
  })
  return { ...data, letter }
}
