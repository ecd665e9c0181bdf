import type { GraphQLExtension, PayloadRequest } from 'payload'

import { notFound } from '../../../src/kernel/lib/errors'
import { readPath } from './readPath'

let pathType: unknown
/** The path as one JSON value (output only): the same object as the REST answer. */
const pathJson = (GraphQL: typeof import('graphql')) => {
  pathType ??= new GraphQL.GraphQLScalarType({ name: 'YoungPersonPathJSON', description: 'Parcours d’un jeune (objet JSON)', serialize: (value) => value })
  return pathType as import('graphql').GraphQLScalarType
}

/** `youngPersonPath(account)`: the path over GraphQL, with the same rules as `GET /api/accounts/{id}/path`. */
export const pathQueries: GraphQLExtension = (GraphQL) => ({
  youngPersonPath: {
    type: new GraphQL.GraphQLNonNull(pathJson(GraphQL)),
    args: { account: { type: new GraphQL.GraphQLNonNull(GraphQL.GraphQLID) } },
    resolve: async (_: unknown, args: { account: string }, context: { req: PayloadRequest }) => {
      const account = Number(args.account)
      if (!Number.isInteger(account) || account <= 0) throw notFound('Ce parcours est introuvable.')
      return readPath({ req: context.req, account })
    },
  },
})
