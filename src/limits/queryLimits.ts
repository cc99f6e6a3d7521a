/**
 * The cost limit, checked before a query executes (the other limits: shapeLimits.ts for depth,
 * aliases and directives, tokenLimit.ts for tokens; each refuses with code QUERY_TOO_COMPLEX, the
 * limit's name, its value and what the query asked for).
 *
 * The cost comes from graphql-query-complexity with an estimator in which a field's `first`
 * argument (or the length of a list argument such as `ids`) multiplies the cost of everything
 * under it (connections cap `first` at 100), other lists count LIST_ESTIMATE items, and each
 * object-valued field costs 1. It is computed from the operation's declared, coerced variables
 * (undeclared ones are refused); a cost that cannot be computed refuses the request. The cost is
 * returned in the response's `extensions.cost` so clients can see what their queries cost.
 *
 * The same hook admits the request, in this order, before anything executes: the trusted-documents
 * mode (src/persisted/: may this caller run this document?), the cost limit, then the caller's cost
 * budget (src/rateLimit/: charged the cost, refused with 429 when it has too little left). One hook,
 * so the order is explicit: a refused document is never charged, an over-limit query never charged.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { createHash } from 'node:crypto';
import {
  getNamedType,
  getVariableValues,
  isLeafType,
  isListType,
  getNullableType,
  type GraphQLError,
  type OperationDefinitionNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import type { Context } from '../context.js';
import { badUserInput, persistedQueryNotAllowed, queryTooComplex, rateLimited } from '../errors.js';
import type { TrustedDocuments } from '../persisted/trustedDocuments.js';
import { rateLimitHeaders, type BudgetCharge, type CostBudgets } from '../rateLimit/costBudgets.js';

/** How many items a list without `first` is assumed to hold (e.g. a company's services). */
export const LIST_ESTIMATE = 10;

/** The largest list a list argument (e.g. `nodes(ids:)`) may carry: the same cap as a connection's `first`. */
export const MAX_LIST_ARGUMENT = 100;

/**
 * A field's cost: the items it returns times (1 + the cost of one item). The item count is its
 * `first`, else the length of its longest list argument (`nodes(ids:)` returns one node per id),
 * else LIST_ESTIMATE for a list and 1 for an object.
 */
export const costEstimator: ComplexityEstimator = ({ type: parentType, field, args, childComplexity }) => {
  const type = getNullableType(field.type);
  if (isLeafType(getNamedType(type))) return 0;
  // A connection's `edges` hold the `first` items its field already multiplied by.
  if (parentType.name.endsWith('Connection') && field.name === 'edges') return childComplexity;
  const first = typeof args.first === 'number' ? Math.max(args.first, 0) : undefined;
  const items = first ?? (isListType(type) ? (longestListArgument(args) ?? LIST_ESTIMATE) : 1);
  return items * (1 + childComplexity);
};

function longestListArgument(args: Record<string, unknown>): number | undefined {
  let longest: number | undefined;
  for (const value of Object.values(args)) {
    if (Array.isArray(value)) longest = Math.max(longest ?? 0, value.length);
  }
  return longest;
}

/**
 * Apollo hands the same parsed document to every request with the same query text, so the cost of
 * a (query, operation, variables) is computed once: walking the document was ~5% of the API's CPU
 * per request (bench/). Keys are SHA-256 digests (never the variables themselves), so an entry is
 * ~200 bytes whatever the request, and the cache is one LRU per server bounded in bytes.
 */
const COST_CACHE_BYTES = 2 * 1024 * 1024;
const COST_ENTRY_BYTES = 200;

/** Refused before execution, so answered with HTTP 400 (as Apollo answers its own variable errors). */
function badVariables(message: string): GraphQLError {
  return badUserInput(message, undefined, { httpStatus: 400 });
}

/**
 * The operation's variables, as execution will see them: only declared variables are accepted (an
 * undeclared one is refused, so nothing a request carries escapes the limits), and they must
 * coerce to their declared types (the coerced values are what the cost is computed from).
 */
function coercedVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  given: Record<string, unknown>,
): Record<string, unknown> {
  const definitions = operation.variableDefinitions ?? [];
  const declared = new Set(definitions.map((d) => d.variable.name.value));
  const undeclared = Object.keys(given).filter((name) => !declared.has(name));
  if (undeclared.length > 0) {
    throw badVariables(
      `Variable${undeclared.length > 1 ? 's' : ''} ${undeclared
        .slice(0, 5)
        .map((n) => `"$${n}"`)
        .join(
          ', ',
        )} ${undeclared.length > 1 ? 'are' : 'is'} not declared by the operation; send only the variables it declares.`,
    );
  }
  const result = getVariableValues(schema, definitions, given, { maxErrors: 1 });
  if (result.errors) throw badVariables(result.errors[0]!.message);
  return result.coerced;
}

function costCacheKey(queryHash: string, operationName: string | null, variables: Record<string, unknown>): string {
  return createHash('sha256')
    .update(queryHash)
    .update('\u0000')
    .update(operationName ?? '')
    .update('\u0000')
    .update(JSON.stringify(variables))
    .digest('hex');
}

interface CostState {
  cost?: number;
  charge?: BudgetCharge;
}

/** What else admits a request beside the cost limit; both optional (absent: all documents, no budgets). */
export interface Admission {
  readonly trustedDocuments?: TrustedDocuments;
  readonly budgets?: CostBudgets;
}

function refuseUnlisted(documents: TrustedDocuments, queryHash: string | undefined, context: Context): void {
  const credential = context.auth.method === 'api-key' || context.auth.method === 'token';
  if (documents.allows(queryHash, credential)) return;
  throw persistedQueryNotAllowed(
    documents.mode === 'listed-only'
      ? 'This deployment runs only its listed documents; send a listed `documentId`.'
      : 'This deployment runs unlisted documents only for a reader or curator credential; send a listed `documentId` or a key.',
  );
}

/**
 * Computes each operation's cost before it executes, refuses it above `maxCost` (or when the cost
 * cannot be computed: a limit that fails open is no limit), charges the caller's budget, and
 * reports both in `extensions` (`cost`, `rateLimit`) and the budget in RateLimit headers.
 */
export function costLimitPlugin(maxCost: number, admission: Admission = {}): ApolloServerPlugin<Context> {
  const costs = new LRUCache<string, number>({
    maxSize: COST_CACHE_BYTES,
    sizeCalculation: () => COST_ENTRY_BYTES,
  });
  return {
    async requestDidStart() {
      const state: CostState = {};
      return {
        async didResolveOperation({ request, document, operation, schema, queryHash, contextValue }) {
          if (admission.trustedDocuments) refuseUnlisted(admission.trustedDocuments, queryHash, contextValue);
          if (!operation) {
            throw queryTooComplex('The operation to run could not be found.', { limit: 'cost', max: maxCost });
          }
          const variables = coercedVariables(schema, operation, request.variables ?? {});
          const key = costCacheKey(queryHash, request.operationName ?? null, variables);
          let cost = costs.get(key);
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema,
                query: document,
                operationName: request.operationName ?? undefined,
                variables: request.variables ?? {},
                estimators: [costEstimator],
              });
            } catch {
              throw queryTooComplex('The cost of this query could not be computed, so it is not run.', {
                limit: 'cost',
                max: maxCost,
              });
            }
            if (!Number.isFinite(cost)) {
              throw queryTooComplex('The cost of this query could not be computed, so it is not run.', {
                limit: 'cost',
                max: maxCost,
              });
            }
            costs.set(key, cost);
          }
          state.cost = cost;
          if (cost > maxCost) {
            throw queryTooComplex(
              `Query cost limit of ${maxCost} exceeded, found ${cost}. Ask for fewer items (\`first\`, fewer \`ids\`) or fewer nested lists.`,
              { limit: 'cost', max: maxCost, found: cost },
            );
          }
          if (admission.budgets) {
            const { caller, anonymous } = contextValue.budget;
            const charge = admission.budgets.charge(caller, anonymous, cost);
            state.charge = charge;
            if (!charge.allowed) {
              throw rateLimited(
                charge.cost > charge.limit
                  ? `This query costs ${charge.cost}, more than the whole budget of ${charge.limit} points per ${charge.windowSeconds} s; ask for less.`
                  : `Cost budget exceeded: this query costs ${charge.cost} and ${charge.remaining} of ${charge.limit} points are left; retry in ${charge.retryAfterSeconds} s.`,
                {
                  cost: charge.cost,
                  remaining: charge.remaining,
                  limit: charge.limit,
                  retryAfterSeconds: charge.retryAfterSeconds,
                },
                rateLimitHeaders(charge, Date.now()),
              );
            }
            contextValue.budget.charge = charge;
          }
        },
        async willSendResponse({ response }) {
          const { charge } = state;
          // Headers on every charged response, refused ones included (set again: a refusal's own are on its error).
          if (charge)
            for (const [name, value] of rateLimitHeaders(charge, Date.now())) response.http.headers.set(name, value);
          if (state.cost === undefined || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cost: { requested: state.cost, limit: maxCost },
            ...(charge
              ? {
                  rateLimit: {
                    limit: charge.limit,
                    cost: charge.allowed ? charge.cost : 0,
                    remaining: charge.remaining,
                    resetAt: new Date(charge.resetAtMs).toISOString(),
                  },
                }
              : {}),
          };
        },
      };
    },
  };
}
