/**
 * The companies the graph knows, as the extractor matches text against them (`kg extract --graph`):
 * names, short names, aliases and fiscal calendars, read with the company repository in one query
 * and bounded. Curators adding a document about a company loaded earlier from any file — or
 * curated through the API — get its names and calendar without a seed/ file for it.
 */
import { companyNames } from '../companies/companyRepository.js';
import type { Database } from '../db/database.js';
import type { KnownCompany } from './companyMentions.js';

/** More names than this and the matcher's regular expressions stop being cheap. */
export const GRAPH_COMPANY_LIMIT = 100_000;

export async function knownCompaniesInGraph(db: Database): Promise<KnownCompany[]> {
  const found = await companyNames(db, GRAPH_COMPANY_LIMIT);
  return found.map((c) => ({
    id: c.key,
    name: c.name,
    shortName: c.shortName ?? undefined,
    aliases: c.aliases,
    fiscalYearEnd: c.fiscalYearEnd ?? undefined,
    fiscalYearNamedBy:
      c.fiscalYearNamedBy === 'start-year' || c.fiscalYearNamedBy === 'end-year' ? c.fiscalYearNamedBy : undefined,
    file: 'the graph',
  }));
}
