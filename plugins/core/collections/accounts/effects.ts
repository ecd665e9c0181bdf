import type { EffectHandler } from '../../../lifecycle'
import { issuePasswordToken } from '../../../../src/kernel/auth/issuePasswordToken'
import { SECTION_ROLES } from '../../../../src/kernel/access/roles'
import { accountPasswordLink, adminDocumentLink, absoluteUrl } from '../../../../src/kernel/email/links'
import { renderEmail } from '../../../../src/kernel/email/render'
import { findStaff, notifyStaff } from '../../../../src/kernel/notifications/notify'
import { displayName, type NamedPerson } from '../../../../src/kernel/lib/displayName'

const fullName = (doc: Record<string, unknown>) => displayName(doc as NamedPerson)

/** Enabled: a staff-created account gets a link to set its password (12 h); others are told they can log in. */
export const notifyAccountEnabled: EffectHandler = async ({ req, doc, transition }) => {
  const email = String(doc.email)
  if (doc.origin === 'staff' && transition?.from === 'pending') {
    const token = await issuePasswordToken({ req, collection: 'accounts', id: doc.id })
    await req.payload.sendEmail({
      to: email,
      ...renderEmail({
        title: 'Votre compte Tremplin a été créé',
        lines: [
          `Bonjour ${fullName(doc)},`,
          'Votre référent vient de créer votre compte. Choisissez votre mot de passe pour vous connecter.',
          'Ce lien est valable 12 heures. Passé ce délai, utilisez « Mot de passe oublié » pour en recevoir un nouveau.',
        ],
        action: { label: 'Choisir mon mot de passe', url: accountPasswordLink(String(token)) },
      }),
    })
    return
  }
  await req.payload.sendEmail({
    to: email,
    ...renderEmail({
      title: 'Votre compte est activé',
      lines: [`Bonjour ${fullName(doc)},`, 'Votre Mission Locale a validé votre compte : vous pouvez maintenant vous connecter.'],
      action: { label: 'Me connecter', url: absoluteUrl('/espace-jeune') },
    }),
  })
}

/** Transferred: the target Mission Locale's account referents hear of it, with the message. */
export const notifyTransferTarget: EffectHandler = async ({ req, doc, transition }) => {
  const target = Number((transition?.data as { structure?: number } | null)?.structure ?? doc.structure)
  const recipients = await findStaff({ req, structures: [target], roles: SECTION_ROLES.accounts })
  await notifyStaff({
    req,
    recipients,
    kind: 'account-transferred',
    title: 'Un compte a été transféré à votre Mission Locale',
    lines: [
      `Le compte de ${fullName(doc)} vous a été transféré et attend votre validation.`,
      ...(transition?.comment ? [`Message : « ${transition.comment} »`] : []),
    ],
    link: { label: 'Voir le compte', url: adminDocumentLink('accounts', doc.id) },
    dedupeKey: `transition:${transition?.id}`,
  })
}

/** Pre-registered: the young person gets a confirmation. */
export const confirmPreRegistration: EffectHandler = async ({ req, doc }) => {
  await req.payload.sendEmail({
    to: String(doc.email),
    ...renderEmail({
      title: 'Votre pré-inscription est enregistrée',
      lines: [
        `Bonjour ${fullName(doc)},`,
        'Votre Mission Locale va étudier votre demande. Vous recevrez un e-mail dès que votre compte sera activé.',
      ],
      action: { label: 'Découvrir Tremplin', url: absoluteUrl('/espace-jeune') },
    }),
  })
}

/**
 * Someone pre-registered with the address of an existing account: its owner hears of it (minors
 * included), instead of the form saying the address is taken.
 */
export const warnPreRegistrationOfKnownEmail: EffectHandler = async ({ req, doc }) => {
  await req.payload.sendEmail({
    to: String(doc.email),
    ...renderEmail({
      title: 'Une pré-inscription a été demandée avec votre adresse',
      lines: [
        `Bonjour ${fullName(doc)},`,
        'Quelqu’un vient de demander une pré-inscription sur Tremplin avec cette adresse e-mail, qui a déjà un compte : aucun nouveau compte n’a été créé.',
        'Si c’est vous, connectez-vous avec votre compte ; en cas d’oubli, utilisez « Mot de passe oublié ». Sinon, ignorez cet e-mail.',
      ],
      action: { label: 'Me connecter', url: absoluteUrl('/espace-jeune') },
    }),
  })
}

/** Pre-registered: the Mission Locale's account referents are notified. */
export const notifyPreRegistration: EffectHandler = async ({ req, doc }) => {
  if (!doc.structure) return
  const recipients = await findStaff({ req, structures: [Number(doc.structure)], roles: SECTION_ROLES.accounts })
  await notifyStaff({
    req,
    recipients,
    kind: 'account-preregistered',
    title: 'Nouvelle pré-inscription à valider',
    lines: [`${fullName(doc)} (${doc.postalCode ?? 'code postal inconnu'}) s'est pré-inscrit(e).`],
    link: { label: 'Valider le compte', url: adminDocumentLink('accounts', doc.id) },
    dedupeKey: `preregistration:${doc.id}`,
  })
}

const ANONYMISED = 'Donnée anonymisée'

/**
 * « Supprimer ce compte » (DELETE): the account keeps its id, structure and history (statistics)
 * but no longer its identity; its open sessions end. Written with the transition, in its transaction.
 */
export const eraseAccountIdentity = ({ doc }: { doc: { id: number | string } }) => ({
  sessions: [],
  firstName: ANONYMISED,
  lastName: ANONYMISED,
  email: `anonyme-${doc.id}@anonymise.invalid`,
  phone: null,
  address: null,
  city: null,
  birthDate: null,
  familyContact: { name: null, relationship: null, phone: null, email: null },
  transferMessage: null,
})

/** After the deletion committed: the set-password link the account may still hold stops working. */
export const eraseIdentity: EffectHandler = async ({ req, doc }) => {
  await req.payload.db.updateOne({ collection: 'accounts', id: doc.id, data: { resetPasswordToken: null, resetPasswordExpiration: null }, req })
}
