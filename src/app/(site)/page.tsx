import React from 'react'

export const metadata = { title: 'Accueil' }

/** The front door of the young people's site. */
const Home = () => (
  <>
    <h1>Bienvenue sur Tremplin</h1>
    <p>Votre Mission Locale, votre établissement ou votre conseiller vous accompagnent vers l’emploi. Ici, vous pouvez :</p>
    <ul>
      <li>
        <a href="/instant-t">faire le point avec le questionnaire Instant-T</a> (anonyme, quelques minutes) ;
      </li>
      <li>
        <a href="/inscription">vous pré-inscrire auprès de la Mission Locale de chez vous</a> ;
      </li>
      <li>
        <a href="/connexion">vous connecter à votre espace</a>.
      </li>
    </ul>
  </>
)

export default Home
