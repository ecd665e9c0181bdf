import type { EffectHandler } from '../../../lifecycle'
import { absoluteUrl, adminDocumentLink } from '../../../../src/kernel/email/links'
import { notifyAccount, notifyStaff } from '../../../../src/kernel/notifications/notify'
import { employerUsers, establishmentFollowers } from '../../operations/recipients'
import { relationId } from '../../../../src/kernel/lib/relationId'

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

/** Retained or not: the referents hear the outcome, and so does the candidate, by e-mail and in their space. */
export const notifyDecided: EffectHandler = async ({ req, doc, transition }) => {
  const isAccepted = doc.status === 'accepted'
  const outcome = isAccepted ? 'retenue' : 'non retenue'
  await notifyStaff({
    req,
    recipients: await establishmentFollowers({ req, structure: doc.structure }),
    kind: 'candidature-decided',
    title: `Candidature ${outcome}`,
    lines: [`La candidature de ${doc.candidateName} (« ${doc.title} ») a été ${outcome} par le recruteur.`],
    link: link(doc.id),
    dedupeKey: `transition:${transition?.id}`,
  })
  const accountId = relationId(doc.candidate)
  const account = accountId ? await req.payload.findByID({ collection: 'accounts', id: accountId, depth: 0, overrideAccess: true, disableErrors: true, req }) : null
  if (!account) return
  await notifyAccount({
    req,
    account,
    kind: 'candidature-decided',
    title: isAccepted ? 'Votre candidature a été retenue' : "Votre candidature n'a pas été retenue",
    lines: [
      account.firstName ? `Bonjour ${account.firstName},` : 'Bonjour,',
      isAccepted
        ? `Bonne nouvelle : le recruteur a retenu votre candidature « ${doc.title} ». Il vous contactera pour la suite.`
        : `Le recruteur n'a pas retenu votre candidature « ${doc.title} ». Votre référent peut vous aider à préparer vos prochaines candidatures.`,
    ],
    link: { label: 'Voir mes candidatures', url: absoluteUrl('/espace-jeune') },
    dedupeKey: `transition:${transition?.id}`,
  })
}
