'use client'
import { useFormFields } from '@payloadcms/ui'
import React, { useEffect } from 'react'

/**
 * Seed 004, « Création candidat »: « Un email est envoyé au candidat avec un lien lui permettant
 * de créer son mot de passe personnalisé ». Payload's creation form of an auth collection always
 * renders a password and its confirmation, and validates them before sending; staff never choose a
 * young person's password. This takes both out of the form's state each time Payload's inputs
 * register them (nothing is sent: the server gives the account a random secret nobody knows,
 * and its `ENABLE` e-mails the link), hides the inputs and says what happens instead.
 */
export const PasswordByLink = () => {
  // The field objects, not their names: Payload's inputs may register them again right after a
  // removal (their first validation), and each new registration is a new object to remove.
  const password = useFormFields(([fields]) => fields.password)
  const confirmation = useFormFields(([fields]) => fields['confirm-password'])
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  useEffect(() => {
    if (password) dispatch({ type: 'REMOVE', path: 'password' })
    if (confirmation) dispatch({ type: 'REMOVE', path: 'confirm-password' })
  }, [password, confirmation, dispatch])
  return (
    <div className="tremplin-password-by-link" style={{ marginBottom: 24 }}>
      <style>{'.collection-edit--accounts .auth-fields__changing-password { display: none; }'}</style>
      <p role="note" style={{ margin: 0 }}>
        Aucun mot de passe à saisir : à l’enregistrement, le jeune reçoit par e-mail un lien (valable 12 heures) pour choisir le sien.
      </p>
    </div>
  )
}
