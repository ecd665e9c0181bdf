import { GraphQLError, Kind, type ASTNode, type ASTVisitor, type DocumentNode, type ValidationContext } from 'graphql'

/** Names of the fragments a fragment spreads, at any depth of its selections (no recursion). */
const spreadNames = (root: ASTNode): string[] => {
  const names: string[] = []
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (Array.isArray(node)) stack.push(...node)
    else if (node && typeof node === 'object') {
      const { kind } = node as { kind?: string }
      if (kind === Kind.FRAGMENT_SPREAD) names.push((node as { name: { value: string } }).name.value)
      else for (const [key, child] of Object.entries(node)) if (key !== 'loc' && child && typeof child === 'object') stack.push(child)
    }
  }
  return names
}

/** Whether some fragment of the document includes itself, directly or through others. */
export const hasFragmentCycle = (document: DocumentNode): boolean => {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) spreads.set(definition.name.value, spreadNames(definition.selectionSet))
  }
  // Iterative depth-first search: « in progress » met again is a cycle.
  const state = new Map<string, 'inProgress' | 'done'>()
  for (const start of spreads.keys()) {
    if (state.has(start)) continue
    const stack: { name: string; next: number }[] = [{ name: start, next: 0 }]
    state.set(start, 'inProgress')
    while (stack.length > 0) {
      const top = stack[stack.length - 1]
      const children = spreads.get(top.name) ?? []
      if (top.next >= children.length) {
        state.set(top.name, 'done')
        stack.pop()
        continue
      }
      const child = children[top.next++]
      if (state.get(child) === 'inProgress') return true
      if (!state.has(child) && spreads.has(child)) {
        state.set(child, 'inProgress')
        stack.push({ name: child, next: 0 })
      }
    }
  }
  return false
}

/**
 * GraphQL's own NoFragmentCycles rule reports a cycle, but Payload's complexity rule runs in the
 * same pass and recurses into it first (`fragment A on Query { ...A }`: stack overflow, 500).
 * This rule looks at the whole document on entering it, before any rule reaches an operation,
 * and on a cycle reports a French error and hands the other rules an empty document to walk.
 */
export const refuseFragmentCycles = (context: ValidationContext): ASTVisitor => ({
  Document(node) {
    if (!hasFragmentCycle(node)) return undefined
    context.reportError(new GraphQLError('Requête GraphQL refusée : un fragment s’inclut lui-même, directement ou par d’autres fragments.'))
    return { kind: Kind.DOCUMENT, definitions: [] }
  },
})
