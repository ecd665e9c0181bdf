import { describe, expect, it } from 'vitest'

import { activityCsvLine, csvLine } from '../../plugins/bilan/operations/activityCsv'

describe('Lignes du CSV d’activité', () => {
  it('sépare par « ; », termine par CRLF et garde les accents', () => {
    expect(csvLine(['Sète', 'Présentiel', "Définition du plan d'action"])).toBe("Sète;Présentiel;Définition du plan d'action\r\n")
  })

  it('met entre guillemets les cellules contenant un séparateur, un guillemet ou un retour à la ligne', () => {
    expect(csvLine(['a;b', 'dit "bonjour"', 'deux\nlignes'])).toBe('"a;b";"dit ""bonjour""";"deux\nlignes"\r\n')
  })

  it('neutralise les formules (=, +, -, @) pour le tableur', () => {
    expect(csvLine(['=HYPERLINK("x")', '+33', '-1', '@SUM'])).toBe(`"'=HYPERLINK(""x"")";'+33;'-1;'@SUM\r\n`)
  })

  it('traduit la modalité et garde l’ordre des colonnes du manuel', () => {
    const line = activityCsvLine({
      bilan: 1,
      identifier: 1922,
      dabm: 'Lunel',
      counsellor: 'Cyrille Chausse Fernandes',
      modality: 'on-site',
      phases: 'Contexte de la demande, Retour historique',
      completedPhases: 'Contexte de la demande',
      total: 2,
      completed: 1,
    })
    expect(line).toBe('1922;Lunel;Cyrille Chausse Fernandes;Présentiel;Contexte de la demande, Retour historique;Contexte de la demande\r\n')
  })
})
