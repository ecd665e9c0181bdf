import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { hiddenUnless } from '../../../../src/kernel/access'
import { guardStructureScope } from '../../../../src/kernel/access/guards'
import { TRIGRAM_SEARCH } from '../../../../src/kernel/db/trigramIndexes'
import { departmentOf, validatePostalCode } from '../../../../src/kernel/lib/validators'
import { GROUPS, SLUGS } from '../../../../collections/slugs'
import { validateLinks } from '../../messaging/operations/sendMessage'
import { cejStaffOn, readCejOffers } from '../access'
import { offerSearchEndpoints } from '../endpoints'
import { queueOfferAlerts } from '../jobs/offerAlerts'
import { OFFER_KIND_OPTIONS, OFFER_SLUGS } from '../slugs'

/** The department follows the postal code unless given (the search filters on it). */
const stampDepartment: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const postalCode = data.postalCode ?? originalDoc?.postalCode
  if (postalCode && !data.department && (data.postalCode !== undefined || !originalDoc?.department)) data.department = departmentOf(String(postalCode))
  return data
}

/**
 * The offers a Mission Locale records for its young people (seed 001, « Les offres »): jobs,
 * work-study, civic service missions and immersions, beside the employers' offers of the
 * placement module. Searched together through `GET /api/cej-offers/search`.
 */
export const CejOffers: CollectionConfig = {
  slug: OFFER_SLUGS.cejOffers,
  labels: { singular: { fr: 'Offre (Mission Locale)', en: 'Offer' }, plural: { fr: 'Offres CEJ', en: 'CEJ offers' } },
  admin: {
    group: GROUPS.cej,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'organisation', 'city', 'department', 'publication', 'createdAt'],
    listSearchableFields: ['title', 'organisation', 'city', 'postalCode'],
    hidden: hiddenUnless({ sections: ['cej'] }),
  },
  defaultSort: '-createdAt',
  access: { read: readCejOffers, create: cejStaffOn('structure'), update: cejStaffOn('structure'), delete: cejStaffOn('structure') },
  endpoints: offerSearchEndpoints,
  hooks: {
    beforeChange: [guardStructureScope({ field: 'structure', message: 'Vous ne publiez des offres que pour vos propres structures.' }), stampDepartment],
    afterChange: [queueOfferAlerts(OFFER_SLUGS.cejOffers)],
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, index: true, custom: TRIGRAM_SEARCH, label: { fr: "Intitulé de l'offre", en: 'Title' } },
    {
      type: 'row',
      fields: [
        { name: 'kind', type: 'select', required: true, options: OFFER_KIND_OPTIONS, index: true, label: { fr: "Type d'offre", en: 'Kind' } },
        {
          name: 'publication',
          type: 'select',
          required: true,
          defaultValue: 'published',
          index: true,
          options: [
            { value: 'published', label: { fr: 'Publiée', en: 'Published' } },
            { value: 'closed', label: { fr: 'Clôturée', en: 'Closed' } },
          ],
          label: { fr: 'Publication', en: 'Publication' },
        },
      ],
    },
    { name: 'organisation', type: 'text', maxLength: 200, label: { fr: "Entreprise ou organisme d'accueil", en: 'Organisation' } },
    {
      type: 'row',
      fields: [
        { name: 'postalCode', type: 'text', index: true, validate: validatePostalCode, label: { fr: 'Code postal', en: 'Postal code' } },
        { name: 'department', type: 'text', maxLength: 3, index: true, label: { fr: 'Département', en: 'Department' } },
        { name: 'city', type: 'text', maxLength: 120, label: { fr: 'Ville', en: 'City' } },
      ],
    },
    { name: 'description', type: 'textarea', maxLength: 10000, label: { fr: 'Descriptif', en: 'Description' } },
    {
      name: 'url',
      type: 'text',
      maxLength: 2000,
      // validateLinks is Payload's validator of a links field; a plain URL needs none of a field's options.
      validate: (value: unknown) => (value ? validateLinks([{ url: value }], {} as never) : true),
      label: { fr: "Lien vers l'offre", en: 'Link' },
    },
    { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, required: true, index: true, label: { fr: 'Structure', en: 'Structure' }, admin: { position: 'sidebar' } },
  ],
}
