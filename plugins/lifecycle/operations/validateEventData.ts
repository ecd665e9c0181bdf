import type { PayloadRequest } from 'payload'

import type { EventField } from '../../../workflows/shared/types'
import { invalidField } from '../../../src/kernel/lib/errors'
import type { LifecycleEvent } from '../types'

const isEmpty = (value: unknown) => value === undefined || value === null || value === ''

/** Checks the data an event carries against its declared fields (no other key); returns the clean event. */
export const validateEventData = ({
  fields = [],
  event,
  eventLabel,
  req,
}: {
  fields?: EventField[]
  event: LifecycleEvent
  /** The action as the admin names it (« Transférer »), for the messages. */
  eventLabel: string
  req: PayloadRequest
}): LifecycleEvent => {
  const clean: LifecycleEvent = { type: event.type }
  // The field's French label goes with the error, so the summary never shows its internal name.
  const labelOf = (path: string) => fields.find((field) => field.name === path)?.label.fr
  const fail = (path: string, message: string) => {
    throw invalidField({ req, path, label: labelOf(path), message })
  }
  const declared = new Set(fields.map((field) => field.name))
  const unknown = Object.keys(event).find((key) => key !== 'type' && !declared.has(key))
  if (unknown) {
    const expected = fields.length
      ? `Elle attend : ${fields.map((field) => `« ${field.label.fr} » (${field.name})`).join(', ')}.`
      : "Elle n'attend aucune donnée."
    fail(unknown, `Donnée inattendue pour l'action « ${eventLabel} » : « ${unknown} ». ${expected}`)
  }
  for (const field of fields) {
    const value = event[field.name]
    if (isEmpty(value)) {
      if (field.required) fail(field.name, `Le champ « ${field.label.fr} » est obligatoire.`)
      continue
    }
    switch (field.type) {
      case 'relationship': {
        const id = Number(typeof value === 'object' ? (value as { id?: unknown }).id : value)
        if (!Number.isInteger(id) || id <= 0) fail(field.name, `« ${field.label.fr} » doit être un identifiant valide.`)
        clean[field.name] = id
        break
      }
      case 'boolean':
        if (typeof value !== 'boolean') fail(field.name, `« ${field.label.fr} » doit valoir true ou false.`)
        clean[field.name] = value
        break
      case 'json':
        if (typeof value !== 'object') fail(field.name, `« ${field.label.fr} » doit être un objet.`)
        clean[field.name] = value
        break
      default:
        if (typeof value !== 'string') fail(field.name, `« ${field.label.fr} » doit être un texte.`)
        if (field.maxLength && (value as string).length > field.maxLength) {
          fail(field.name, `« ${field.label.fr} » ne peut pas dépasser ${field.maxLength} caractères.`)
        }
        clean[field.name] = value
    }
  }
  return clean
}
