/**
 * Turns a validated fact file into the rows the writer UNWINDs: one list per statement, every value
 * normalized and every row carrying the id of the Source it cites. Pure, so the mapping is
 * unit-tested without a database.
 */
import { createHash } from 'node:crypto';
import { AMOUNT_SCALES, type FactFile, type PeriodRef, type SourceRef } from './factFileSchema.js';
import { rankedValueOf } from '../model/figures.js';
import { factKey, factRankKey } from './factKey.js';
import { periodId, resolvePeriod, type ResolvedPeriod } from './periods.js';
import { documentTime } from './documentTime.js';

type Props = Record<string, string | number | boolean | string[] | null>;

export interface SourceRow {
  id: string;
  documentId: string;
  sectionId: string;
  quote: string;
  note: string | null;
}

export interface EntityRow {
  id: string;
  props: Props;
  /** [field names, source id] pairs: which quote backs which properties. */
  provenance: { fields: string[]; sourceId: string }[];
}

export interface LinkRow {
  from: string;
  to: string;
  sourceId: string;
  props?: Props;
}

export interface GraphRows {
  documentId: string;
  document: Props;
  sections: Props[];
  sources: SourceRow[];
  companies: EntityRow[];
  businessLines: EntityRow[];
  services: EntityRow[];
  dataCenters: EntityRow[];
  segments: EntityRow[];
  awards: EntityRow[];
  awardCategories: EntityRow[];
  periods: Props[];
  links: Record<string, LinkRow[]>;
  crossSellRates: (Props & { segment: string; offeringA: string; offeringB: string })[];
  rankings: (Props & { award: string; category: string | null })[];
  rankingEntries: LinkRow[];
  winners: (LinkRow & { toLabel: 'Award' | 'AwardCategory' })[];
  /** One per fact the document states, by its identity key (shared with every other report of it). */
  facts: (Props & { company: string; period: string; offering: string | null })[];
  /** What this document says of each fact: one report per fact entry, `fact` its identity key. */
  reports: (Props & { fact: string })[];
  amounts: (Props & { report: string })[];
  comparisons: (Props & { report: string; basePeriod: string })[];
  explanations: (Props & { report: string })[];
  /** report id → identity keys of the facts it was derived from. */
  derivations: LinkRow[];
  statements: (Props & { company: string; period: string | null; about: string[] })[];
}

export function sourceId(documentId: string, ref: SourceRef): string {
  const digest = createHash('sha256')
    .update(`${ref.section}\u0000${ref.quote}\u0000${ref.note ?? ''}`)
    .digest('hex')
    .slice(0, 16);
  return `${documentId}#${digest}`;
}

function compact(props: Record<string, unknown>): Props {
  const out: Props = {};
  for (const [key, value] of Object.entries(props)) {
    out[key] = value === undefined ? null : (value as Props[string]);
  }
  return out;
}

export function buildGraphRows(file: FactFile, documentText: string): GraphRows {
  const documentId = file.document.id;
  const sources = new Map<string, SourceRow>();
  const cite = (ref: SourceRef): string => {
    const id = sourceId(documentId, ref);
    if (!sources.has(id)) {
      sources.set(id, {
        id,
        documentId,
        sectionId: `${documentId}#${ref.section}`,
        quote: ref.quote,
        note: ref.note ?? null,
      });
    }
    return id;
  };

  /** Props are backed by `source`, except the fields that cite their own. */
  const entity = (
    id: string,
    props: Record<string, unknown>,
    source: SourceRef,
    fieldSources: Record<string, SourceRef> | undefined,
  ): EntityRow => {
    const own = new Set(Object.keys(fieldSources ?? {}));
    const compacted = compact({ id, ...props });
    const mainFields = Object.keys(compacted).filter((k) => k !== 'id' && compacted[k] !== null && !own.has(k));
    return {
      id,
      props: compacted,
      provenance: [
        { fields: mainFields, sourceId: cite(source) },
        ...Object.entries(fieldSources ?? {}).map(([field, ref]) => ({ fields: [field], sourceId: cite(ref) })),
      ],
    };
  };

  const calendars = new Map(file.companies.map((c) => [c.id, c]));
  const periods = new Map<string, ResolvedPeriod>();
  const period = (company: string, ref: PeriodRef): string => {
    const resolved = resolvePeriod(company, ref, calendars.get(company) ?? {});
    periods.set(resolved.id, resolved);
    return resolved.id;
  };

  const links: Record<string, LinkRow[]> = {};
  const link = (type: string, row: LinkRow): void => {
    (links[type] ??= []).push(row);
  };

  const companies = file.companies.map((c) => {
    const row = entity(
      c.id,
      {
        name: c.name,
        shortName: c.shortName,
        aliases: c.aliases,
        aliasText: c.aliases.join(' '),
        kind: c.kind,
        country: c.country,
        fiscalYearEnd: c.fiscalYearEnd,
        fiscalYearNamedBy: c.fiscalYearNamedBy,
        description: c.description,
      },
      c.source,
      c.fieldSources,
    );
    return row;
  });

  const businessLines = file.businessLines.map((l) => {
    link('LINE_OF', { from: l.id, to: l.company, sourceId: cite(l.source) });
    if (l.parent) link('PART_OF', { from: l.id, to: l.parent, sourceId: cite(l.source) });
    return entity(
      l.id,
      { name: l.name, aliases: l.aliases, aliasText: l.aliases.join(' '), description: l.description },
      l.source,
      l.fieldSources,
    );
  });

  const services = file.services.map((s) => {
    const lineSource = s.fieldSources?.businessLine ?? s.source;
    link('OFFERED_BY', { from: s.id, to: s.company, sourceId: cite(s.source) });
    if (s.businessLine) link('IN_LINE', { from: s.id, to: s.businessLine, sourceId: cite(lineSource) });
    if (s.builtOn) link('BUILT_ON', { from: s.id, to: s.builtOn, sourceId: cite(s.fieldSources?.builtOn ?? s.source) });
    return entity(
      s.id,
      {
        name: s.name,
        aliases: s.aliases,
        aliasText: s.aliases.join(' '),
        description: s.description,
        launched: s.launched,
        bandwidthMin: s.bandwidth?.min,
        bandwidthMax: s.bandwidth?.max,
        bandwidthUnit: s.bandwidth?.unit,
      },
      s.source,
      renameFieldSources(s.fieldSources, { bandwidth: ['bandwidthMin', 'bandwidthMax', 'bandwidthUnit'] }),
    );
  });

  const dataCenters = file.dataCenters.map((d) => {
    link('OPERATED_BY', { from: d.id, to: d.operator, sourceId: cite(d.source) });
    return entity(
      d.id,
      {
        name: d.name,
        city: d.city,
        prefecture: d.prefecture,
        country: d.country,
        floors: d.floors,
        floorSpaceM2: d.floorSpace?.value,
        structure: d.structure,
        floorLoadValue: d.floorLoad?.value,
        floorLoadUnit: d.floorLoad?.unit,
        purpose: d.purpose,
      },
      d.source,
      renameFieldSources(d.fieldSources, {
        floorSpace: ['floorSpaceM2'],
        floorLoad: ['floorLoadValue', 'floorLoadUnit'],
      }),
    );
  });

  const segments = file.segments.map((s) => {
    link('SEGMENT_OF', { from: s.id, to: s.company, sourceId: cite(s.source) });
    const fieldSources = { ...(s.fieldSources ?? {}) };
    if (s.revenueShare) fieldSources.revenueShare = s.revenueShare.source;
    return entity(
      s.id,
      {
        name: s.name,
        kind: s.kind,
        size: s.size,
        revenueSharePercent: s.revenueShare?.value,
        revenueShareAsOf: s.revenueShare?.asOf,
        description: s.description,
      },
      s.source,
      renameFieldSources(fieldSources, { revenueShare: ['revenueSharePercent', 'revenueShareAsOf'] }),
    );
  });

  const crossSellRates = file.crossSellRates.map((r) => ({
    ...compact({
      id: r.id,
      documentId,
      ratePercent: r.rate.value,
      cohort: r.cohort,
      asOf: r.asOf,
      basis: 'reported',
      sourceId: cite(r.source),
    }),
    segment: r.segment,
    offeringA: r.offeringA,
    offeringB: r.offeringB,
  }));

  const awards: EntityRow[] = [];
  const awardCategories: EntityRow[] = [];
  const rankings: GraphRows['rankings'] = [];
  const rankingEntries: LinkRow[] = [];
  const winners: GraphRows['winners'] = [];
  for (const a of file.awards) {
    awards.push(entity(a.id, { name: a.name, edition: a.edition, published: a.published }, a.source, undefined));
    link('PUBLISHED_BY', { from: a.id, to: a.publisher, sourceId: cite(a.source) });
    for (const c of a.categories) {
      awardCategories.push(entity(c.id, { name: c.name }, c.source, undefined));
      link('CATEGORY_OF', { from: c.id, to: a.id, sourceId: cite(c.source) });
    }
    for (const r of a.rankings) {
      rankings.push({
        ...compact({ id: r.id, documentId, scope: r.scope, entriesListed: r.entriesListed, sourceId: cite(r.source) }),
        award: a.id,
        category: r.category ?? null,
      });
      r.entries.forEach((e, listedOrder) => {
        rankingEntries.push({
          from: r.id,
          to: e.company,
          sourceId: cite(e.source),
          props: { position: e.position, positionKnown: e.position !== null, listedOrder },
        });
      });
    }
    for (const w of a.winners) {
      winners.push({
        from: w.company,
        to: w.category ?? a.id,
        toLabel: w.category ? 'AwardCategory' : 'Award',
        sourceId: cite(w.source),
      });
    }
  }

  const facts: GraphRows['facts'] = [];
  const reports: GraphRows['reports'] = [];
  const amounts: GraphRows['amounts'] = [];
  const comparisons: GraphRows['comparisons'] = [];
  const explanations: GraphRows['explanations'] = [];
  const derivations: LinkRow[] = [];
  // Fact ids are handles within this file; the graph knows a fact by its identity key.
  const factKeys = new Map(file.facts.map((f) => [f.id, factKey(f)]));
  for (const f of file.facts) {
    const key = factKeys.get(f.id)!;
    const reportId = `${documentId}#${f.id}`;
    const factSource = cite(f.source);
    const factPeriod = period(f.company, f.period);
    facts.push({
      ...compact({
        id: key,
        metric: f.metric,
        basis: f.basis,
        // Company-wide figures of a quarter or a fiscal year, ranked by metricRanking: see docs/MODEL.md.
        rankKey: factRankKey(f) ?? undefined,
      }),
      company: f.company,
      period: factPeriod,
      offering: f.offering ?? null,
    });
    reports.push({
      ...compact({
        id: reportId,
        documentId,
        handle: f.id,
        approximate: f.approximate,
        formula: f.derivation?.formula,
        sourceId: factSource,
      }),
      fact: key,
    });
    f.amounts.forEach((a, index) => {
      const scale = AMOUNT_SCALES[a.scale];
      const baseValue = a.value === undefined ? undefined : a.value * scale;
      const baseLow = a.low === undefined ? undefined : a.low * scale;
      const baseHigh = a.high === undefined ? undefined : a.high * scale;
      amounts.push({
        ...compact({
          id: `${reportId}#amount-${index}`,
          documentId,
          position: index,
          unit: a.unit,
          scale: a.scale,
          value: a.value,
          low: a.low,
          high: a.high,
          bound: a.bound,
          // The same number in units (e.g. 10.6 billion → 1.06e10): comparable across facts.
          baseValue,
          baseLow,
          baseHigh,
          rankedValue: rankedValueOf({ baseValue, baseLow, baseHigh }) ?? undefined,
        }),
        report: reportId,
      });
    });
    f.comparisons.forEach((c, index) => {
      // "Unchanged" states its figure: no change at all.
      const change = c.change ?? (c.direction === 'unchanged' ? { value: 0, unit: 'percent' as const } : undefined);
      comparisons.push({
        ...compact({
          id: `${reportId}#comparison-${index}`,
          documentId,
          kind: c.kind,
          direction: c.direction,
          changeValue: change?.value,
          changeUnit: change?.unit,
          sourceId: cite(c.source),
        }),
        report: reportId,
        basePeriod: period(f.company, c.basePeriod),
      });
    });
    f.explanations.forEach((x, index) => {
      explanations.push({
        ...compact({ id: `${reportId}#explanation-${index}`, documentId, text: x.text, sourceId: cite(x.source) }),
        report: reportId,
      });
    });
    for (const from of f.derivation?.from ?? []) {
      derivations.push({ from: reportId, to: factKeys.get(from) ?? from, sourceId: factSource });
    }
  }

  const statements = file.statements.map((s) => ({
    ...compact({ id: s.id, documentId, kind: s.kind, text: s.text, sourceId: cite(s.source) }),
    company: s.company,
    period: s.period ? period(s.company, s.period) : null,
    about: s.about.map((id) => factKeys.get(id) ?? id),
  }));

  for (const r of file.relationships) {
    link(r.type, {
      from: r.from,
      to: r.to,
      sourceId: cite(r.source),
      props: compact({ since: r.since, description: r.description }),
    });
  }

  const sections = file.sections.map((s, index) =>
    compact({
      id: `${documentId}#${s.id}`,
      documentId,
      key: s.id,
      position: index,
      number: s.number,
      title: s.title,
      note: s.note,
    }),
  );

  const issuerCalendar = calendars.get(file.document.issuer) ?? {};
  const reportsOn = file.document.reportsOn
    ? resolvePeriod(file.document.issuer, file.document.reportsOn, issuerCalendar)
    : undefined;
  if (reportsOn) periods.set(reportsOn.id, reportsOn);
  const published = file.document.published;
  const time = documentTime(published?.date, reportsOn?.endDate ?? null);

  return {
    documentId,
    document: compact({
      id: documentId,
      title: file.document.title,
      kind: file.document.kind,
      file: file.document.file,
      issuer: file.document.issuer,
      language: file.document.language,
      copyright: file.document.copyright,
      // Kept so curated facts' quotes can be checked against it, and for reading in Neo4j Browser.
      text: documentText,
      reportsOn: file.document.reportsOn ? periodId(file.document.issuer, file.document.reportsOn) : undefined,
      published: published?.date,
      publishedPrecision: time.precision,
      publishedNote: published?.note,
      publishedSourceId: published?.source ? cite(published.source) : undefined,
      knownFrom: time.knownFrom,
      orderedBy: time.orderedBy,
    }),
    sections,
    sources: [...sources.values()],
    companies,
    businessLines,
    services,
    dataCenters,
    segments,
    awards,
    awardCategories,
    periods: [...periods.values()].map((p) => compact({ ...p })),
    links,
    crossSellRates,
    rankings,
    rankingEntries,
    winners,
    facts,
    reports,
    amounts,
    comparisons,
    explanations,
    derivations,
    statements,
  };
}

/** A file field such as `floorSpace` is stored as several properties; its source backs all of them. */
function renameFieldSources(
  fieldSources: Record<string, SourceRef> | undefined,
  renames: Record<string, string[]>,
): Record<string, SourceRef> | undefined {
  if (!fieldSources) return undefined;
  const out: Record<string, SourceRef> = {};
  for (const [field, ref] of Object.entries(fieldSources)) {
    for (const name of renames[field] ?? [field]) out[name] = ref;
  }
  return out;
}
