import { displayName, type NamedPerson } from '../../src/kernel/lib/displayName'
import type { Account, CejProfile, Programme, Structure, User } from '../../src/payload-types'
import { frenchDate } from '../../src/kernel/lib/frenchDates'
import { blockText, lexicalBlocks } from './lexicalBlocks'

/**
 * What a letter is merged with: the young person, their CEJ file (the dossier number, issue #16:
 * absent without the CEJ module or for a young person the CEJ does not follow), their counsellor,
 * their structure, their latest programme (any may be missing).
 */
export type MergeContext = {
  account: Partial<Account> | null | undefined
  cejProfile?: Partial<CejProfile> | null
  counsellor: Partial<User> | null | undefined
  structure: Partial<Structure> | null | undefined
  programme: Partial<Programme> | null | undefined
  today: Date
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value))
const date = (value: unknown) => (value ? frenchDate(String(value)) : '')
const name = (person: NamedPerson | null | undefined) => (person ? displayName(person, { fallback: '' }) : '')

const PROGRAMME_KINDS: Record<string, string> = {
  pacea: 'PACEA',
  cej: "Contrat d'engagement jeune",
  'garantie-jeunes': 'Garantie jeunes',
  eav: 'EAV',
  parrainage: 'Parrainage',
  cui: 'CUI',
  'service-civique': 'Service civique',
  other: 'Autre',
}

/**
 * The merge fields a template may use, written `{{jeune.prenom}}` in its text (seed 003: the
 * « descripteurs » of i-milo's éditions). `{{logo}}` alone in a paragraph places the structure's
 * logo there (otherwise it heads the letter).
 */
export const MERGE_FIELDS: Record<string, { label: string; value: (context: MergeContext) => string }> = {
  'jeune.prenom': { label: 'Prénom du jeune', value: ({ account }) => text(account?.firstName) },
  'jeune.nom': { label: 'Nom du jeune', value: ({ account }) => text(account?.lastName) },
  'jeune.nomComplet': { label: 'Prénom et nom du jeune', value: ({ account }) => name(account) },
  'jeune.email': { label: 'E-mail du jeune', value: ({ account }) => text(account?.email) },
  'jeune.telephone': { label: 'Téléphone du jeune', value: ({ account }) => text(account?.phone) },
  'jeune.dateNaissance': { label: 'Date de naissance du jeune', value: ({ account }) => date(account?.birthDate) },
  'jeune.adresse': { label: 'Adresse du jeune', value: ({ account }) => text(account?.address) },
  'jeune.codePostal': { label: 'Code postal du jeune', value: ({ account }) => text(account?.postalCode) },
  'jeune.ville': { label: 'Ville du jeune', value: ({ account }) => text(account?.city) },
  'jeune.numeroDossier': { label: 'Numéro de dossier', value: ({ cejProfile }) => text(cejProfile?.dossierNumber) },
  'conseiller.prenom': { label: 'Prénom du conseiller', value: ({ counsellor }) => text(counsellor?.firstName) },
  'conseiller.nom': { label: 'Nom du conseiller', value: ({ counsellor }) => text(counsellor?.lastName) },
  'conseiller.nomComplet': { label: 'Prénom et nom du conseiller', value: ({ counsellor }) => name(counsellor) },
  'conseiller.email': { label: 'E-mail du conseiller', value: ({ counsellor }) => text(counsellor?.email) },
  'conseiller.telephone': { label: 'Téléphone du conseiller', value: ({ counsellor }) => text(counsellor?.phone) },
  'conseiller.fonction': { label: 'Fonction du conseiller', value: ({ counsellor }) => text(counsellor?.jobTitle) },
  'structure.nom': { label: 'Nom de la structure', value: ({ structure }) => text(structure?.name) },
  'structure.adresse': { label: 'Adresse de la structure', value: ({ structure }) => text(structure?.street) },
  'structure.codePostal': { label: 'Code postal de la structure', value: ({ structure }) => text(structure?.postalCode) },
  'structure.ville': { label: 'Ville de la structure', value: ({ structure }) => text(structure?.city) },
  'structure.telephone': { label: 'Téléphone de la structure', value: ({ structure }) => text(structure?.phone) },
  'structure.email': { label: 'E-mail de la structure', value: ({ structure }) => text(structure?.email) },
  'dispositif.nom': { label: 'Dispositif en cours', value: ({ programme }) => PROGRAMME_KINDS[text(programme?.kind)] ?? '' },
  'dispositif.debut': { label: 'Début du dispositif', value: ({ programme }) => date(programme?.startDate) },
  'dispositif.fin': { label: 'Fin du dispositif', value: ({ programme }) => date(programme?.endDate) },
  'date.aujourdhui': { label: 'Date du jour', value: ({ today }) => frenchDate(today) },
  logo: { label: 'Logo de la structure (seul dans un paragraphe)', value: () => '' },
}

const TAG = /\{\{\s*([^{}]*?)\s*\}\}/g

/** The merge fields named in a text, in order. */
export const mergeTagsOf = (value: string): string[] => [...value.matchAll(TAG)].map((match) => match[1])

/** The merge fields a template's body names that do not exist (each once). */
export const unknownMergeFields = (body: unknown): string[] => {
  const named = lexicalBlocks(body).flatMap((block) => mergeTagsOf(blockText(block)))
  return [...new Set(named.filter((field) => !(field in MERGE_FIELDS)))]
}

/** A text with its merge fields replaced by the context's values. */
export const mergeText = (value: string, context: MergeContext) => value.replace(TAG, (_, field: string) => MERGE_FIELDS[field]?.value(context) ?? '')

/** True when a text is only the logo's tag. */
export const isLogoTag = (value: string) => value.trim() === '{{logo}}'
