'use client'
import { useFormFields } from '@payloadcms/ui'
import React, { useEffect } from 'react'

/** 32 random characters from the browser's CSPRNG: a password nobody ever knows or types. */
const unguessable = () => Array.from(crypto.getRandomValues(new Uint8Array(24)), (byte) => byte.toString(16).padStart(2, '0')).join('')

/**
 * Seed 004, « Création candidat »: « Un email est envoyé au candidat avec un lien lui permettant
 * de créer son mot de passe personnalisé ». Payload's creation form of an auth collection always
 * asks for a password; on an account created by staff, this fills it with a random one nobody
 * knows and hides the two inputs, and says what happens instead (the `ENABLE` effect e-mails the
 * set-password link). Rendered only on the creation form, for staff.
 */
export const PasswordByLink = () => {
  // Read and written through the form's state, not `useField`: a second field hook on these paths
  // would replace Payload's own validation of them.
  const value = useFormFields(([fields]) => fields.password?.value)
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  useEffect(() => {
    if (value) return
    const secret = unguessable()
    for (const path of ['password', 'confirm-password']) dispatch({ type: 'UPDATE', path, value: secret, valid: true, errorMessage: undefined })
  }, [value, dispatch])
  return (
    <div className="tremplin-password-by-link" style={{ marginBottom: 24 }}>
      <style>{'.auth-fields__changing-password { display: none; }'}</style>
      <p role="note" style={{ margin: 0 }}>
        Aucun mot de passe à saisir : à l’enregistrement, le jeune reçoit par e-mail un lien (valable 12 heures) pour choisir le sien.
      </p>
    </div>
  )
}
