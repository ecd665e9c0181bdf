import type { CollectionConfig, Config, Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { withPortfolio } from '../../plugins/cej/portfolio'
import { Accounts } from '../../plugins/core/collections/accounts'

const CEJ_FIELDS = ['dossierNumber', 'situation', 'cejEndDate', 'lastLoginAt']

/** Every field holding data (a column or a relation), through rows, collapsibles, groups and tabs. */
const dataFields = (fields: Field[]): Field[] =>
  fields.flatMap((field) => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => dataFields(tab.fields))
    if (!('name' in field)) return 'fields' in field ? dataFields(field.fields) : []
    if (field.type === 'ui' || ('virtual' in field && field.virtual)) return []
    return [field]
  })

const names = (collection: CollectionConfig | undefined) => dataFields(collection?.fields ?? []).map((field) => ('name' in field ? field.name : ''))

/**
 * Issue #16, lean accounts: the CEJ adds no column to `accounts` (its beneficiary's file is its own
 * collection), so a deployment without the CEJ has nothing of it on accounts, and one with it only
 * the panel, the hooks and the write rule.
 */
describe('Comptes allégés : le module CEJ n’ajoute aucune colonne aux comptes (issue #16)', () => {
  it('Sans le module CEJ, les comptes ne portent aucun champ CEJ et il n’y a pas de dossiers CEJ', () => {
    const accounts = names(Accounts)
    for (const field of CEJ_FIELDS) expect(accounts).not.toContain(field)
  })

  it('Avec le module CEJ, les comptes ne gagnent aucun champ de données ; le dossier CEJ est la collection `cej-profiles`', () => {
    const config = withPortfolio({ config: { collections: [Accounts] } as Config, seed: false })
    const accounts = config.collections?.find((collection) => collection.slug === 'accounts')
    expect(names(accounts)).toEqual(names(Accounts))
    const profiles = config.collections?.find((collection) => collection.slug === 'cej-profiles')
    expect(names(profiles)).toEqual(['account', ...CEJ_FIELDS])
    const account = dataFields(profiles!.fields).find((field) => 'name' in field && field.name === 'account') as { unique?: boolean; relationTo?: string }
    expect(account).toMatchObject({ unique: true, relationTo: 'accounts' })
  })
})
