import { describe, expect, it } from 'vitest'

import { checkLines, mapColumns, parseBirthDate } from '../../plugins/placement/imports/checkLines'
import { readSheet } from '../../plugins/placement/imports/parseFile'

const TODAY = new Date('2026-12-01T12:00:00Z')

/** Seed 004, « Création candidat » applied to each line of an imported file. */
describe('Import de candidats : lecture et contrôle des lignes', () => {
  it('reconnaît les en-têtes sans tenir compte des accents, de la casse ni de la ponctuation', () => {
    expect(mapColumns(['NOM', 'Prénom', 'E-mail', 'Date de naissance', 'Contact famille - téléphone'])).toEqual({
      lastName: 0,
      firstName: 1,
      email: 2,
      birthDate: 3,
      'familyContact.phone': 4,
    })
  })

  it.each([
    ['17/05/2002', '2002-05-17'],
    ['7/5/2002', '2002-05-07'],
    ['17-05-2002', '2002-05-17'],
    ['2002-05-17', '2002-05-17'],
    ['31/02/2005', null],
    ['2005-13-01', null],
    ['demain', null],
  ])('date de naissance « %s » → %s', (text, expected) => {
    expect(parseBirthDate(text)).toBe(expected)
  })

  it('CSV au point-virgule avec BOM : les numéros de ligne sont ceux du fichier, lignes vides comprises', async () => {
    const sheet = await readSheet(Buffer.from('\ufeffNom;Email;Date de naissance\r\nDurand;emma@exemple.fr;04/05/2003\r\n\r\nPetit;lucas@exemple.fr;01/01/2012\r\n'))
    expect(sheet.headers).toEqual(['Nom', 'Email', 'Date de naissance'])
    expect(sheet.lines.map((line) => line.line)).toEqual([2, 4])
    const { candidates, errors } = checkLines({ sheet, today: TODAY })
    expect(candidates).toEqual([{ line: 2, lastName: 'Durand', firstName: '', email: 'emma@exemple.fr', birthDate: '2003-05-04', autonomous: false }])
    expect(errors).toEqual([
      { line: 4, field: 'familyContact.name', message: 'Candidat mineur : le nom du contact familial est obligatoire.' },
      { line: 4, field: 'familyContact.phone', message: 'Candidat mineur : le téléphone du contact familial est obligatoire.' },
    ])
  })

  it('e-mail en double, date future, autonomie illisible, colonnes obligatoires absentes', async () => {
    const sheet = await readSheet(Buffer.from('Nom,Email,Date de naissance,Autonome\nA,a@exemple.fr,01/01/2000,oui\nB,A@exemple.fr,01/01/2000,non\nC,c@exemple.fr,01/01/2030,peut-être\n'))
    const { candidates, errors } = checkLines({ sheet, today: TODAY })
    expect(candidates.map((candidate) => [candidate.line, candidate.autonomous])).toEqual([[2, true]])
    expect(errors.map((error) => [error.line, error.field])).toEqual([
      [3, 'email'],
      [4, 'birthDate'],
      [4, 'autonomous'],
    ])
    expect(errors[0].message).toBe('E-mail en double : « a@exemple.fr » figure déjà à la ligne 2.')
    expect(checkLines({ sheet: { headers: ['Nom'], lines: [] } }).missingColumns).toEqual(['Email', 'Date de naissance'])
  })
})
