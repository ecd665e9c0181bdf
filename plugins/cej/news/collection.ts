import type { CollectionBeforeChangeHook, CollectionConfig, Endpoint, Where } from 'payload'

import { allOf, anyOf, asPrincipal, hasRole, hiddenUnless, inOrAboveAccountStructure, inUserStructures, isAccount, isStaff, isSuperAdmin, isSuperAdminUser, nobody } from '../../../src/kernel/access'
import { guardStructureScope } from '../../../src/kernel/access/guards'
import { forbidden, invalidField, notFound } from '../../../src/kernel/lib/errors'
import { refuseParameters } from '../../../src/kernel/lib/readJsonObject'
import { GROUPS, SLUGS } from '../../../collections/slugs'
import { MESSAGING_SLUGS } from '../slugs'
import { unreadNewsCount } from './unread'
import { DELETED_WITH_TARGET } from '../../../src/kernel/db/dependents'

const { news: NEWS, newsReads: READS } = MESSAGING_SLUGS

/** Who a news item is for: all staff, the staff of one structure, or the young people it follows (the site's « Actualités »). */
type NewsAudience = 'all-staff' | 'structure' | 'young-people'

const published = () => ({ publishedAt: { less_than_equal: new Date().toISOString() } }) as Where
const audienceIs = (audience: NewsAudience) => () => ({ audience: { equals: audience } }) as Where

/** Staff read the published news of their audience: everyone's, or their structure's (and above it in their scope). */
const publishedForStaff = allOf(isStaff, published, anyOf(audienceIs('all-staff'), allOf(audienceIs('structure'), inUserStructures('structure'))))

/** A young person reads the published news meant for the young people of the structure following them, or of one above it. */
const publishedForYoungPerson = allOf(isAccount, published, audienceIs('young-people'), inOrAboveAccountStructure('structure'))

/** Admins write for their structures; only a super-admin writes for all staff. */
const writers = anyOf(isSuperAdmin, allOf(hasRole('admin'), inUserStructures('structure')))

const checkAudience: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const audience = data.audience ?? originalDoc?.audience
  if (audience === 'all-staff' && !isSuperAdminUser(asPrincipal(req.user))) throw forbidden('Seul un super-administrateur publie une actualité pour tous les professionnels.')
  if (audience !== 'all-staff' && !(data.structure ?? originalDoc?.structure)) throw invalidField({ req, collection: NEWS, path: 'structure', message: 'Choisissez la structure à qui s’adresse l’actualité.' })
  if (audience === 'all-staff') data.structure = null
  return data
}

const staffOnly = (req: Parameters<Endpoint['handler']>[0]) => {
  if (req.user?.collection !== 'users') throw forbidden('Les actualités sont réservées aux professionnels.')
}

/** `GET /api/news/unread-count` (the menu badge) and `POST /api/news/:id/read`. */
const newsEndpoints: Endpoint[] = [
  {
    path: '/unread-count',
    method: 'get',
    handler: async (req) => {
      staffOnly(req)
      return Response.json({ count: await unreadNewsCount(req) })
    },
  },
  {
    path: '/:id/read',
    method: 'post',
    handler: async (req) => {
      staffOnly(req)
      // Takes no parameters: a body is refused (400) rather than silently ignored.
      await refuseParameters(req)
      const id = Number(req.routeParams?.id)
      const found = Number.isInteger(id) && id > 0 ? (await req.payload.find({ collection: NEWS, where: { id: { equals: id } }, limit: 1, depth: 0, overrideAccess: false, user: req.user, req })).docs[0] : undefined
      if (!found) throw notFound('Actualité introuvable.')
      const already = await req.payload.count({ collection: READS, where: { and: [{ user: { equals: req.user!.id } }, { news: { equals: id } }] }, overrideAccess: true, req })
      if (!already.totalDocs) await req.payload.create({ collection: READS, data: { user: req.user!.id as number, news: id }, overrideAccess: true, req })
      return Response.json({ read: true })
    },
  },
]

/**
 * « Les actualités »: written by admins in rich text, for all staff (super-admins) or one
 * structure (admins of it), shown from their publication date; an unread badge on the menu.
 * An admin may also write for the young people their structure follows: they read it on the
 * site (« Actualités »), and staff lists leave it out (it is not news for them).
 */
export const News: CollectionConfig = {
  slug: NEWS,
  labels: { singular: { fr: 'Actualité', en: 'News item' }, plural: { fr: 'Actualités', en: 'News' } },
  // Written by the CEJ staff; everyone reads through « Actualités » (NewsNavLink), so the collection stays out of other modules' menus.
  admin: { group: GROUPS.cej, hidden: hiddenUnless({ sections: ['cej'] }), useAsTitle: 'title', defaultColumns: ['title', 'audience', 'structure', 'publishedAt'] },
  defaultSort: '-publishedAt',
  access: {
    read: anyOf(isSuperAdmin, publishedForStaff, publishedForYoungPerson, writers),
    create: anyOf(isSuperAdmin, hasRole('admin')),
    update: writers,
    delete: writers,
  },
  endpoints: newsEndpoints,
  hooks: { beforeChange: [checkAudience, guardStructureScope({ field: 'structure', message: 'Vous ne publiez que pour vos propres structures.' })] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { fr: 'Titre', en: 'Title' } },
    { name: 'content', type: 'richText', required: true, label: { fr: 'Contenu', en: 'Content' } },
    { name: 'readMarker', type: 'ui', admin: { components: { Field: '/plugins/cej/news/components/NewsReadMarker#NewsReadMarker' } } },
    {
      type: 'row',
      fields: [
        {
          name: 'audience',
          type: 'select',
          required: true,
          defaultValue: 'structure',
          options: [
            { value: 'all-staff', label: { fr: 'Tous les professionnels', en: 'All staff' } },
            { value: 'structure', label: { fr: 'Une structure', en: 'One structure' } },
            { value: 'young-people', label: { fr: 'Les jeunes suivis par une structure', en: 'Young people followed by a structure' } },
          ],
          label: { fr: 'Destinataires', en: 'Audience' },
        },
        { name: 'structure', type: 'relationship', relationTo: SLUGS.structures, index: true, admin: { condition: (data) => data?.audience === 'structure' || data?.audience === 'young-people' }, label: { fr: 'Structure', en: 'Structure' } },
        { name: 'publishedAt', type: 'date', required: true, index: true, defaultValue: () => new Date().toISOString(), label: { fr: 'Date de publication', en: 'Publication date' }, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } } },
      ],
    },
  ],
}

/** Who has read which news (the badge counts the others). Written only by `POST /api/news/:id/read`. */
export const NewsReads: CollectionConfig = {
  slug: READS,
  labels: { singular: { fr: 'Lecture d’actualité', en: 'News read' }, plural: { fr: 'Lectures d’actualités', en: 'News reads' } },
  admin: { hidden: true },
  indexes: [{ fields: ['user', 'news'], unique: true }],
  access: { read: ({ req }) => (req.user?.collection === 'users' ? ({ user: { equals: req.user.id } } as Where) : false), create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'user', type: 'relationship', relationTo: SLUGS.users, required: true, custom: DELETED_WITH_TARGET, index: true },
    { name: 'news', type: 'relationship', relationTo: NEWS, required: true, custom: DELETED_WITH_TARGET, index: true },
  ],
}
