import type { Resolvers, TextHitKind, TextMatchField } from '../generated/graphql.js';
import { requireCompanyKey } from '../companies/companyLookup.js';
import { badUserInput } from '../errors.js';
import { present } from '../graphql/present.js';
import { searchText, type TextHitKindValue } from './textSearchRepository.js';

const ALL_KINDS: readonly TextHitKindValue[] = ['statement', 'explanation', 'fact'];

export const textSearchResolvers: Resolvers = {
  Query: {
    async searchText(_parent, args, ctx) {
      if (args.first < 1 || args.first > 100)
        throw badUserInput(`\`first\` must be between 1 and 100 (got ${args.first}).`, 'first');
      if (args.text.length > 200) throw badUserInput('`text` is longer than 200 characters.', 'text');
      const companyKey = args.company == null ? null : await requireCompanyKey(ctx, args.company, 'company');
      const kinds = args.kinds?.length ? args.kinds.map((k) => k.toLowerCase() as TextHitKindValue) : ALL_KINDS;
      return searchText(ctx.db, args.text, { kinds, companyKey, limit: args.first });
    },
  },
  TextHit: {
    kind: (hit) => hit.kind.toUpperCase() as TextHitKind,
    matchedIn: (hit) => hit.matchedIn.toUpperCase() as TextMatchField,
    quote: (hit) => hit.source.quote,
    explanation: (hit) => (hit.kind === 'explanation' ? { text: hit.text ?? '', source: hit.source } : null),
    fact: async (hit, _args, ctx) =>
      hit.factKey === null ? null : present(await ctx.loaders.factByKey.load(hit.factKey), `fact ${hit.factKey}`),
    company: async (hit, _args, ctx) =>
      hit.companyKey === null
        ? null
        : present(await ctx.loaders.companyByKey.load(hit.companyKey), `company ${hit.companyKey}`),
  },
};
