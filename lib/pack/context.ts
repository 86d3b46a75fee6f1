/**
 * The context shown for one claim, computed from its pack family and the article's date: what
 * had been claimed before, which history entry the claim restates, what came after, reference
 * figures as they stood at the time, and plain comparisons. Pure and date-aware: an article from
 * 2017 is not shown IISS's 2024 figures as if they were current when an older figure exists.
 */
import type { Claim, ParsedFigure } from '../types';
import {
  compareIsoDates,
  daysApart,
  type DayInterval,
  parseIsoDate,
  relateDates,
} from './date-intervals';
import { describeHistoryComparison, describeReferenceComparison } from './comparison-wording';
import type {
  ClaimContext,
  Comparison,
  Development,
  Family,
  HistoryEntry,
  Pack,
  PackFigure,
  ReferenceFigure,
} from './schema';

/** A claim restates a history entry when its figure is within this share of the entry's ... */
const FIGURE_TOLERANCE = 0.05;
/** ... and the article appeared within this many days of the entry's date. */
const DATE_WINDOW_DAYS = 14;
/** Window for claims without figures, matched on date alone. */
const FIGURELESS_WINDOW_DAYS = 3;

/**
 * Nouns that make a figure a count of people, in the pack languages we ship. The family's own
 * figure units (e.g. "warships") are added per family, so nothing here is topic-specific.
 */
const PEOPLE_UNITS = new Set(
  [
    'people',
    'persons',
    'person',
    'troops',
    'troop',
    'soldiers',
    'soldier',
    'youths',
    'youth',
    'volunteers',
    'students',
    'men',
    'women',
    'workers',
    'citizens',
    'personnel',
    'sailors',
    'recruits',
    'applicants',
    'members',
    'officers',
    'fighters',
    'servicemen',
    'deserters',
    'prisoners',
    'casualties',
    'civilians',
    'reservists',
    'forces',
    'menschen',
    'personen',
    'soldaten',
    'freiwillige',
    'jugendliche',
    'truppen',
    'kämpfer',
    'personnes',
    'soldats',
    'jeunes',
    'volontaires',
    'troupes',
    'militaires',
    '명',
    '병력',
    '장병',
    '군인',
    '청년',
  ].map(stem),
);

/** Lower case, without a plural -s, so "Troops" and "troop" compare equal. */
function stem(unit: string): string {
  const lower = unit.toLowerCase().trim();
  return lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

/** The family with this id, if the pack has it. */
export function familyOf(pack: Pack, id: string | undefined): Family | undefined {
  return id === undefined ? undefined : pack.families.find((family) => family.id === id);
}

/** The family id most claims on a page belong to (first seen wins a tie); for the popup. */
export function mainFamily(claims: readonly Pick<Claim, 'familyId'>[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const claim of claims) {
    if (claim.familyId === undefined) continue;
    const count = (counts.get(claim.familyId) ?? 0) + 1;
    counts.set(claim.familyId, count);
    if (best === undefined || count > (counts.get(best) ?? 0)) best = claim.familyId;
  }
  return best;
}

/** Accepts YYYY, YYYY-MM, YYYY-MM-DD, or a full timestamp (cut to its day); else undefined. */
function normaliseArticleDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  const day = /^\d{4}-\d{2}-\d{2}T/.test(trimmed) ? trimmed.slice(0, 10) : trimmed;
  return parseIsoDate(day) ? day : undefined;
}

function interval(date: string): DayInterval {
  // Pack dates are validated; the fallback only keeps an unvalidated pack from throwing.
  return parseIsoDate(date) ?? { start: Number.NaN, end: Number.NaN, precision: 'day' };
}

function byDate<T extends { date: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareIsoDates(a.date, b.date));
}

function figureMatches(claimed: number, figure: PackFigure): boolean {
  if (figure.value === 0) return claimed === 0;
  return Math.abs(claimed - figure.value) / figure.value <= FIGURE_TOLERANCE;
}

/**
 * The history entry the claim restates, or undefined. A claim with figures matches an entry of
 * the same claimant kind whose figure is within 5 %, dated within 14 days of the article; a
 * claim without figures (a denial, an accusation) matches a figure-less entry of the same kind
 * within 3 days, since without a number the date is all there is to go on.
 */
function findCurrent(
  claim: Claim,
  family: Family,
  article: DayInterval | undefined,
): HistoryEntry | undefined {
  const hasFigures = claim.figures.length > 0;
  const candidates = family.history.filter((entry) => {
    if (entry.claimantKind !== claim.kind) return false;
    const { figure } = entry;
    if (!hasFigures) return figure === undefined;
    return figure !== undefined && claim.figures.some((f) => figureMatches(f.value, figure));
  });
  if (article) {
    const window = hasFigures ? DATE_WINDOW_DAYS : FIGURELESS_WINDOW_DAYS;
    let best: HistoryEntry | undefined;
    let bestGap = Infinity;
    for (const entry of candidates) {
      const gap = daysApart(interval(entry.date), article);
      if (gap <= window && gap < bestGap) {
        best = entry;
        bestGap = gap;
      }
    }
    return best;
  }
  // Undated article: a year written in the claim sentence picks between equal figures
  // (1.4 million in 2023 and in 2024); without one, only an unambiguous match counts.
  const years = new Set(claim.text.match(/\b(?:19|20)\d{2}\b/g) ?? []);
  const inYear =
    years.size > 0 ? candidates.filter((e) => years.has(e.date.slice(0, 4))) : candidates;
  return inYear.length === 1 ? inYear[0] : undefined;
}

/** The claim's main figure: the largest count of people (or of the family's own units). */
function mainFigure(
  claim: Claim,
  family: Family,
  current: HistoryEntry | undefined,
): number | undefined {
  const familyUnits = new Set(
    [
      ...family.history.flatMap((e) => (e.figure ? [e.figure.unit] : [])),
      ...family.references.map((r) => r.figure.unit),
    ].map(stem),
  );
  const largest = (figures: ParsedFigure[]): number | undefined =>
    figures.length === 0 ? undefined : Math.max(...figures.map((f) => f.value));
  const counted = claim.figures.filter(
    (f) =>
      f.unit !== undefined && (PEOPLE_UNITS.has(stem(f.unit)) || familyUnits.has(stem(f.unit))),
  );
  return (
    largest(counted) ??
    largest(claim.figures.filter((f) => f.unit === undefined)) ??
    current?.figure?.value
  );
}

/** The reference figures in force at the article's date: per publisher and label, the latest
 * `asOf` not after it; when a series only starts later, its earliest figure (the card shows
 * the as-of date). Undated: the latest of each series. */
function selectReferences(
  pool: ReferenceFigure[],
  article: DayInterval | undefined,
): Map<string, ReferenceFigure> {
  const series = new Map<string, ReferenceFigure[]>();
  for (const ref of pool) {
    const key = `${ref.publisher}\u0000${ref.label}`;
    series.set(key, [...(series.get(key) ?? []), ref]);
  }
  const chosen = new Map<string, ReferenceFigure>();
  for (const [key, refs] of series) {
    const sorted = [...refs].sort((a, b) => compareIsoDates(a.asOf, b.asOf));
    const notAfter = article ? sorted.filter((r) => interval(r.asOf).start <= article.end) : sorted;
    const pick = notAfter.length > 0 ? notAfter[notAfter.length - 1] : sorted[0];
    if (pick) chosen.set(key, pick);
  }
  return chosen;
}

function seriesKey(ref: ReferenceFigure): string {
  return `${ref.publisher}\u0000${ref.label}`;
}

/** Every reference figure of the pack, by id (compareWith may name another family's). */
function referencesById(pack: Pack): Map<string, ReferenceFigure> {
  return new Map(pack.families.flatMap((f) => f.references.map((r) => [r.id, r] as const)));
}

function compare(
  value: number | undefined,
  compareWith: ReferenceFigure[],
  previous: HistoryEntry | undefined,
): Comparison[] {
  if (value === undefined) return [];
  const comparisons: Comparison[] = [];
  for (const ref of compareWith) {
    if (ref.figure.value <= 0) continue;
    const ratio = value / ref.figure.value;
    comparisons.push({ against: ref.id, ratio, text: describeReferenceComparison(ratio, ref) });
  }
  if (previous?.figure && previous.figure.value > 0) {
    const ratio = value / previous.figure.value;
    const entry = previous as HistoryEntry & { figure: PackFigure };
    comparisons.push({
      against: previous.id,
      ratio,
      text: describeHistoryComparison(ratio, entry),
    });
  }
  return comparisons;
}

/**
 * Builds the card's context for one claim from its family in `pack`.
 *
 * With an article date: `earlier` holds the family's claims not after it, `current` the entry
 * the claim restates (same claimant kind, figure within 5 %, date within 14 days), `laterClaims`
 * the claims after it and `developments` those not clearly before it (a development dated only
 * "2024-10" may follow an article of 16 October). Without one, `earlier` is the whole history,
 * `developments` all developments, and references the latest; the card labels all by date.
 * Comparisons use the claim's largest people figure (or the current entry's): against each
 * `compareWith` reference as of the date, and against the family's previous figure.
 */
export function buildContext(
  claim: Claim,
  pack: Pack,
  articleDate: string | undefined,
  articleCaveats: string[],
): ClaimContext {
  const date = normaliseArticleDate(articleDate);
  const article = date === undefined ? undefined : parseIsoDate(date);
  const base: ClaimContext = {
    pack: { id: pack.id, title: pack.title, version: pack.version, updated: pack.updated },
    articleDate: date,
    earlier: [],
    laterClaims: [],
    developments: [],
    references: [],
    comparisons: [],
    articleCaveats: [...articleCaveats],
    agencyCaveats: [],
  };
  const family = familyOf(pack, claim.familyId);
  if (!family) return base;

  const current = findCurrent(claim, family, article);
  const history = byDate(family.history).filter((entry) => entry !== current);
  const earlier = article
    ? history.filter((e) => relateDates(interval(e.date), article) !== 'after')
    : history;
  const laterClaims = article
    ? history.filter((e) => relateDates(interval(e.date), article) === 'after')
    : [];
  const developments: Development[] = byDate(family.developments).filter(
    (d) => !article || relateDates(interval(d.date), article) !== 'before',
  );

  const all = referencesById(pack);
  const compareIds = family.compareWith ?? [];
  const pool = [...family.references];
  for (const id of compareIds) {
    const ref = all.get(id);
    if (ref && !pool.includes(ref)) pool.push(ref);
  }
  const selected = selectReferences(pool, article);
  const references = pool.filter((ref) => selected.get(seriesKey(ref)) === ref);
  const compareWith = [
    ...new Set(
      compareIds.flatMap((id) => {
        const ref = all.get(id);
        const inForce = ref ? selected.get(seriesKey(ref)) : undefined;
        return inForce ? [inForce] : [];
      }),
    ),
  ];

  // The previous figure is the last one before the restated entry, or before the article.
  const before = current
    ? history.filter((e) => compareIsoDates(e.date, current.date) < 0)
    : article
      ? earlier
      : [];
  const withFigure = before.filter((e) => e.figure !== undefined);
  const sameKind = withFigure.filter((e) => e.claimantKind === claim.kind);
  const previous = (sameKind.length > 0 ? sameKind : withFigure).at(-1);

  return {
    ...base,
    family: { id: family.id, title: family.title },
    earlier,
    current,
    laterClaims,
    developments,
    references,
    comparisons: compare(mainFigure(claim, family, current), compareWith, previous),
    agencyCaveats: [...family.caveats],
  };
}
