/**
 * The token limit: graphql-js's parser option `maxTokens` stops parsing at the first token over
 * the limit, before any AST is built. It reports that as a syntax error like any other (a message,
 * a position), so this plugin recognises it structurally and gives it the limit's data.
 *
 * When Apollo's parse fails, the source is parsed again with graphql-js's own Parser and the same
 * limit: the refusal was the token limit exactly when that parser had read more tokens than allowed
 * (`tokenCount`). This costs a second parse of at most `maxTokens` + 1 tokens, and only for
 * documents that failed to parse; a document that parses is never looked at twice.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { Parser } from 'graphql/language/parser.js';
import { limitExtensions } from '../errors.js';

/** True when parsing `source` stops because it has more than `maxTokens` tokens. */
export function exceedsTokenLimit(source: string, maxTokens: number): boolean {
  const parser = new Parser(source, { maxTokens });
  try {
    parser.parseDocument();
    return false;
  } catch {
    return parser.tokenCount > maxTokens;
  }
}

/**
 * Marks the parser's token-limit error with `limit: 'tokens'` and `max` (no `found`: parsing
 * stopped there, so the total is never known). parsingDidEnd receives the parser's own error before
 * Apollo wraps it (as GRAPHQL_PARSE_FAILED, keeping its extensions), so the mark reaches
 * formatApiError, which answers it as QUERY_TOO_COMPLEX like every other limit.
 */
export function tokenLimitPlugin(maxTokens: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async parsingDidStart({ source }) {
          return async (error) => {
            if (!(error instanceof GraphQLError) || !exceedsTokenLimit(source, maxTokens)) return;
            Object.assign(error.extensions, limitExtensions({ limit: 'tokens', max: maxTokens }));
          };
        },
      };
    },
  };
}
