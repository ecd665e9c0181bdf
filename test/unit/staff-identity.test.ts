import { describe, expect, it } from 'vitest'

import { isGenericEmail } from '../../plugins/core/collections/users/genericEmail'
import { nameKeyOf, normaliseName } from '../../plugins/core/collections/users/homonyms'
import { tracePattern } from '../../plugins/core/collections/users/eraseTraces'

describe('Homonymes : noms comparés sans accents ni casse', () => {
  it.each([
    ['Sylvie', 'DEBOUT', 'sylvie', 'debout'],
    ['Sylvie', 'Débout', 'SYLVIE', 'debout'],
    ['Jean-Pierre', "N'Diaye", 'jean pierre', 'n diaye'],
    ['  Hélène ', 'Lefèvre  ', 'helene', 'LEFEVRE'],
  ])('%s %s = %s %s', (a, b, c, d) => {
    expect(nameKeyOf(a, b)).toBe(nameKeyOf(c, d))
    expect(nameKeyOf(a, b)).not.toBeNull()
  })
  it('un nom manquant ou anonymisé n’a pas de clé', () => {
    expect(nameKeyOf('Sylvie', '')).toBeNull()
    expect(nameKeyOf(undefined, 'Debout')).toBeNull()
    expect(nameKeyOf('Donnée anonymisée', 'Donnée anonymisée')).toBeNull()
    expect(normaliseName('Ça Œuvre')).toBe('ca œuvre')
  })
})

describe('Comptes génériques refusés', () => {
  it.each(['accueil@ml-rouen.fr', 'Contact@ml.fr', 'secretariat@ml.fr', 'secrétariat@ml.fr', 'equipe.emploi@ml.fr', 'equipe-emploi@ml.fr', 'accueil+rouen@ml.fr', 'no-reply@ml.fr'])('%s', (email) => {
    expect(isGenericEmail(email)).toBe(true)
  })
  it.each(['sylvie.debout@ml-rouen.fr', 's.debout@ml.fr', 'contact.debout@ml.fr', 'accueillant@ml.fr', 'admin@tremplin.test'])('%s est personnel', (email) => {
    expect(isGenericEmail(email)).toBe(false)
  })
})

describe('Effacement des copies du nom', () => {
  it('mots entiers, dans les deux ordres, en capitales ou non, et l’e-mail', () => {
    const pattern = tracePattern({ firstName: 'Zéphyrin', lastName: 'Quasimodo', email: 'z.q@exemple.fr' })!
    const js = new RegExp(pattern, 'iu')
    for (const text of ['par Zéphyrin Quasimodo.', 'QUASIMODO Zéphyrin', 'ZÉPHYRIN QUASIMODO', 'quasimodo zéphyrin', 'écrire à z.q@exemple.fr']) expect(js.test(text), text).toBe(true)
    for (const text of ['Zéphyrin Quasimodos', 'Zéphyrin seul', 'AZéphyrin Quasimodo']) expect(js.test(text), text).toBe(false)
    expect(tracePattern({ firstName: 'Donnée anonymisée', lastName: 'Donnée anonymisée' })).toBeNull()
    const accented = new RegExp(tracePattern({ firstName: 'Émilie', lastName: 'Faure' })!, 'iu')
    expect(accented.test('signé Émilie Faure')).toBe(true)
    expect(accented.test('FAURE ÉMILIE')).toBe(true)
    expect(accented.test('Aémilie Faure')).toBe(false)
  })
})

describe('Le refus de désinscription nomme chaque élément et son lien', () => {
  it('jeunes suivis, offres référées, fonction Direction', async () => {
    const { obstaclesMessage, transferLink, userEditLink } = await import('../../plugins/core/collections/users/obstacles')
    const message = obstaclesMessage([
      { kind: 'referent', collection: 'accounts', field: 'referents', count: 2, label: '2 jeunes suivis', link: transferLink(7) },
      { kind: 'referent', collection: 'offers', field: 'referent', count: 1, label: '1 offre référée', link: transferLink(7) },
      { kind: 'direction', count: 1, label: 'la fonction Direction', link: userEditLink(7) },
    ])
    expect(message).toBe(
      'Impossible de désinscrire cet utilisateur : il reste 2 jeunes suivis (à transférer : /admin/transferts?from=7) ; 1 offre référée (à transférer : /admin/transferts?from=7) ; la fonction Direction (à retirer depuis sa fiche : /admin/collections/users/7).',
    )
  })
})
