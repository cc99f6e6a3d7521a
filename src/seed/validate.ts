/**
 * Checks across the entries of a fact file that a schema cannot express: unique ids, references
 * that resolve, quotes that occur in the document, periods that can be placed. Pure.
 */
import type { FactFile, SourceRef } from './factFileSchema.js';
import { factKey } from './factKey.js';
import type { FactFileProblem } from './errors.js';
import { collapseWhitespace, QuoteIndex } from './text.js';

type Problem = Omit<FactFileProblem, 'file'>;

export function checkFactFile(file: FactFile, documentText: string): Problem[] {
  const problems: Problem[] = [];
  const quotes = new QuoteIndex(collapseWhitespace(documentText));
  const sectionIds = new Set(file.sections.map((s) => s.id));

  const checkSource = (entry: string, field: string, source: SourceRef | undefined): void => {
    if (!source) return;
    if (!sectionIds.has(source.section)) {
      problems.push({ entry, field: `${field}.section`, message: `unknown section "${source.section}"` });
    }
    if (!quotes.contains(source.quote)) {
      problems.push({ entry, field: `${field}.quote`, message: `quote not found in the document: "${source.quote}"` });
    }
  };

  const ids = new Map<string, string>();
  const declare = (kind: string, id: string, entry: string): void => {
    const previous = ids.get(id);
    if (previous) problems.push({ entry, field: 'id', message: `id "${id}" is already used by ${previous}` });
    else ids.set(id, `${kind} ${entry}`);
  };

  const companies = new Set(file.companies.map((c) => c.id));
  const lines = new Set(file.businessLines.map((l) => l.id));
  const services = new Set(file.services.map((s) => s.id));
  const segments = new Set(file.segments.map((s) => s.id));
  const facts = new Set(file.facts.map((f) => f.id));
  const dataCenters = new Set(file.dataCenters.map((d) => d.id));
  const awards = new Set(file.awards.map((a) => a.id));
  const offerings = new Set([...lines, ...services]);
  const anything = new Set([
    ...ids.keys(),
    ...companies,
    ...offerings,
    ...segments,
    ...facts,
    ...dataCenters,
    ...awards,
  ]);

  const mustExist = (entry: string, field: string, id: string | undefined, pool: Set<string>, what: string): void => {
    if (id !== undefined && !pool.has(id)) {
      problems.push({ entry, field, message: `unknown ${what} "${id}" (define it in this file)` });
    }
  };

  checkSource('document', 'source', file.document.source);
  checkSource('document', 'published.source', file.document.published?.source);
  mustExist('document', 'issuer', file.document.issuer, companies, 'company');

  const sectionSeen = new Set<string>();
  file.sections.forEach((s, i) => {
    if (sectionSeen.has(s.id))
      problems.push({ entry: `sections[${i}]`, field: 'id', message: `duplicate section "${s.id}"` });
    sectionSeen.add(s.id);
  });

  const checkFieldSources = (
    entry: string,
    entity: object & { fieldSources?: Record<string, SourceRef> | undefined },
  ): void => {
    for (const [field, source] of Object.entries(entity.fieldSources ?? {})) {
      if (!(field in entity) || field === 'fieldSources' || field === 'source') {
        problems.push({
          entry,
          field: `fieldSources.${field}`,
          message: `cites "${field}", which this entry does not have`,
        });
      }
      checkSource(entry, `fieldSources.${field}`, source);
    }
  };

  file.companies.forEach((c, i) => {
    const entry = `companies[${i}] (${c.id})`;
    declare('company', c.id, entry);
    checkSource(entry, 'source', c.source);
    checkFieldSources(entry, c);
  });
  file.businessLines.forEach((l, i) => {
    const entry = `businessLines[${i}] (${l.id})`;
    declare('business line', l.id, entry);
    mustExist(entry, 'company', l.company, companies, 'company');
    mustExist(entry, 'parent', l.parent, lines, 'business line');
    checkSource(entry, 'source', l.source);
    checkFieldSources(entry, l);
  });
  file.services.forEach((s, i) => {
    const entry = `services[${i}] (${s.id})`;
    declare('service', s.id, entry);
    mustExist(entry, 'company', s.company, companies, 'company');
    mustExist(entry, 'businessLine', s.businessLine, lines, 'business line');
    mustExist(entry, 'builtOn', s.builtOn, services, 'service');
    checkSource(entry, 'source', s.source);
    checkFieldSources(entry, s);
  });
  file.dataCenters.forEach((d, i) => {
    const entry = `dataCenters[${i}] (${d.id})`;
    declare('data center', d.id, entry);
    mustExist(entry, 'operator', d.operator, companies, 'company');
    checkSource(entry, 'source', d.source);
    checkFieldSources(entry, d);
  });
  file.segments.forEach((s, i) => {
    const entry = `segments[${i}] (${s.id})`;
    declare('segment', s.id, entry);
    mustExist(entry, 'company', s.company, companies, 'company');
    checkSource(entry, 'source', s.source);
    checkSource(entry, 'revenueShare.source', s.revenueShare?.source);
    checkFieldSources(entry, s);
  });
  file.crossSellRates.forEach((r, i) => {
    const entry = `crossSellRates[${i}] (${r.id})`;
    declare('cross-sell rate', r.id, entry);
    mustExist(entry, 'segment', r.segment, segments, 'segment');
    mustExist(entry, 'offeringA', r.offeringA, offerings, 'business line or service');
    mustExist(entry, 'offeringB', r.offeringB, offerings, 'business line or service');
    checkSource(entry, 'source', r.source);
  });
  file.awards.forEach((a, i) => {
    const entry = `awards[${i}] (${a.id})`;
    declare('award', a.id, entry);
    mustExist(entry, 'publisher', a.publisher, companies, 'company');
    checkSource(entry, 'source', a.source);
    const categories = new Set(a.categories.map((c) => c.id));
    a.categories.forEach((c, j) => {
      declare('award category', c.id, `${entry} categories[${j}]`);
      checkSource(entry, `categories[${j}].source`, c.source);
    });
    a.rankings.forEach((r, j) => {
      const where = `rankings[${j}]`;
      declare('ranking', r.id, `${entry} ${where}`);
      mustExist(entry, `${where}.category`, r.category, categories, 'category of this award');
      checkSource(entry, `${where}.source`, r.source);
      if (r.entries.length > r.entriesListed) {
        problems.push({
          entry,
          field: `${where}.entriesListed`,
          message: `${r.entries.length} entries but entriesListed is ${r.entriesListed}`,
        });
      }
      r.entries.forEach((e, k) => {
        mustExist(entry, `${where}.entries[${k}].company`, e.company, companies, 'company');
        checkSource(entry, `${where}.entries[${k}].source`, e.source);
        if (e.position !== null) {
          if (e.position > r.entriesListed) {
            problems.push({
              entry,
              field: `${where}.entries[${k}].position`,
              message: `position ${e.position} is beyond entriesListed ${r.entriesListed}`,
            });
          }
        }
      });
    });
    a.winners.forEach((w, j) => {
      mustExist(entry, `winners[${j}].company`, w.company, companies, 'company');
      mustExist(entry, `winners[${j}].category`, w.category, categories, 'category of this award');
      checkSource(entry, `winners[${j}].source`, w.source);
    });
  });
  // One document states a figure once: two entries of the same company, metric, offering, period
  // and basis would be two reports of one fact in one document, with nothing to say which counts.
  const identities = new Map<string, string>();
  file.facts.forEach((f, i) => {
    const entry = `facts[${i}] (${f.id})`;
    declare('fact', f.id, entry);
    const key = factKey(f);
    const twin = identities.get(key);
    if (twin) {
      problems.push({
        entry,
        field: 'id',
        message: `states the same figure as ${twin} (company, metric, offering, period and basis are all equal); a document reports a figure once`,
      });
    } else identities.set(key, entry);
    mustExist(entry, 'company', f.company, companies, 'company');
    mustExist(entry, 'offering', f.offering, offerings, 'business line or service');
    checkSource(entry, 'source', f.source);
    f.comparisons.forEach((c, j) => checkSource(entry, `comparisons[${j}].source`, c.source));
    f.explanations.forEach((x, j) => checkSource(entry, `explanations[${j}].source`, x.source));
    f.derivation?.from.forEach((id, j) => mustExist(entry, `derivation.from[${j}]`, id, facts, 'fact'));
    if (f.derivation?.from.includes(f.id)) {
      problems.push({ entry, field: 'derivation.from', message: 'a fact cannot be derived from itself' });
    }
    // A per-share (or per-unit) figure is printed in the currency itself: "¥48.20", never millions of it.
    if (/Per(?:Share|Unit)$/.test(f.metric) && f.amounts.some((a) => a.scale !== 'one')) {
      problems.push({
        entry,
        field: 'amounts',
        message: `${f.metric} is a per-share figure: its scale is "one" (the value as printed, in the currency or its cents)`,
      });
    }
    const units = f.amounts.map((a) => a.unit);
    if (new Set(units).size !== units.length) {
      problems.push({ entry, field: 'amounts', message: `two amounts in the same unit (${units.join(', ')})` });
    }
  });
  file.statements.forEach((s, i) => {
    const entry = `statements[${i}] (${s.id})`;
    declare('statement', s.id, entry);
    mustExist(entry, 'company', s.company, companies, 'company');
    s.about.forEach((id, j) => mustExist(entry, `about[${j}]`, id, anything, 'entity'));
    checkSource(entry, 'source', s.source);
  });
  file.relationships.forEach((r, i) => {
    const entry = `relationships[${i}] (${r.type} ${r.from} → ${r.to})`;
    const [toPool, what] =
      r.type === 'TARGETS' || r.type === 'MEMBER_OF'
        ? [segments, 'segment']
        : r.type === 'SUBSCRIBES_TO'
          ? [offerings, 'business line or service']
          : [companies, 'company'];
    mustExist(entry, 'from', r.from, companies, 'company');
    mustExist(entry, 'to', r.to, toPool, what);
    checkSource(entry, 'source', r.source);
  });
  return problems;
}
