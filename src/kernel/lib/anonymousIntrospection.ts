import { GraphQLError, type ExecutionArgs, type ValidationRule } from 'graphql'

/**
 * GraphQL validation rules (Payload's `graphQL.validationRules`): the schema is not described to
 * anonymous callers, in every mode (Payload's `disableIntrospectionInProduction` only acts in
 * production). Logged-in users keep introspection for their tools. `__typename` stays allowed.
 */
export const refuseAnonymousIntrospection = (args: ExecutionArgs): ValidationRule[] => {
  const isLoggedIn = Boolean((args.contextValue as { req?: { user?: unknown } } | undefined)?.req?.user)
  if (isLoggedIn) return []
  return [
    (context) => ({
      Field(node) {
        if (node.name.value === '__schema' || node.name.value === '__type') {
          context.reportError(new GraphQLError('Connectez-vous pour consulter le schéma GraphQL.', { nodes: node, extensions: { statusCode: 403 } }))
        }
      },
    }),
  ]
}
