'use client'
import React, { useState } from 'react'

export const SetPasswordForm = ({ token }: { token: string }) => {
  const [password, setPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [done, setDone] = useState(false)

  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (password.length < 10) return setMessage('Choisissez au moins 10 caractères.')
    if (password !== confirm) return setMessage('Les deux mots de passe ne correspondent pas.')
    const response = await fetch('/api/accounts/reset-password', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, password }),
    })
    if (response.ok) {
      setDone(true)
      setMessage('Votre mot de passe est enregistré : vous pouvez vous connecter.')
    } else {
      setMessage('Ce lien a expiré ou a déjà servi : demandez-en un nouveau avec « Mot de passe oublié ».')
    }
  }

  return (
    <form onSubmit={submit}>
      <label style={{ display: 'block', marginBottom: 12 }}>
        Nouveau mot de passe
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} style={{ display: 'block', width: '100%' }} disabled={done} />
      </label>
      <label style={{ display: 'block', marginBottom: 12 }}>
        Confirmer le mot de passe
        <input type="password" value={confirm} onChange={(e) => setConfirm(e.target.value)} style={{ display: 'block', width: '100%' }} disabled={done} />
      </label>
      <button type="submit" disabled={done}>
        Enregistrer
      </button>
      {message && <p role="status">{message}</p>}
    </form>
  )
}
