'use client'
import { useField } from '@payloadcms/ui'
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
  const password = useField<string>({ path: 'password' })
  const confirm = useField<string>({ path: 'confirm-password' })
  const { setValue: setPassword, value } = password
  const { setValue: setConfirm } = confirm
  useEffect(() => {
    if (value) return
    const secret = unguessable()
    // `true`: filling them does not make the form « modified ».
    setPassword(secret, true)
    setConfirm(secret, true)
  }, [value, setPassword, setConfirm])
  return (
    <div className="tremplin-password-by-link" style={{ marginBottom: 24 }}>
      <style>{'.auth-fields__changing-password { display: none; }'}</style>
      <p role="note" style={{ margin: 0 }}>
        Aucun mot de passe à saisir : à l’enregistrement, le jeune reçoit par e-mail un lien (valable 12 heures) pour choisir le sien.
      </p>
    </div>
  )
}
