/**
 * A Lexical document (the rich text of a template) read as printable blocks: paragraphs,
 * headings, list items and quotes, each a list of runs of text with their bold / italic flags.
 * Only what a letter uses is read; anything else contributes its text.
 */
export type Run = { text: string; isBold: boolean; isItalic: boolean; isUnderlined: boolean }
export type Block = { kind: 'paragraph' | 'heading' | 'listitem' | 'quote'; level: number; runs: Run[] }

type LexicalNode = { type?: string; text?: string; format?: number | string; tag?: string; children?: LexicalNode[]; listType?: string }

const IS_BOLD = 1
const IS_ITALIC = 2
const IS_UNDERLINE = 8

const runsOf = (node: LexicalNode): Run[] => {
  if (node.type === 'text' && typeof node.text === 'string') {
    const format = typeof node.format === 'number' ? node.format : 0
    return [{ text: node.text, isBold: (format & IS_BOLD) !== 0, isItalic: (format & IS_ITALIC) !== 0, isUnderlined: (format & IS_UNDERLINE) !== 0 }]
  }
  if (node.type === 'linebreak') return [{ text: '\n', isBold: false, isItalic: false, isUnderlined: false }]
  return (node.children ?? []).flatMap(runsOf)
}

const blocksOf = (node: LexicalNode): Block[] => {
  switch (node.type) {
    case 'heading':
      return [{ kind: 'heading', level: Number(String(node.tag ?? 'h2').slice(1)) || 2, runs: runsOf(node) }]
    case 'list':
      return (node.children ?? []).flatMap((item) => {
        const nested = (item.children ?? []).filter((child) => child.type === 'list')
        const own = { ...item, children: (item.children ?? []).filter((child) => child.type !== 'list') }
        return [{ kind: 'listitem' as const, level: 0, runs: runsOf(own) }, ...nested.flatMap(blocksOf)]
      })
    case 'quote':
      return [{ kind: 'quote', level: 0, runs: runsOf(node) }]
    case 'paragraph':
      return [{ kind: 'paragraph', level: 0, runs: runsOf(node) }]
    default:
      return node.children?.some((child) => child.type !== 'text') ? node.children.flatMap(blocksOf) : [{ kind: 'paragraph', level: 0, runs: runsOf(node) }]
  }
}

/** The blocks of a Lexical value (`{ root: { children } }`); an empty or missing value has none. */
export const lexicalBlocks = (value: unknown): Block[] => {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  return (root?.children ?? []).flatMap(blocksOf)
}

/** The plain text of a block (runs joined). */
export const blockText = (block: Block) => block.runs.map((run) => run.text).join('')

/** A Lexical value holding the given paragraphs (seed data and tests). */
export const lexicalParagraphs = (paragraphs: string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      children: text ? [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }] : [],
    })),
  },
})
