/**
 * Test kit: the real API over real HTTP, and a typed `execute()` that prints the request and the
 * response when a test fails on it.
 */
import { OPEN_READS, startApi, type RunningApi } from '../../src/app.js';
import { sha256Hex } from '../../src/auth.js';
import type { Database } from '../../src/db/database.js';
import type { PrefetchMode } from '../../src/lookahead/lookahead.js';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

/** The curator key the test API accepts (its SHA-256 digest is what the API is configured with). */
export const TEST_CURATOR_KEY = 'test-curator-key';

export async function startTestApi(
  db: Database,
  options: { production?: boolean; prefetch?: PrefetchMode } = {},
): Promise<RunningApi> {
  return startApi({
    db,
    host: '127.0.0.1',
    port: 0,
    production: options.production ?? false,
    prefetch: options.prefetch ?? 'warm',
    auth: { ...OPEN_READS, curatorKeyDigests: [sha256Hex(TEST_CURATOR_KEY)] },
  });
}

export class GraphQLTestClient {
  constructor(readonly url: string) {}

  async execute<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<TData>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let json: Omit<GraphQLResponse<TData>, 'status'>;
    try {
      json = JSON.parse(text) as Omit<GraphQLResponse<TData>, 'status'>;
    } catch {
      throw new Error(`Non-JSON response ${response.status} to\n${query}\n---\n${text}`);
    }
    return { status: response.status, ...json };
  }

  /** Executes and fails — showing request and response — unless the result has data and no errors. */
  async data<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<TData> {
    const result = await this.execute<TData>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(
        `GraphQL request failed.\n--- request ---\n${query}\n${JSON.stringify(variables ?? {})}\n--- response (${result.status}) ---\n${JSON.stringify(result, null, 2)}`,
      );
    }
    return result.data;
  }
}
