/** `Document.text`: one batched read per resolver level, only when a query selects it. */
import type { Resolvers } from '../generated/graphql.js';

export const documentTextResolvers: Resolvers = {
  Document: {
    text: (doc, _args, ctx) => ctx.loaders.documentTextByKey.load(doc.key),
  },
};
