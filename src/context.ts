/**
 * The per-request context (codegen's `contextType`): the database seen through this request's
 * query observer, the caller's rights, and DataLoaders so each resolver level costs one batched
 * query however many parents it resolves for (no N+1).
 */
import { randomUUID } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import DataLoader from 'dataloader';
import { ANONYMOUS, type Auth } from './auth.js';
import type { Database, QueryEvent } from './db/database.js';
import { LookaheadState, type PrefetchMode } from './lookahead/lookahead.js';
import * as awards from './awards/awardRepository.js';
import * as companies from './companies/companyRepository.js';
import * as customers from './customers/customerRepository.js';
import * as dataCenters from './dataCenters/dataCenterRepository.js';
import * as documents from './documents/documentRepository.js';
import * as financials from './financials/financialRepository.js';
import * as offerings from './offerings/offeringRepository.js';

type Batch<V> = (keys: readonly string[]) => Promise<V[]>;
const loader = <V>(batch: Batch<V>) => new DataLoader<string, V>(batch);

/** One loader per distinct parameter set (e.g. a filter), each batching over keys. */
function loaderFamily<P, V>(batch: (keys: readonly string[], params: P) => Promise<V[]>) {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (params: P): DataLoader<string, V> => {
    const id = JSON.stringify(params);
    let l = loaders.get(id);
    if (!l) {
      l = loader((keys) => batch(keys, params));
      loaders.set(id, l);
    }
    return l;
  };
}

export function createLoaders(db: Database) {
  return {
    companyByKey: loader((keys) => companies.companiesByKeys(db, keys)),
    rolesByCompany: loader((keys) => companies.rolesByCompanyKeys(db, keys)),
    companyRelations: loaderFamily((keys, kind: companies.CompanyRelationKind) =>
      companies.relationsByCompanyKeys(db, kind, keys),
    ),
    statementsByCompany: loaderFamily((keys, kind: string | null) => companies.statementsByCompanyKeys(db, keys, kind)),
    documentByKey: loader((keys) => documents.documentsByKeys(db, keys)),
    documentsByIssuer: loader((keys) => documents.documentsByIssuerKeys(db, keys)),
    sectionsByDocument: loader((keys) => documents.sectionsByDocumentKeys(db, keys)),
    provenanceByEntity: loader((keys) => documents.provenanceByEntityKeys(db, keys)),
    sourceById: loader((keys) => documents.sourcesByIds(db, keys)),
    factByKey: loader((keys) => financials.factsByKeys(db, keys)),
    factsByCompany: loaderFamily((keys, filter: financials.FactFilter) =>
      financials.factsByCompanyKeys(db, keys, filter),
    ),
    factsByDocument: loader((keys) => financials.factsByDocumentKeys(db, keys)),
    periodByKey: loader((keys) => financials.periodsByKeys(db, keys)),
    offeringByKey: loader((keys) => offerings.offeringsByKeys(db, keys)),
    offeringLists: loaderFamily((keys, kind: offerings.OfferingListKind) =>
      offerings.offeringListsByKeys(db, kind, keys),
    ),
    subscribersByOffering: loader((keys) => offerings.subscribersByOfferingKeys(db, keys)),
    dataCenterByKey: loader((keys) => dataCenters.dataCentersByKeys(db, keys)),
    dataCentersByOperator: loader((keys) => dataCenters.dataCentersByOperatorKeys(db, keys)),
    segmentByKey: loader((keys) => customers.segmentsByKeys(db, keys)),
    segmentsByCompany: loader((keys) => customers.segmentsByCompanyKeys(db, keys)),
    targetSegmentsByCompany: loader((keys) => customers.targetSegmentsByCompanyKeys(db, keys)),
    memberKeysBySegment: loader((keys) => customers.memberKeysBySegmentKeys(db, keys)),
    crossSellRateByKey: loader((keys) => customers.crossSellRatesByKeys(db, keys)),
    crossSellRatesBySegment: loader((keys) => customers.crossSellRatesBySegmentKeys(db, keys)),
    awardByKey: loader((keys) => awards.awardsByKeys(db, keys)),
    categoryByKey: loader((keys) => awards.categoriesByKeys(db, keys)),
    rankingByKey: loader((keys) => awards.rankingsByKeys(db, keys)),
    categoriesByAward: loader((keys) => awards.categoriesByAwardKeys(db, keys)),
    rankingsByAward: loader((keys) => awards.rankingsByAwardKeys(db, keys)),
    rankingsByCategory: loader((keys) => awards.rankingsByCategoryKeys(db, keys)),
    entriesByRanking: loader((keys) => awards.entriesByRankingKeys(db, keys)),
    entriesByCompany: loader((keys) => awards.entriesByCompanyKeys(db, keys)),
    winsByCompany: loader((keys) => awards.winsByCompanyKeys(db, keys)),
    winsByCategory: loader((keys) => awards.winsByCategoryKeys(db, keys)),
    winsByAward: loader((keys) => awards.winsByAwardKeys(db, keys)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  readonly requestId: string;
  readonly db: Database;
  readonly loaders: Loaders;
  readonly auth: Auth;
  /** Every Cypher query this request ran, in order (for logs and the no-N+1 tests). */
  readonly queries: QueryEvent[];
  /** How root resolvers load the subtree a query asks for (src/lookahead/). */
  readonly prefetch: PrefetchMode;
  /** Aborts at the request's deadline or when its client goes away: database calls and execution stop. */
  readonly signal: AbortSignal;
  /** The server's look-ahead caches and planning budget (src/lookahead/), shared by its requests. */
  readonly lookahead: LookaheadState<Loaders>;
}

const MAX_CALLS_LISTENING = 1_000;

export function createContext(
  baseDb: Database,
  options: {
    requestId?: string;
    auth?: Auth;
    onQuery?: (event: QueryEvent) => void;
    prefetch?: PrefetchMode;
    signal?: AbortSignal;
    lookahead?: LookaheadState<Loaders>;
  } = {},
): Context {
  const queries: QueryEvent[] = [];
  const signal = options.signal ?? new AbortController().signal;
  // Each database call in flight listens on the signal; a request runs dozens at once (no leak:
  // a call removes its listener when it ends).
  setMaxListeners(MAX_CALLS_LISTENING, signal);
  const db = baseDb
    .withObserver((event) => {
      queries.push(event);
      options.onQuery?.(event);
    })
    .withSignal(signal);
  return {
    requestId: options.requestId ?? randomUUID(),
    db,
    loaders: createLoaders(db),
    auth: options.auth ?? ANONYMOUS,
    queries,
    prefetch: options.prefetch ?? 'warm',
    signal,
    // Without a server's state (a context made by hand), nothing is looked ahead: loaders load level by level.
    lookahead: options.lookahead ?? new LookaheadState<Loaders>({}),
  };
}
