'use client'
import { useField, useFormFields } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

const clean = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * The hidden `fullName` of a person's form: follows the first and last names as they are typed, so
 * the page is titled « Prénom NOM » from the creation form on (Payload titles a document by its
 * `useAsTitle` field's value in the form). Untouched names keep the server's title (an archived
 * record's number, « Donnée anonymisée »). Renders nothing.
 */
export const PersonTitleSync = ({ path }: { path: string }) => {
  const first = useFormFields(([fields]) => fields.firstName?.value)
  const last = useFormFields(([fields]) => fields.lastName?.value)
  const { value, setValue } = useField<string>({ path })
  const initial = useRef({ first, last })
  useEffect(() => {
    if (first === initial.current.first && last === initial.current.last) return
    const title = [clean(first), clean(last).toUpperCase()].filter(Boolean).join(' ')
    // `true`: a title that follows the names does not by itself make the form « modified ».
    if (title !== value) setValue(title, true)
  }, [first, last, value, setValue])
  return null
}
