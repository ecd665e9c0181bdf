/** Minimal Lexical JSON builders for seeded rich text (the shape the admin editor stores). */
type Node = { [key: string]: unknown; type: string; version: number }

const base = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

export const text = (value: string, { bold = false } = {}): Node => ({
  type: 'text',
  text: value,
  detail: 0,
  format: bold ? 1 : 0,
  mode: 'normal',
  style: '',
  version: 1,
})

export const heading = (value: string, tag: 'h2' | 'h3' = 'h2'): Node => ({ ...base, type: 'heading', tag, children: [text(value)] })

export const paragraph = (...children: (string | Node)[]): Node => ({
  ...base,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: children.map((child) => (typeof child === 'string' ? text(child) : child)),
})

export const link = (label: string, url: string): Node => ({
  ...base,
  type: 'link',
  fields: { url, newTab: true, linkType: 'custom' },
  children: [text(label)],
})

export const list = (items: string[], listType: 'bullet' | 'number' = 'bullet'): Node => ({
  ...base,
  type: 'list',
  listType,
  start: 1,
  tag: listType === 'bullet' ? 'ul' : 'ol',
  children: items.map((item, index) => ({ ...base, type: 'listitem', value: index + 1, children: [text(item)] })),
})

export const richText = (...children: Node[]) => ({ root: { ...base, type: 'root', children } })
