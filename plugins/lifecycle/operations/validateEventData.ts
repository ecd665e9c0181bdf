import type { PayloadRequest } from 'payload'

import type { EventField } from '../../../workflows/shared/types'
import { invalidField } from '../../../src/kernel/lib/errors'
import type { LifecycleEvent } from '../types'

const isEmpty = (value: unknown) => value === undefined || value === null || value === ''

/** Checks the data an event carries against its declared fields (no other key); returns the clean event. */
export const validateEventData = ({
  fields = [],
  event,
  req,
}: {
  fields?: EventField[]
  event: LifecycleEvent
  req: PayloadRequest
}): LifecycleEvent => {
  const clean: LifecycleEvent = { type: event.type }
  const fail = (path: string, message: string) => {
    throw invalidField({ req, path, message })
  }
  const declared = new Set(fields.map((field) => field.name))
  const unknown = Object.keys(event).find((key) => key !== 'type' && !declared.has(key))
  if (unknown) {
    const expected = fields.length ? `Champs attendus : ${fields.map((field) => field.name).join(', ')}.` : "Cette action n'attend aucune donnée."
    fail(unknown, `Champ inconnu pour l'action ${event.type} : « ${unknown} ». ${expected}`)
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
