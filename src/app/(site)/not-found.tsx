import React from 'react'

/** What a young person sees for a page or a record that is not theirs: nothing tells whether it exists. */
const NotFound = () => (
  <>
    <h1>Page introuvable</h1>
    <p>
      Cette page n’existe pas ou ne vous est pas accessible. <a href="/espace-jeune">Retour à mon espace</a>
    </p>
  </>
)

export default NotFound
