import React from 'react'

const YoungPersonHome = () => (
  <>
    <h1>Espace jeune</h1>
    <p>
      Connectez-vous depuis le site de votre Mission Locale, de votre établissement ou de votre conseiller avec l’adresse
      e-mail et le mot de passe de votre compte.
    </p>
    <p>
      Mot de passe oublié ? Demandez un nouveau lien depuis le formulaire de connexion : il est valable 12 heures.
    </p>
  </>
)

export default YoungPersonHome
