import type { EffectHandler } from '../../../lifecycle'
import { adminDocumentLink } from '../../../../src/kernel/email/links'
import { notifyStaff } from '../../../../src/kernel/notifications/notify'
import { employerUsers, establishmentFollowers } from '../../operations/recipients'

const link = (id: unknown) => ({ label: 'Consulter la demande de parrainage', url: adminDocumentLink('parrainages', String(id)) })

/** A candidate asked for a sponsor: the establishment's referents validate it. */
export const notifyParrainageRequested: EffectHandler = async ({ req, doc }) => {
  await notifyStaff({
    req,
    recipients: await establishmentFollowers({ req, structure: doc.structure }),
    kind: 'parrainage-requested',
    title: 'Demande de parrainage à valider',
    lines: [`${doc.candidateName} demande un parrainage : « ${doc.title} ».`],
    link: link(doc.id),
    dedupeKey: `parrainage-requested:${doc.id}`,
  })
}

/** Validated: sent to the company, whose users are told. */
export const notifyParrainageValidated: EffectHandler = async ({ req, doc, transition }) => {
  await notifyStaff({
    req,
    recipients: await employerUsers({ req, employer: doc.employer }),
    kind: 'parrainage-validated',
    title: 'Nouvelle demande de parrainage',
    lines: [`${doc.candidateName} souhaite être parrainé(e) par votre entreprise.`, String(doc.message ?? '')],
    link: link(doc.id),
    dedupeKey: `transition:${transition?.id}`,
  })
}
