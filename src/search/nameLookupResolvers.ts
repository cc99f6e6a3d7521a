import type { NameMatchKind, Resolvers } from '../generated/graphql.js';
import { loadEntity } from '../graphql/entityLoading.js';
import { present } from '../graphql/present.js';
import type { MatchedCompany, NameMatchRecord } from '../companies/companyLookup.js';
import { lookupName, lookupTypes } from './nameLookup.js';

const MATCH_KIND: Record<NameMatchRecord['matchedOn'], NameMatchKind> = {
  globalId: 'GLOBAL_ID' as NameMatchKind,
  key: 'KEY' as NameMatchKind,
  name: 'NAME' as NameMatchKind,
  shortName: 'SHORT_NAME' as NameMatchKind,
  alias: 'ALIAS' as NameMatchKind,
  ocrVariant: 'OCR_VARIANT' as NameMatchKind,
};

export const nameLookupResolvers: Resolvers = {
  Query: {
    lookup: (_parent, args, ctx) => lookupName(ctx, args.name, lookupTypes(args.types)),
  },
  NameLookup: {
    node: async (found, _args, ctx) =>
      present(await loadEntity(ctx, found.nodeType, found.key), `${found.nodeType} ${found.key}`),
  },
  NameMatch: {
    matchedOn: (match) => MATCH_KIND[match.matchedOn],
  },
  Company: {
    matchedBy: (company) => (company as MatchedCompany).lookupMatch ?? null,
  },
};
