import type { CollectionAfterChangeHook, CollectionBeforeValidateHook, Field } from 'payload'

import { asPrincipal, isStaffUser } from '../../../../src/kernel/access'
import { PASSWORD_LINK_QUEUED } from '../../../../src/kernel/auth/passwordByLink'
import { secretUnlessChosen } from '../../../../src/kernel/auth/secretUnlessChosen'
import { staffPasswordLinkTask } from '../../../../src/kernel/auth/sendStaffPasswordLink'
import { EFFECTS_QUEUE } from '../../../lifecycle/types'

export const STAFF_PASSWORD_LINK_TASK = 'core-staff-password-link'

const CONTEXT_KEY = 'staffPasswordByLink'

/**
 * « Ajouter un conseiller » / « Ajouter un utilisateur »: nobody chooses a colleague's password.
 * The creation form says the link is e-mailed instead of asking for one (`PasswordByLink`).
 */
export const passwordByLinkField: Field = {
  name: 'passwordByLink',
  type: 'ui',
  label: { fr: 'Mot de passe', en: 'Password' },
  admin: {
    condition: (data, _siblings, { user }) => !data?.id && isStaffUser(asPrincipal(user)),
    components: {
      Field: {
        path: '/plugins/core/components/PasswordByLink#PasswordByLink',
        clientProps: { note: 'Aucun mot de passe à saisir : à l’enregistrement, l’utilisateur reçoit par e-mail un lien (valable 12 heures) pour choisir le sien.' },
      },
    },
  },
}

/**
 * On creation without a password of the caller's choosing (none, or the admin form's
 * placeholder), the user gets a random secret nobody knows and, after commit, the link.
 */
export const replacePasswordByLink: CollectionBeforeValidateHook = ({ data, operation, context }) => {
  if (operation !== 'create' || !data) return data
  const secret = secretUnlessChosen(data.password)
  if (secret) {
    data.password = secret
    context[CONTEXT_KEY] = true
  }
  return data
}

/**
 * Queued in the creation's transaction (it exists only if the user does) and sent from the jobs
 * queue after commit: a failing SMTP server is retried and never undoes the creation. A module
 * that already queued its own welcome e-mail with the link (bilan) is not doubled.
 */
export const queuePasswordLink: CollectionAfterChangeHook = async ({ doc, operation, req, context }) => {
  if (operation !== 'create' || !context[CONTEXT_KEY] || context[PASSWORD_LINK_QUEUED]) return doc
  await req.payload.jobs.queue({ task: STAFF_PASSWORD_LINK_TASK, queue: EFFECTS_QUEUE, input: { user: String(doc.id) }, req })
  context[PASSWORD_LINK_QUEUED] = true
  return doc
}

/** Sends the new user the link to choose their password, once. */
export const staffPasswordLinkEmailTask = staffPasswordLinkTask({
  slug: STAFF_PASSWORD_LINK_TASK,
  label: 'Courriel de création de compte (choix du mot de passe)',
  title: 'Votre compte Tremplin a été créé',
  introduction: 'Un administrateur de votre structure vient de créer votre compte. Choisissez votre mot de passe pour vous connecter.',
})
