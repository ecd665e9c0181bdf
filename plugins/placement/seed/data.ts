import type { Account, Offer, User } from '../../../src/payload-types'
import type { CandidateProfileData } from '../accounts/createCandidateProfile'

/** Demo data of the placement module (seed 004): two companies, a cohort at Bobigny, one at Créteil. Structures are named by seed keys. */
export const PLACEMENT_USERS: (Pick<User, 'email' | 'firstName' | 'lastName' | 'roles' | 'jobTitle'> & { structure: string })[] = [
  { email: 'establishment-referent-creteil@tremplin.test', firstName: 'Nicolas', lastName: 'Chevalier', roles: ['establishment-referent'], structure: 'lycee-creteil', jobTitle: 'Référent handicap' },
  { email: 'employer-hotellerie@tremplin.test', firstName: 'Sarah', lastName: 'Benoît', roles: ['employer'], structure: 'employeur-hotellerie', jobTitle: 'Responsable des ressources humaines' },
]

export const PLACEMENT_OFFERS: ({ key: string; employer: string } & Pick<Offer, 'title' | 'reference' | 'postalCode' | 'city' | 'sector' | 'contractType'> & Partial<Pick<Offer, 'isGeneric' | 'publication'>>)[] = [
  { key: 'tidf-accueil', employer: 'employeur-transports', title: "Agent d'accueil en gare (H/F)", reference: 'TIDF-001', postalCode: '75012', city: 'Paris', sector: 'transport', contractType: 'cdd' },
  { key: 'tidf-maintenance', employer: 'employeur-transports', title: 'Technicien de maintenance en alternance (H/F)', reference: 'TIDF-002', postalCode: '93000', city: 'Bobigny', sector: 'transport', contractType: 'work-study' },
  { key: 'tidf-generique', employer: 'employeur-transports', title: 'Métiers du transport : profils recherchés', reference: 'TIDF-GEN', postalCode: '75012', city: 'Paris', sector: 'transport', contractType: 'cdi', isGeneric: true },
  { key: 'tidf-rh', employer: 'employeur-transports', title: 'Stage assistant ressources humaines (H/F)', reference: 'TIDF-003', postalCode: '75012', city: 'Paris', sector: 'administration', contractType: 'internship', publication: 'closed' },
  { key: 'hsd-commis', employer: 'employeur-hotellerie', title: 'Commis de cuisine (H/F)', reference: 'HSD-001', postalCode: '93200', city: 'Saint-Denis', sector: 'hospitality', contractType: 'cdi' },
  { key: 'hsd-reception', employer: 'employeur-hotellerie', title: 'Réceptionniste en alternance (H/F)', reference: 'HSD-002', postalCode: '93200', city: 'Saint-Denis', sector: 'hospitality', contractType: 'work-study' },
]

const yearsAgo = (years: number) => {
  const date = new Date()
  date.setFullYear(date.getFullYear() - years)
  return date.toISOString().slice(0, 10)
}

export const PLACEMENT_CANDIDATES: { key: string; referent: string; data: Partial<Account> & { email: string; candidateProfile?: CandidateProfileData }; structure: string }[] = [
  {
    key: 'emma',
    referent: 'establishment-referent@tremplin.test',
    data: { email: 'emma.durand@exemple.fr', firstName: 'Emma', lastName: 'Durand', birthDate: '2003-05-04', autonomous: true, phone: '0612345601', candidateProfile: { training: 'Bac pro Accueil', diploma: 'Bac', diplomaYear: 2022, rqthRequested: false, rqth: true, internship: true, project: "Travailler dans l'accueil du public." } },
    structure: 'lycee-bobigny',
  },
  {
    key: 'lucas',
    referent: 'establishment-referent@tremplin.test',
    data: { email: 'lucas.petit@exemple.fr', firstName: 'Lucas', lastName: 'Petit', birthDate: yearsAgo(16), autonomous: false, familyContact: { name: 'Nathalie Petit', relationship: 'Mère', phone: '0612345602' }, candidateProfile: { training: 'CAP Cuisine', rqthRequested: true, project: 'Devenir cuisinier.' } },
    structure: 'lycee-bobigny',
  },
  {
    key: 'ines',
    referent: 'establishment-referent@tremplin.test',
    data: { email: 'ines.moreau@exemple.fr', firstName: 'Inès', lastName: 'Moreau', birthDate: '2004-02-10', autonomous: false, candidateProfile: { training: 'Bac pro Maintenance', rqth: true, project: 'Maintenance ferroviaire.' } },
    structure: 'lycee-bobigny',
  },
  {
    key: 'hugo',
    referent: 'establishment-referent-creteil@tremplin.test',
    data: { email: 'hugo.lambert@exemple.fr', firstName: 'Hugo', lastName: 'Lambert', birthDate: '2003-09-19', autonomous: true },
    structure: 'lycee-creteil',
  },
]

export const PLACEMENT_CANDIDATURES = [
  { candidate: 'emma', offer: 'tidf-accueil', message: "Bonjour, je souhaite rejoindre votre équipe d'accueil.", events: [{ type: 'SUBMIT', helpRequested: false }] },
  { candidate: 'ines', offer: 'tidf-maintenance', message: 'Bonjour, voici ma candidature pour l’alternance.', events: [{ type: 'SUBMIT', helpRequested: false }] },
  { candidate: 'lucas', employer: 'employeur-hotellerie', message: 'Bonjour, je cherche un apprentissage en cuisine.', events: [{ type: 'SUBMIT' }, { type: 'VALIDATE' }, { type: 'HANDLE' }] },
  { candidate: 'ines', offer: 'hsd-commis', message: 'Brouillon de candidature.', events: [] },
]

export const PLACEMENT_PARRAINAGES = [
  { candidate: 'ines', employer: 'employeur-transports', message: "J'aimerais avoir un parrain pour m'accompagner dans mon projet professionnel.", events: [] },
  { candidate: 'emma', employer: 'employeur-hotellerie', message: 'Je souhaite découvrir les métiers de l’hôtellerie avec un parrain.', events: ['VALIDATE'] },
]
