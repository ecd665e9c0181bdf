'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useRef } from 'react'

import { PASSWORD_BY_LINK_PREFIX } from '../../../src/kernel/auth/passwordByLink'

/**
 * Seed 004, « Création candidat »: « Un email est envoyé au candidat avec un lien lui permettant
 * de créer son mot de passe personnalisé »; likewise for a staff user (« Ajouter un conseiller »).
 * Payload's creation form of an auth collection always renders a password and its confirmation,
 * and validates them before sending; nobody chooses someone else's password. This fills both with
 * one random secret nobody sees (the server replaces it by its own random secret and e-mails the
 * link: the account's `ENABLE`, the user's creation), hides the inputs and says what happens
 * instead (`note`, given by the field).
 */
/** A placeholder nobody sees: the server recognises its prefix and replaces it before saving. */
const unknownSecret = () => PASSWORD_BY_LINK_PREFIX + Array.from(crypto.getRandomValues(new Uint8Array(24)), (byte) => byte.toString(16).padStart(2, '0')).join('')

export const PasswordByLink = ({ note }: { note?: string }) => {
  const { collectionSlug } = useDocumentInfo()
  // Removing the two fields made Payload's inputs register them again, and each registration
  // asked the server for the form's state again: an endless round trip that kept « Sauvegarder »
  // waiting. Filled once with the same unknown secret, they validate and settle.
  const password = useFormFields(([fields]) => fields.password)
  const confirmation = useFormFields(([fields]) => fields['confirm-password'])
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const secret = useRef<string | null>(null)
  useEffect(() => {
    secret.current ??= unknownSecret()
    for (const [path, field] of [['password', password], ['confirm-password', confirmation]] as const) {
      if (field && field.value !== secret.current) dispatch({ type: 'UPDATE', path, value: secret.current, valid: true, errorMessage: undefined })
    }
  }, [password, confirmation, dispatch])
  return (
    <div className="tremplin-password-by-link" style={{ marginBottom: 24 }}>
      <style>{`.collection-edit--${collectionSlug} .auth-fields__changing-password { display: none; }`}</style>
      <p role="note" style={{ margin: 0 }}>
        {note ?? 'Aucun mot de passe à saisir : à l’enregistrement, le jeune reçoit par e-mail un lien (valable 12 heures) pour choisir le sien.'}
      </p>
    </div>
  )
}
