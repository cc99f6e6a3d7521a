/**
 * A small app that embeds the API the way a production app should: it ships its operations as
 * trusted documents (GraphQL Code Generator's client preset, ./gql/), sends only their ids
 * (`documentId`, GraphQL over HTTP appendix A) with a reader key, and reads its cost budget from
 * each response. Typed end to end: the variables and the result come from the generated types.
 *
 *   KG_API_URL=http://localhost:4000/graphql KG_API_KEY=<reader key> npx tsx examples/app/src/main.ts
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { CompetitorCompaniesFirstPageDocument, IijServicesByBusinessLineDocument } from './gql/graphql';

/** A generated document: its types, and the id the client preset gave it (`__meta__.hash`). */
type PersistedDocument<TResult, TVariables> = TypedDocumentNode<TResult, TVariables> & {
  __meta__?: { hash: string };
};

interface RateLimit {
  limit: number;
  cost: number;
  remaining: number;
  resetAt: string;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

async function execute<TResult, TVariables>(
  document: PersistedDocument<TResult, TVariables>,
  variables: TVariables,
): Promise<{ data: TResult; rateLimit?: RateLimit; remainingHeader: string | null }> {
  const documentId = document.__meta__?.hash;
  if (!documentId) throw new Error('The document has no id: run `npm run codegen`.');
  const response = await fetch(process.env.KG_API_URL ?? 'http://localhost:4000/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(process.env.KG_API_KEY ? { 'x-api-key': process.env.KG_API_KEY } : {}),
    },
    body: JSON.stringify({ documentId, variables }),
  });
  const body = (await response.json()) as {
    data?: TResult;
    errors?: { message: string; extensions?: { code?: string } }[];
    extensions?: { rateLimit?: RateLimit };
  };
  const error = body.errors?.[0];
  if (error || !body.data) {
    // RATE_LIMITED comes with Retry-After; an app waits that long before trying again.
    const retry = response.headers.get('retry-after');
    throw new ApiError(
      response.status,
      error?.extensions?.code,
      `${error?.message ?? 'no data'}${retry ? ` (retry after ${retry} s)` : ''}`,
    );
  }
  return { data: body.data, rateLimit: body.extensions?.rateLimit, remainingHeader: response.headers.get('ratelimit') };
}

async function main(): Promise<void> {
  const competitors = await execute(CompetitorCompaniesFirstPageDocument, {});
  // Typed: `companies.edges[].node.name` is a string, `totalCount` a number.
  const names = competitors.data.companies.edges.map((edge) => edge.node.name);
  process.stdout.write(`competitors (${competitors.data.companies.totalCount}): ${names.join(', ')}\n`);

  const services = await execute(IijServicesByBusinessLineDocument, {});
  const lines = services.data.company?.businessLines ?? [];
  for (const line of lines) {
    process.stdout.write(`${line.name}: ${line.services.map((service) => service.name).join(', ')}\n`);
  }
  const budget = services.rateLimit;
  if (budget) {
    process.stdout.write(
      `budget: cost ${budget.cost}, ${budget.remaining} of ${budget.limit} left (full at ${budget.resetAt}); RateLimit: ${services.remainingHeader}\n`,
    );
  }
}

main().catch((error: unknown) => {
  const code = error instanceof ApiError ? ` [${error.status} ${error.code ?? ''}]` : '';
  process.stderr.write(`error${code}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
