import type { EffectHandler } from '../../lifecycle'
import { adminDocumentLink } from '../../../src/kernel/email/links'
import { notifyStaff } from '../../../src/kernel/notifications/notify'
import { relationId } from '../../../src/kernel/lib/relationId'
import { BILAN_SLUGS } from '../slugs'
import { displayName } from '../../../src/kernel/lib/displayName'

/** Submitted: the candidate's counsellor is told (e-mail and/or in the app, as they chose). */
export const notifyPhaseSubmitted: EffectHandler = async ({ req, doc, transition }) => {
  const counsellorId = relationId(doc.counsellor)
  if (!counsellorId) return
  const counsellor = await req.payload.findByID({ collection: 'users', id: counsellorId, depth: 0, overrideAccess: true, disableErrors: true, req })
  if (!counsellor || counsellor.status !== 'active') return
  const candidate = await req.payload.findByID({ collection: 'accounts', id: relationId(doc.candidate)!, depth: 0, overrideAccess: true, disableErrors: true, req })
  const name = displayName(candidate, { useEmail: false, fallback: 'Votre candidat' })
  await notifyStaff({
    req,
    recipients: [counsellor],
    kind: 'bilan-phase',
    title: 'Une phase de bilan vous a été soumise',
    lines: [`${name} a soumis la phase « ${doc.title} ». Vous pouvez commenter ses réponses et terminer la phase.`],
    link: { label: 'Voir la phase', url: adminDocumentLink(BILAN_SLUGS.steps, doc.id) },
    dedupeKey: `transition:${transition?.id ?? `submit:${doc.id}`}`,
  })
}
