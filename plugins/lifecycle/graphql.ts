import type { GraphQLExtension, PayloadRequest } from 'payload'

import { notFound } from '../../src/kernel/lib/errors'
import { lifecycleOf } from './lookup'
import { describeTransitions } from './operations/describeTransitions'
import { performTransition } from './operations/performTransition'

type Context = { req: PayloadRequest }

/** The transition API over GraphQL: `documentTransitions` (query) and `transitionDocument` (mutation). */
export const lifecycleQueries: GraphQLExtension = (GraphQL) => ({
  documentTransitions: {
    type: new GraphQL.GraphQLNonNull(jsonType(GraphQL)),
    args: {
      collection: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
    },
    resolve: async (_: unknown, args: { collection: string; id: string }, context: Context) => {
      const lifecycle = lifecycleOf(context.req.payload, args.collection)
      if (!lifecycle) throw notFound()
      return describeTransitions({ lifecycle, req: context.req, id: args.id })
    },
  },
})

export const lifecycleMutations: GraphQLExtension = (GraphQL) => ({
  transitionDocument: {
    type: new GraphQL.GraphQLNonNull(jsonType(GraphQL)),
    args: {
      collection: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      id: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) },
      event: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLString) },
      data: { type: jsonType(GraphQL) },
    },
    resolve: async (_: unknown, args: { collection: string; id: string; event: string; data?: Record<string, unknown> }, context: Context) => {
      const { doc } = await performTransition({
        req: context.req,
        collection: args.collection,
        id: args.id,
        event: { ...(args.data ?? {}), type: args.event },
      })
      return doc
    },
  },
})

let cachedJson: unknown
/** A JSON scalar shared by both fields (GraphQL forbids two types of one name). */
const jsonType = (GraphQL: typeof import('graphql')) => {
  cachedJson ??= new GraphQL.GraphQLScalarType({
    name: 'LifecycleJSON',
    description: 'Objet JSON (état, actions possibles, historique ou document)',
    serialize: (value) => value,
    parseValue: (value) => value,
    parseLiteral: (ast) => {
      const toValue = (node: import('graphql').ValueNode): unknown => {
        switch (node.kind) {
          case GraphQL.Kind.OBJECT:
            return Object.fromEntries(node.fields.map((f) => [f.name.value, toValue(f.value)]))
          case GraphQL.Kind.LIST:
            return node.values.map(toValue)
          case GraphQL.Kind.INT:
          case GraphQL.Kind.FLOAT:
            return Number(node.value)
          case GraphQL.Kind.STRING:
          case GraphQL.Kind.ENUM:
            return node.value
          case GraphQL.Kind.BOOLEAN:
            return node.value
          default:
            return null
        }
      }
      return toValue(ast)
    },
  })
  return cachedJson as import('graphql').GraphQLScalarType
}
