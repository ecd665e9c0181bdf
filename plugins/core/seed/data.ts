/** Demo data: readable names, one staff user per role (DOMAIN.md), young people in every state. */
import type { Account, Programme, Structure, User } from '../../../src/payload-types'

/** Relations are named by seed keys (`ml-rouen`), resolved to ids as the seed creates them. */
export type SeedStructure = { key: string; parent?: string } & Pick<Structure, 'name' | 'type' | 'postalCodes' | 'city' | 'postalCode'>

export const STRUCTURES: SeedStructure[] = [
  { key: 'normandie', name: 'Région Normandie', type: 'region', city: 'Caen' },
  { key: 'ml-rouen', name: 'Mission Locale de Rouen', type: 'mission-locale', parent: 'normandie', city: 'Rouen', postalCode: '76000', postalCodes: ['76000', '76100', '76500'] },
  { key: 'ml-caen', name: 'Mission Locale de Caen', type: 'mission-locale', parent: 'normandie', city: 'Caen', postalCode: '14000', postalCodes: ['14000', '14200'] },
  { key: 'ml-le-havre', name: 'Mission Locale du Havre', type: 'mission-locale', parent: 'normandie', city: 'Le Havre', postalCode: '76600', postalCodes: ['76600', '76610', '76620'] },
  { key: 'antenne-elbeuf', name: "Antenne d'Elbeuf", type: 'antenne', parent: 'ml-rouen', city: 'Elbeuf', postalCode: '76500' },
  { key: 'antenne-herouville', name: "Antenne d'Hérouville-Saint-Clair", type: 'antenne', parent: 'ml-caen', city: 'Hérouville-Saint-Clair', postalCode: '14200' },
  { key: 'antenne-harfleur', name: "Antenne d'Harfleur", type: 'antenne', parent: 'ml-le-havre', city: 'Harfleur', postalCode: '76700' },
  { key: 'academie-montpellier', name: 'Académie de Montpellier', type: 'academy', city: 'Montpellier' },
  { key: 'dabm-lunel', name: 'Lunel', type: 'dabm', parent: 'academie-montpellier', city: 'Lunel', postalCode: '34400' },
  { key: 'dabm-sete', name: 'Sète', type: 'dabm', parent: 'academie-montpellier', city: 'Sète', postalCode: '34200' },
  { key: 'academie-creteil', name: 'Académie de Créteil', type: 'academy', city: 'Créteil' },
  { key: 'lycee-bobigny', name: 'Lycée professionnel Alfred-Costes (Bobigny)', type: 'establishment', parent: 'academie-creteil', city: 'Bobigny', postalCode: '93000' },
  { key: 'lycee-creteil', name: 'Lycée Édouard-Branly (Créteil)', type: 'establishment', parent: 'academie-creteil', city: 'Créteil', postalCode: '94000' },
  { key: 'employeur-transports', name: 'Transports Île-de-France Services', type: 'employer', city: 'Paris', postalCode: '75012' },
  { key: 'employeur-hotellerie', name: 'Hôtellerie Seine-Saint-Denis', type: 'employer', city: 'Saint-Denis', postalCode: '93200' },
  { key: 'partenaire-cap-emploi', name: 'Cap emploi Normandie', type: 'partner', parent: 'normandie', city: 'Rouen', postalCode: '76000' },
]

export type SeedUser = Pick<User, 'email' | 'firstName' | 'lastName' | 'roles' | 'functions' | 'jobTitle'> & { structures: string[] }

export const USERS: SeedUser[] = [
  { email: 'super-admin@tremplin.test', firstName: 'Sophie', lastName: 'Martin', roles: ['super-admin'], structures: [] },
  { email: 'admin@tremplin.test', firstName: 'Alain', lastName: 'Durand', roles: ['admin'], structures: ['ml-rouen'], functions: ['direction'], jobTitle: 'Directeur' },
  { email: 'referent-full@tremplin.test', firstName: 'Claire', lastName: 'Petit', roles: ['referent-full'], structures: ['ml-rouen'] },
  { email: 'referent-accounts@tremplin.test', firstName: 'Karim', lastName: 'Benali', roles: ['referent-accounts'], structures: ['ml-rouen'] },
  { email: 'referent-accounts-caen@tremplin.test', firstName: 'Julie', lastName: 'Leroy', roles: ['referent-accounts'], structures: ['ml-caen'] },
  { email: 'referent-instant-t@tremplin.test', firstName: 'Marc', lastName: 'Moreau', roles: ['referent-instant-t'], structures: ['ml-rouen'] },
  { email: 'referent-forms@tremplin.test', firstName: 'Nadia', lastName: 'Girard', roles: ['referent-forms'], structures: ['ml-rouen'] },
  { email: 'referent-offers@tremplin.test', firstName: 'Paul', lastName: 'Fournier', roles: ['referent-offers'], structures: ['ml-rouen'] },
  { email: 'referent-structures@tremplin.test', firstName: 'Inès', lastName: 'Lambert', roles: ['referent-structures'], structures: ['normandie'] },
  { email: 'referent-structures-partners@tremplin.test', firstName: 'Hugo', lastName: 'Bonnet', roles: ['referent-structures-partners'], structures: ['normandie'] },
  { email: 'referent-structures-employers@tremplin.test', firstName: 'Léa', lastName: 'Rousseau', roles: ['referent-structures-employers'], structures: ['normandie'] },
  { email: 'mission-officer@tremplin.test', firstName: 'Omar', lastName: 'Diallo', roles: ['mission-officer'], structures: ['lycee-bobigny'] },
  { email: 'establishment-referent@tremplin.test', firstName: 'Émilie', lastName: 'Faure', roles: ['establishment-referent'], structures: ['lycee-bobigny'], jobTitle: 'Professeure principale' },
  { email: 'employer@tremplin.test', firstName: 'Thomas', lastName: 'Garnier', roles: ['employer'], structures: ['employeur-transports'], jobTitle: 'Chargé de recrutement' },
  { email: 'academic-admin@tremplin.test', firstName: 'Anne', lastName: 'Mercier', roles: ['academic-admin'], structures: ['academie-montpellier'] },
  { email: 'counsellor@tremplin.test', firstName: 'Luc', lastName: 'Blanc', roles: ['counsellor'], structures: ['dabm-lunel'] },
  { email: 'lead-counsellor@tremplin.test', firstName: 'Camille', lastName: 'Roux', roles: ['counsellor', 'lead-counsellor'], structures: ['dabm-sete'] },
]

export type SeedAccount = Pick<Account, 'firstName' | 'lastName' | 'postalCode' | 'birthDate'> & { email: string; structure: string; events: string[]; transferTo?: string }

export const ACCOUNTS: SeedAccount[] = [
  { email: 'julia.bernard@exemple.fr', firstName: 'Julia', lastName: 'Bernard', postalCode: '76500', birthDate: '2005-03-14', structure: 'ml-rouen', events: [] },
  { email: 'kevin.lefevre@exemple.fr', firstName: 'Kévin', lastName: 'Lefèvre', postalCode: '76000', birthDate: '2004-11-02', structure: 'ml-rouen', events: [] },
  { email: 'sarah.michel@exemple.fr', firstName: 'Sarah', lastName: 'Michel', postalCode: '76100', birthDate: '2003-06-21', structure: 'ml-rouen', events: ['ENABLE'] },
  { email: 'yanis.garcia@exemple.fr', firstName: 'Yanis', lastName: 'Garcia', postalCode: '14000', birthDate: '2005-09-09', structure: 'ml-caen', events: ['ENABLE'] },
  { email: 'lina.robert@exemple.fr', firstName: 'Lina', lastName: 'Robert', postalCode: '76500', birthDate: '2004-01-30', structure: 'ml-rouen', events: ['TRANSFER'], transferTo: 'ml-caen' },
  { email: 'theo.richard@exemple.fr', firstName: 'Théo', lastName: 'Richard', postalCode: '76000', birthDate: '2002-12-12', structure: 'ml-rouen', events: ['ENABLE', 'DISABLE'] },
]

/** Issue 18: one young person, one login, three structures following her (see seedCore). */
export const PATH_EXAMPLE: {
  account: Pick<Account, 'email' | 'firstName' | 'lastName' | 'postalCode' | 'birthDate'> & { structure: string }
  programmes: (Pick<Programme, 'kind' | 'status' | 'startDate'> & { structure: string })[]
} = {
  account: { email: 'ines.parcours@exemple.fr', firstName: 'Inès', lastName: 'Parcours', postalCode: '76000', birthDate: '2005-04-18', structure: 'ml-rouen' },
  programmes: [
    { kind: 'cej', status: 'in-progress', structure: 'ml-rouen', startDate: '2026-01-05' },
    { kind: 'placement', status: 'in-progress', structure: 'lycee-bobigny', startDate: '2026-02-02' },
    { kind: 'bilan', status: 'initialised', structure: 'dabm-lunel', startDate: '2026-03-09' },
  ],
}
