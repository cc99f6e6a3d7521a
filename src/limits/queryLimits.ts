/**
 * Limits checked before a query executes, each reported with code QUERY_TOO_COMPLEX, the limit's
 * name, its value and what the query asked for:
 *
 * - depth, aliases, directives: GraphQL Armor's validation rules (max-depth pinned at 2.4.2, the
 *   release without the `__schema`-named bypass; introspection's own depth is not counted);
 * - tokens: graphql-js's parser option `maxTokens` (parsing stops early, before any AST is built);
 * - cost: graphql-query-complexity with an estimator in which a field's `first` argument multiplies
 *   the cost of everything under it (connections cap `first` at 100), lists without `first`
 *   count LIST_ESTIMATE items, and each object-valued field costs 1. The computed cost is returned
 *   in the response's `extensions.cost` so clients can see what their queries cost.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  getNamedType,
  isLeafType,
  isListType,
  getNullableType,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { LimitsConfig } from '../config.js';
import { ErrorCode } from '../errors.js';

/** How many items a list without `first` is assumed to hold (e.g. a company's services). */
export const LIST_ESTIMATE = 10;

export type LimitName = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost';

/** Marks an error as a limit violation; formatError turns the mark into code QUERY_TOO_COMPLEX. */
function markLimit(error: GraphQLError, limit: LimitName, max: number): void {
  const extensions = error.extensions as Record<string, unknown>;
  extensions.limit = limit;
  extensions.max = max;
  const found = /found (\d+)/.exec(error.message);
  if (found) extensions.found = Number(found[1]);
}

export function limitValidationRules(limits: LimitsConfig): ValidationRule[] {
  type RuleContext = { reportError(error: GraphQLError): void };
  const report = (limit: LimitName, max: number) => [
    (context: RuleContext, error: GraphQLError) => {
      markLimit(error, limit, max);
      context.reportError(error);
    },
  ];
  return [
    maxDepthRule({
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: report('depth', limits.maxDepth) as never,
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      allowList: [],
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: report('aliases', limits.maxAliases) as never,
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      exposeLimits: true,
      propagateOnRejection: false,
      onReject: report('directives', limits.maxDirectives) as never,
    }),
  ];
}

export const costEstimator: ComplexityEstimator = ({ type: parentType, field, args, childComplexity }) => {
  const type = getNullableType(field.type);
  if (isLeafType(getNamedType(type))) return 0;
  // A connection's `edges` hold the `first` items its field already multiplied by.
  if (parentType.name.endsWith('Connection') && field.name === 'edges') return childComplexity;
  const first = typeof args.first === 'number' ? Math.max(args.first, 0) : undefined;
  const items = first ?? (isListType(type) ? LIST_ESTIMATE : 1);
  return items * (1 + childComplexity);
};

/**
 * Apollo hands the same parsed document to every request with the same query text, so the cost of
 * a (document, operation, variables) is computed once: walking the document was ~5% of the API's
 * CPU per request (bench/). Entries per document are capped, as variables can take any values.
 */
const costCache = new WeakMap<DocumentNode, Map<string, number>>();
const COST_ENTRIES_PER_DOCUMENT = 256;

function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number {
  const key = JSON.stringify([operationName ?? null, variables]);
  let perDocument = costCache.get(document);
  const known = perDocument?.get(key);
  if (known !== undefined) return known;
  const cost = getComplexity({ schema, query: document, operationName, variables, estimators: [costEstimator] });
  if (!perDocument || perDocument.size >= COST_ENTRIES_PER_DOCUMENT) {
    perDocument = new Map();
    costCache.set(document, perDocument);
  }
  perDocument.set(key, cost);
  return cost;
}

interface CostState {
  cost?: number;
}

/** Computes each operation's cost, refuses it above `maxCost`, and reports it in `extensions.cost`. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const state: CostState = {};
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = costOf(schema, document, request.operationName ?? undefined, request.variables ?? {});
          } catch {
            // Variables that do not coerce: execution rejects them (BAD_USER_INPUT) before any resolver runs.
            return;
          }
          state.cost = cost;
          if (cost > maxCost) {
            throw new GraphQLError(
              `Query cost limit of ${maxCost} exceeded, found ${cost}. Ask for fewer items (\`first\`) or fewer nested lists.`,
              {
                extensions: {
                  code: ErrorCode.QUERY_TOO_COMPLEX,
                  limit: 'cost',
                  max: maxCost,
                  found: cost,
                  http: { status: 400 },
                },
              },
            );
          }
        },
        async willSendResponse({ response }) {
          if (state.cost === undefined || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cost: { requested: state.cost, limit: maxCost },
          };
        },
      };
    },
  };
}

/** graphql-js reports too many tokens as a syntax error; this recognises it. */
export function isTokenLimitError(message: string): boolean {
  return /Document contains more tha[nt] \d+ tokens/.test(message);
}
