/**
 * The limits on a query's shape — depth, aliases, directives — as validation rules, each refusing
 * with a structured QUERY_TOO_COMPLEX error (limit, max, found as data).
 *
 * GraphQL Armor does the counting (max-depth pinned at 2.4.2, the release without the
 * `__schema`-named bypass; introspection's own depth is not counted). Its rejection hands over only
 * a message, while its acceptance hands over the count (`{ n }`), so each rule runs with no ceiling
 * of its own (`n: Infinity`: it always accepts) and the ceiling is applied here to the count it
 * reports. The counts, fragments included, are Armor's: nothing is re-implemented or read back out
 * of a message.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ValidationContext, ValidationRule } from 'graphql';
import type { LimitsConfig } from '../config.js';
import { queryTooComplex, type LimitName } from '../errors.js';

/** What Armor's `onAccept` callbacks receive: the operation's count. */
interface ArmorCount {
  readonly n: number;
}

type ArmorAccept = (context: ValidationContext | null, details: ArmorCount) => void;

/** Armor's rules never reject (see above); this refuses an operation whose count is over `max`. */
function refuseAbove(limit: LimitName, max: number, message: (found: number) => string): ArmorAccept[] {
  return [
    (context, { n: found }) => {
      if (found > max) context?.reportError(queryTooComplex(message(found), { limit, max, found }));
    },
  ];
}

/** Counting only: the ceiling is refuseAbove's. */
const COUNT_ONLY = { n: Number.POSITIVE_INFINITY, propagateOnRejection: false } as const;

export function shapeLimitRules(limits: LimitsConfig): ValidationRule[] {
  return [
    maxDepthRule({
      ...COUNT_ONLY,
      ignoreIntrospection: true,
      flattenFragments: true,
      onAccept: refuseAbove(
        'depth',
        limits.maxDepth,
        (found) => `Query depth limit of ${limits.maxDepth} exceeded, found ${found}.`,
      ),
    }),
    maxAliasesRule({
      ...COUNT_ONLY,
      allowList: [],
      onAccept: refuseAbove(
        'aliases',
        limits.maxAliases,
        (found) => `Aliases limit of ${limits.maxAliases} exceeded, found ${found}.`,
      ),
    }),
    maxDirectivesRule({
      ...COUNT_ONLY,
      onAccept: refuseAbove(
        'directives',
        limits.maxDirectives,
        (found) => `Directives limit of ${limits.maxDirectives} exceeded, found ${found}.`,
      ),
    }),
  ];
}
