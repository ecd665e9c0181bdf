import React from 'react'

import { uploadDocument } from '../espace-jeune/candidatures/actions'

/** « Ajouter un document » (CV, lettre de motivation…): a multipart form, usable without JavaScript. */
export const DocumentUpload = ({ back }: { back: string }) => (
  <form action={uploadDocument} aria-labelledby="ajout-document">
    <h3 id="ajout-document">Ajouter un document</h3>
    <input type="hidden" name="back" value={back} />
    <label htmlFor="document-title">Titre du document</label>
    <input id="document-title" name="title" type="text" maxLength={200} />
    <label htmlFor="document-type">Type de document</label>
    <select id="document-type" name="type" defaultValue="cv">
      <option value="cv">CV</option>
      <option value="cover-letter">Lettre de motivation</option>
      <option value="other">Autre document</option>
    </select>
    <label htmlFor="document-file">Fichier (PDF, Word, OpenDocument ou image)</label>
    <input id="document-file" name="file" type="file" accept=".pdf,.doc,.docx,.odt,.png,.jpg,.jpeg,.webp" />
    <button type="submit" className="secondary">
      Ajouter le document
    </button>
  </form>
)
