import type { Resolvers } from '../generated/graphql.js';
import { toGlobalId } from '../graphql/globalId.js';
import { notFound } from '../errors.js';

export const documentResolvers: Resolvers = {
  Document: {
    id: (doc) => toGlobalId('Document', doc.key),
    issuer: (doc, _args, ctx) => (doc.issuerKey ? ctx.loaders.companyByKey.load(doc.issuerKey) : null),
    sections: (doc, _args, ctx) => ctx.loaders.sectionsByDocumentKey.load(doc.key),
  },
  Source: {
    async document(source, _args, ctx) {
      const doc = await ctx.loaders.documentByKey.load(source.documentKey);
      if (!doc) throw notFound(`document ${source.documentKey}`);
      return doc;
    },
  },
};
