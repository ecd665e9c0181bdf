import type { EffectHandler } from '../../../lifecycle'
import { adminDocumentLink } from '../../../../src/email/links'
import { notifyStaff } from '../../../../src/notifications/notify'
import { employerUsers, establishmentFollowers } from '../../operations/recipients'

const link = (id: unknown) => ({ label: 'Consulter la candidature', url: adminDocumentLink('candidatures', String(id)) })

/** Awaiting validation: the establishment's referents and mission officers are told. */
export const notifyAwaitingValidation: EffectHandler = async ({ req, doc, transition }) => {
  await notifyStaff({
    req,
    recipients: await establishmentFollowers({ req, structure: doc.structure }),
    kind: 'candidature-awaiting-validation',
    title: 'Candidature en attente de validation par le référent',
    lines: [`${doc.candidateName} attend votre validation : « ${doc.title} ».`],
    link: link(doc.id),
    dedupeKey: `transition:${transition?.id}`,
  })
}

/** Sent: the company's users receive it; the referents learn it has left. */
export const notifySent: EffectHandler = async ({ req, doc, transition }) => {
  await notifyStaff({
    req,
    recipients: await employerUsers({ req, employer: doc.employer }),
    kind: 'candidature-sent',
    title: 'Nouvelle candidature reçue',
    lines: [`${doc.candidateName} vous adresse une candidature : « ${doc.title} ».`],
    link: link(doc.id),
    dedupeKey: `transition:${transition?.id}:employer`,
  })
  await notifyStaff({
    req,
    recipients: await establishmentFollowers({ req, structure: doc.structure }),
    kind: 'candidature-sent',
    title: 'Candidature envoyée au recruteur',
    lines: [`La candidature de ${doc.candidateName} a été envoyée au recruteur : « ${doc.title} ».`],
    link: link(doc.id),
    dedupeKey: `transition:${transition?.id}:establishment`,
  })
}

/** Handled by the recruiter: the referents follow the progress. */
export const notifyHandled: EffectHandler = async ({ req, doc, transition }) => {
  await notifyStaff({
    req,
    recipients: await establishmentFollowers({ req, structure: doc.structure }),
    kind: 'candidature-handled',
    title: 'Candidature prise en charge par le recruteur',
    lines: [`Le recruteur a pris en charge la candidature de ${doc.candidateName} : « ${doc.title} ».`],
    link: link(doc.id),
    dedupeKey: `transition:${transition?.id}`,
  })
}

/** Retained or not: the referents hear the outcome. */
export const notifyDecided: EffectHandler = async ({ req, doc, transition }) => {
  const outcome = doc.status === 'accepted' ? 'retenue' : 'non retenue'
  await notifyStaff({
    req,
    recipients: await establishmentFollowers({ req, structure: doc.structure }),
    kind: 'candidature-decided',
    title: `Candidature ${outcome}`,
    lines: [`La candidature de ${doc.candidateName} (« ${doc.title} ») a été ${outcome} par le recruteur.`],
    link: link(doc.id),
    dedupeKey: `transition:${transition?.id}`,
  })
}
