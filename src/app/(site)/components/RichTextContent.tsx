import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText } from '@payloadcms/richtext-lexical/react'
import React from 'react'

/** Rich text as staff wrote it in the admin (Lexical), rendered on the server into plain HTML. */
export const RichTextContent = ({ data }: { data: unknown }) =>
  data && typeof data === 'object' && 'root' in data ? <RichText className="rich-text" data={data as SerializedEditorState} /> : null
