import type { Field } from 'payload'

import { asPrincipal, isStaffUser } from '../../../../src/kernel/access'

/**
 * Seed 004, « Création candidat »: « Un email est envoyé au candidat avec un lien lui permettant
 * de créer son mot de passe personnalisé ». The admin's creation form of an account therefore
 * asks staff no password (Payload shows its password inputs only when this field's create access
 * allows it); the account gets a random one (`assignStructure`) and its owner the link (the
 * `ENABLE` effect). A young person pre-registering, or an API client that does send a password
 * (imports, tests), keeps theirs. Never stored as such: Payload hashes it.
 */
export const accountPasswordField: Field = {
  name: 'password',
  type: 'text',
  virtual: true,
  hidden: true,
  label: { fr: 'Mot de passe', en: 'Password' },
  access: {
    create: ({ req, data }) => !isStaffUser(asPrincipal(req.user)) || typeof data?.password === 'string',
  },
}
