/** Companies: lookup by key, name or alias. */
import type { Database, NamedQuery } from '../db/database.js';

export interface CompanyRecord {
  nodeType: 'Company';
  key: string;
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: string;
  country: string | null;
  fiscalYearEnd: string | null;
}

export const COMPANY_PROJECTION = `c { nodeType: 'Company', key: c.id, .name, .shortName, aliases: coalesce(c.aliases, []), .kind, .country, .fiscalYearEnd }`;

const COMPANIES_BY_KEYS: NamedQuery = {
  name: 'companies.byKeys',
  cypher: `UNWIND $keys AS key
    MATCH (c:Company {id: key})
    RETURN ${COMPANY_PROJECTION} AS company`,
};

/**
 * Exact key first; then a case-insensitive match on name, short name or any alias. Several
 * matches are ordered so the answer is deterministic: key, then short name, then name, then alias.
 */
const FIND_COMPANY: NamedQuery = {
  name: 'companies.find',
  cypher: `WITH toLower($text) AS t
    MATCH (c:Company)
    WHERE c.id = t OR toLower(c.name) = t OR toLower(c.shortName) = t
       OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) = t)
    WITH c, CASE WHEN c.id = t THEN 0 WHEN toLower(c.shortName) = t THEN 1 WHEN toLower(c.name) = t THEN 2 ELSE 3 END AS rank
    ORDER BY rank, c.id
    LIMIT 1
    RETURN ${COMPANY_PROJECTION} AS company`,
};

export async function companiesByKeys(db: Database, keys: readonly string[]): Promise<(CompanyRecord | null)[]> {
  const rows = await db.read(COMPANIES_BY_KEYS, { keys });
  const byKey = new Map(rows.map((r) => [(r.company as CompanyRecord).key, r.company as CompanyRecord]));
  return keys.map((k) => byKey.get(k) ?? null);
}

export async function findCompany(db: Database, text: string): Promise<CompanyRecord | null> {
  const [row] = await db.read(FIND_COMPANY, { text: text.trim() });
  return (row?.company as CompanyRecord | undefined) ?? null;
}
