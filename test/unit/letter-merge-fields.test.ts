import { describe, expect, it } from 'vitest'

import { blockText, lexicalBlocks, lexicalParagraphs } from '../../plugins/letters/lexicalBlocks'
import { mergeText, unknownMergeFields, type MergeContext } from '../../plugins/letters/mergeFields'

/** Seed 003, « Les éditions »: the « descripteurs » of a template, checked when it is saved. */
describe('Courriers : champs de fusion', () => {
  const context: MergeContext = {
    account: { firstName: 'Emma', lastName: 'Durand', birthDate: '2003-05-04T00:00:00.000Z' },
    counsellor: { firstName: 'Bruno', lastName: 'Dumont' },
    structure: { name: 'Mission Locale de Rouen' },
    programme: { kind: 'cej', startDate: '2026-01-05T00:00:00.000Z' },
    today: new Date('2026-12-01T10:00:00Z'),
  }

  it('remplace chaque champ connu par la valeur du dossier', () => {
    expect(mergeText('Bonjour {{jeune.prenom}} {{ jeune.nom }}, suivi(e) par {{conseiller.nomComplet}} ({{structure.nom}}) en {{dispositif.nom}} depuis le {{dispositif.debut}}, le {{date.aujourdhui}}.', context)).toBe(
      "Bonjour Emma Durand, suivi(e) par Bruno Dumont (Mission Locale de Rouen) en Contrat d'engagement jeune depuis le 05/01/2026, le 01/12/2026.",
    )
  })

  it('le numéro de dossier vient du dossier CEJ du jeune (issue #16), vide sans dossier', () => {
    expect(mergeText('Dossier n° {{jeune.numeroDossier}}', { ...context, cejProfile: { dossierNumber: '4510021' } })).toBe('Dossier n° 4510021')
    expect(mergeText('Dossier n° {{jeune.numeroDossier}}', context)).toBe('Dossier n° ')
  })

  it('signale chaque champ inconnu une fois, même coupé entre deux mises en forme', () => {
    const body = lexicalParagraphs(['{{jeune.prenom}} {{jeune.age}}', '{{jeune.age}} {{structure.directeur}}'])
    expect(unknownMergeFields(body)).toEqual(['jeune.age', 'structure.directeur'])
    const split = { root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: '{{jeune.', format: 1 }, { type: 'text', text: 'taille}}', format: 0 }] }] } }
    expect(unknownMergeFields(split)).toEqual(['jeune.taille'])
    expect(unknownMergeFields(lexicalParagraphs(['{{logo}}', 'Rien à fusionner']))).toEqual([])
  })

  it('lit titres, listes et sauts de ligne d’un texte Lexical', () => {
    const blocks = lexicalBlocks({
      root: {
        children: [
          { type: 'heading', tag: 'h1', children: [{ type: 'text', text: 'Convocation' }] },
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'Pièce d’identité' }] }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'Ligne 1' }, { type: 'linebreak' }, { type: 'text', text: 'Ligne 2', format: 2 }] },
        ],
      },
    })
    expect(blocks.map((block) => [block.kind, block.level, blockText(block)])).toEqual([
      ['heading', 1, 'Convocation'],
      ['listitem', 0, 'Pièce d’identité'],
      ['paragraph', 0, 'Ligne 1\nLigne 2'],
    ])
    expect(blocks[2].runs[2].isItalic).toBe(true)
  })
})
