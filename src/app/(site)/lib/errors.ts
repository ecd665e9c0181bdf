import { PayloadSDKError } from '../../../client'

/** A refusal of the API as the French sentences to show beside the form; the field names the API gave are kept for `aria-describedby`. */
export type FormErrors = { message: string; fields: Record<string, string> }

export const formErrors = (error: unknown, fallback: string): FormErrors => {
  if (!(error instanceof PayloadSDKError)) return { message: fallback, fields: {} }
  const fields: Record<string, string> = {}
  const messages: string[] = []
  for (const entry of (error.errors ?? []) as { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[]) {
    for (const fieldError of entry.data?.errors ?? []) if (fieldError.path && fieldError.message) fields[fieldError.path] = fieldError.message
    if (entry.message && !entry.data?.errors?.length) messages.push(entry.message)
  }
  const message = error.status >= 500 ? fallback : messages.join(' ') || (Object.keys(fields).length ? 'Vérifiez les champs signalés.' : fallback)
  return { message, fields }
}

/** Whether the API refused this field (named in the field errors, or only in Payload's own sentence « …: file »). */
export const refusesField = (error: unknown, field: string) => {
  if (!(error instanceof PayloadSDKError) || error.status !== 400) return false
  const entries = (error.errors ?? []) as { message?: string; data?: { errors?: { path?: string }[] } }[]
  return entries.some((entry) => entry.data?.errors?.some((fieldError) => fieldError.path === field) || new RegExp(`:\\s*${field}$`).test(entry.message ?? ''))
}
