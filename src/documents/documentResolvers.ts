import type { DatePrecision, Resolvers } from '../generated/graphql.js';
import { documentOrdering } from './documentOrdering.js';
import { pageRequest, toConnection } from '../graphql/connection.js';
import { keyFromArgument, toGlobalId } from '../graphql/globalId.js';
import { present } from '../graphql/present.js';
import { listDocuments } from './documentRepository.js';

export const documentResolvers: Resolvers = {
  Query: {
    document: (_parent, args, ctx) => ctx.loaders.documentByKey.load(keyFromArgument(args.id, ['Document'], 'id')),
    async documents(_parent, args, ctx) {
      const request = pageRequest(args.first, args.after);
      return toConnection(await listDocuments(ctx.db, request), request, (d) => [null, d.key]);
    },
  },
  Document: {
    id: (doc) => toGlobalId('Document', doc.key),
    issuer: (doc, _args, ctx) => (doc.issuerKey ? ctx.loaders.companyByKey.load(doc.issuerKey) : null),
    reportsOn: (doc, _args, ctx) => (doc.reportsOnKey ? ctx.loaders.periodByKey.load(doc.reportsOnKey) : null),
    sections: (doc, _args, ctx) => ctx.loaders.sectionsByDocument.load(doc.key),
    financialFacts: (doc, _args, ctx) => ctx.loaders.factsByDocument.load(doc.key),
    publishedPrecision: (doc) =>
      doc.publishedPrecision ? (doc.publishedPrecision.toUpperCase() as DatePrecision) : null,
    publishedSource: (doc, _args, ctx) =>
      doc.publishedSourceId ? ctx.loaders.sourceById.load(doc.publishedSourceId) : null,
    orderedBy: (doc) => documentOrdering(doc.orderedBy),
  },
  Source: {
    document: async (source, _args, ctx) =>
      present(await ctx.loaders.documentByKey.load(source.documentKey), `document ${source.documentKey}`),
  },
};
