/**
 * The pack validator. Packs come from our repo and from files readers import, so everything is
 * checked before a pack is used.
 *
 * Why our own small validator rather than a JSON-schema library: we want every error at once,
 * each with an exact JSON path a pack author can find (`families[2].history[0].sources[0].url`);
 * the important rules are domain rules a generic schema does not express (real calendar dates,
 * chronological history, ids unique across the pack, cross-references, quotation length and
 * speaker); and nothing extra ends up in the extension bundle.
 */
import { CLAIM_KINDS } from '../types';
import { compareIsoDates, isIsoDate } from './date-intervals';
import { HEDGES, STATUSES } from './enums';
import { ARRAY_LIMITS, MAX_QUOTE_WORDS, STRING_LIMITS } from './limits';
import { countWords } from './quotes';
import type { Pack } from './schema';

export { MAX_PACK_BYTES, packSizeOk } from './limits';

/** One problem, at one place in the pack. */
export interface PackError {
  /** JSON path, e.g. `families[2].history[0].sources[0].url` (empty for the root). */
  path: string;
  message: string;
}

export type PackValidation = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

type Obj = Record<string, unknown>;
type StringKind = keyof typeof STRING_LIMITS;
type ArrayKind = keyof typeof ARRAY_LIMITS;

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE = /^[a-z]{2}$/;
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** Accumulates errors while walking the raw value; every check reports and carries on. */
class Walker {
  readonly errors: PackError[] = [];
  /** id -> path of its first use, for pack-wide uniqueness. */
  readonly ids = new Map<string, string>();
  /** Reference ids, and `compareWith` uses to resolve once all families are read. */
  readonly referenceIds = new Set<string>();
  readonly compareUses: { id: string; path: string }[] = [];
  languages: string[] = [];

  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** A plain object with exactly the allowed keys; undefined (and reported) otherwise. */
  object(
    value: unknown,
    path: string,
    required: string[],
    optional: string[] = [],
  ): Obj | undefined {
    if (value === undefined) return undefined; // a missing required key is reported by object()
    if (!isPlainObject(value)) {
      this.fail(path, `must be an object, got ${describe(value)}`);
      return undefined;
    }
    for (const key of required) {
      if (!(key in value) || value[key] === undefined) this.fail(join(path, key), 'is required');
    }
    const allowed = new Set([...required, ...optional]);
    for (const key of Object.keys(value)) {
      if (!allowed.has(key))
        this.fail(join(path, key), 'unknown key (packs may only contain schema fields)');
    }
    return value;
  }

  string(value: unknown, path: string, kind: StringKind): string | undefined {
    if (value === undefined) return undefined; // a missing required key is reported by object()
    if (typeof value !== 'string') {
      this.fail(path, `must be a string, got ${describe(value)}`);
      return undefined;
    }
    if (value.trim() === '') {
      this.fail(path, 'must not be empty');
      return undefined;
    }
    const limit = STRING_LIMITS[kind];
    if (value.length > limit) {
      this.fail(path, `is ${value.length} characters long; the limit is ${limit}`);
      return undefined;
    }
    return value;
  }

  optionalString(obj: Obj, key: string, path: string, kind: StringKind): string | undefined {
    return obj[key] === undefined ? undefined : this.string(obj[key], join(path, key), kind);
  }

  id(value: unknown, path: string): string | undefined {
    const id = this.string(value, path, 'id');
    if (id === undefined) return undefined;
    if (!KEBAB_ID.test(id)) {
      this.fail(path, `"${id}" is not a kebab-case id (lower-case letters, digits and hyphens)`);
      return undefined;
    }
    const first = this.ids.get(id);
    if (first !== undefined) this.fail(path, `duplicate id "${id}" (first used at ${first})`);
    else this.ids.set(id, path);
    return id;
  }

  date(value: unknown, path: string): string | undefined {
    if (value === undefined) return undefined; // a missing required key is reported by object()
    if (typeof value !== 'string') {
      this.fail(path, `must be an ISO date string, got ${describe(value)}`);
      return undefined;
    }
    if (!isIsoDate(value)) {
      this.fail(
        path,
        `"${truncate(value)}" is not a real date in the form YYYY, YYYY-MM or YYYY-MM-DD`,
      );
      return undefined;
    }
    return value;
  }

  number(value: unknown, path: string): number | undefined {
    if (value === undefined) return undefined; // a missing required key is reported by object()
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(path, `must be a finite number, got ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (value === undefined) return undefined; // a missing required key is reported by object()
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(path, `must be one of ${allowed.join(', ')}; got ${describe(value)}`);
      return undefined;
    }
    return value as T;
  }

  /** An array within its size limit; items are handed to `each` with their paths. */
  array(
    value: unknown,
    path: string,
    kind: ArrayKind,
    min: number,
    each: (item: unknown, path: string) => void,
  ): unknown[] | undefined {
    if (value === undefined) return undefined; // a missing required key is reported by object()
    if (!Array.isArray(value)) {
      this.fail(path, `must be an array, got ${describe(value)}`);
      return undefined;
    }
    const limit = ARRAY_LIMITS[kind];
    if (value.length > limit) {
      // Do not walk an oversized array: bounding the work is the point of the limit.
      this.fail(path, `has ${value.length} items; the limit is ${limit}`);
      return undefined;
    }
    if (value.length < min) {
      this.fail(path, min === 1 ? 'must not be empty' : `needs at least ${min} items`);
    }
    value.forEach((item, i) => {
      if (item === undefined) this.fail(`${path}[${i}]`, 'must not be undefined');
      else each(item, `${path}[${i}]`);
    });
    return value;
  }

  /** `{ "en": [...], "de": [...] }`: keys are pack languages, values arrays of items. */
  perLanguage(value: unknown, path: string, each: (item: unknown, path: string) => void): number {
    if (!isPlainObject(value)) {
      this.fail(path, `must be an object keyed by language, got ${describe(value)}`);
      return 0;
    }
    let count = 0;
    for (const [lang, items] of Object.entries(value)) {
      const langPath = join(path, lang);
      if (!LANGUAGE.test(lang))
        this.fail(langPath, `"${truncate(lang)}" is not a 2-letter language code`);
      else if (!this.languages.includes(lang))
        this.fail(langPath, `language "${lang}" is not listed in the pack's languages`);
      count += this.array(items, langPath, 'phrases', 0, each)?.length ?? 0;
    }
    return count;
  }

  phrase = (value: unknown, path: string): void => {
    this.string(value, path, 'phrase');
  };
}

function isPlainObject(value: unknown): value is Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${truncate(value)}"`;
  if (typeof value === 'number') return String(value);
  return typeof value;
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function checkSource(w: Walker, value: unknown, path: string): void {
  const source = w.object(value, path, ['publisher', 'url'], ['date', 'via']);
  if (!source) return;
  w.string(source.publisher, join(path, 'publisher'), 'publisher');
  w.optionalString(source, 'via', path, 'publisher');
  if (source.date !== undefined) w.date(source.date, join(path, 'date'));
  const url = w.string(source.url, join(path, 'url'), 'url');
  if (url === undefined) return;
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    w.fail(join(path, 'url'), `"${truncate(url)}" is not a valid URL`);
    return;
  }
  if (parsed.protocol !== 'https:') {
    w.fail(join(path, 'url'), `must use https:, got ${parsed.protocol}`);
  } else if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') {
    w.fail(join(path, 'url'), 'must name a host and carry no credentials');
  }
}

function checkSources(w: Walker, obj: Obj, path: string): void {
  w.array(obj.sources, join(path, 'sources'), 'sources', 1, (s, p) => checkSource(w, s, p));
}

function checkFigure(w: Walker, value: unknown, path: string): void {
  const figure = w.object(value, path, ['value', 'unit', 'hedge'], ['max']);
  if (!figure) return;
  const amount = w.number(figure.value, join(path, 'value'));
  if (amount !== undefined && amount < 0) w.fail(join(path, 'value'), 'must not be negative');
  w.string(figure.unit, join(path, 'unit'), 'unit');
  const hedge = w.oneOf(figure.hedge, join(path, 'hedge'), HEDGES);
  if (figure.max !== undefined) {
    const max = w.number(figure.max, join(path, 'max'));
    if (max !== undefined && amount !== undefined && max < amount) {
      w.fail(join(path, 'max'), `must not be below value (${amount})`);
    }
  } else if (hedge === 'range') {
    w.fail(join(path, 'max'), 'is required when hedge is "range"');
  }
}

/** Checks that dated items are oldest first; reports the first item that breaks the order. */
function checkChronological(
  w: Walker,
  items: unknown[],
  path: string,
  key: string,
  what: string,
): void {
  let previous: string | undefined;
  items.forEach((item, i) => {
    const date = isPlainObject(item) && typeof item[key] === 'string' ? item[key] : undefined;
    if (date === undefined || !isIsoDate(date)) return;
    if (previous !== undefined && compareIsoDates(date, previous) < 0) {
      w.fail(
        `${path}[${i}].${key}`,
        `"${date}" comes before the previous entry's "${previous}"; ${what} must be in chronological order`,
      );
    }
    previous = date;
  });
}

function checkHistoryEntry(w: Walker, value: unknown, path: string, historyIds: Set<string>): void {
  const entry = w.object(
    value,
    path,
    ['id', 'date', 'claimant', 'claimantKind', 'summary', 'status', 'sources'],
    ['figure'],
  );
  if (!entry) return;
  const id = w.id(entry.id, join(path, 'id'));
  if (id !== undefined) historyIds.add(id);
  w.date(entry.date, join(path, 'date'));
  w.string(entry.claimant, join(path, 'claimant'), 'name');
  w.oneOf(entry.claimantKind, join(path, 'claimantKind'), CLAIM_KINDS);
  if (entry.figure !== undefined) checkFigure(w, entry.figure, join(path, 'figure'));
  w.string(entry.summary, join(path, 'summary'), 'summary');
  w.oneOf(entry.status, join(path, 'status'), STATUSES);
  checkSources(w, entry, path);
}

function checkReference(w: Walker, value: unknown, path: string): void {
  const ref = w.object(
    value,
    path,
    ['id', 'label', 'publisher', 'figure', 'asOf', 'sources'],
    ['note'],
  );
  if (!ref) return;
  const id = w.id(ref.id, join(path, 'id'));
  if (id !== undefined) w.referenceIds.add(id);
  w.string(ref.label, join(path, 'label'), 'label');
  w.string(ref.publisher, join(path, 'publisher'), 'publisher');
  checkFigure(w, ref.figure, join(path, 'figure'));
  w.date(ref.asOf, join(path, 'asOf'));
  w.optionalString(ref, 'note', path, 'note');
  checkSources(w, ref, path);
}

function checkCaveat(w: Walker, value: unknown, path: string): void {
  const caveat = w.object(
    value,
    path,
    ['id', 'publisher', 'text', 'sources'],
    ['quote', 'speaker', 'date'],
  );
  if (!caveat) return;
  w.id(caveat.id, join(path, 'id'));
  w.string(caveat.publisher, join(path, 'publisher'), 'publisher');
  const text = w.string(caveat.text, join(path, 'text'), 'caveat');
  w.optionalString(caveat, 'speaker', path, 'speaker');
  if (caveat.quote !== undefined && typeof caveat.quote !== 'boolean') {
    w.fail(join(path, 'quote'), `must be true or false, got ${describe(caveat.quote)}`);
  }
  if (caveat.quote === true) {
    if (text !== undefined && countWords(text) > MAX_QUOTE_WORDS) {
      w.fail(
        join(path, 'text'),
        `quotation has ${countWords(text)} words; quotations must stay under ${MAX_QUOTE_WORDS + 1} words`,
      );
    }
    if (caveat.speaker === undefined) w.fail(join(path, 'speaker'), 'is required for a quotation');
  }
  if (caveat.date !== undefined) w.date(caveat.date, join(path, 'date'));
  checkSources(w, caveat, path);
}

function checkDevelopment(
  w: Walker,
  value: unknown,
  path: string,
  affectUses: { id: string; path: string }[],
): void {
  const dev = w.object(value, path, ['id', 'date', 'summary', 'status', 'sources'], ['affects']);
  if (!dev) return;
  w.id(dev.id, join(path, 'id'));
  w.date(dev.date, join(path, 'date'));
  w.string(dev.summary, join(path, 'summary'), 'summary');
  w.oneOf(dev.status, join(path, 'status'), STATUSES);
  if (dev.affects !== undefined) {
    w.array(dev.affects, join(path, 'affects'), 'ids', 0, (item, p) => {
      if (typeof item === 'string') affectUses.push({ id: item, path: p });
      else w.fail(p, `must be a history entry id, got ${describe(item)}`);
    });
  }
  checkSources(w, dev, path);
}

function checkFamily(w: Walker, value: unknown, path: string): void {
  const family = w.object(
    value,
    path,
    ['id', 'title', 'cues', 'history', 'references', 'caveats', 'developments'],
    ['compareWith'],
  );
  if (!family) return;
  w.id(family.id, join(path, 'id'));
  w.string(family.title, join(path, 'title'), 'title');
  if (family.cues !== undefined) {
    const cueCount = w.perLanguage(family.cues, join(path, 'cues'), w.phrase);
    if (cueCount === 0 && isPlainObject(family.cues))
      w.fail(join(path, 'cues'), 'needs at least one cue phrase');
  }
  if (family.compareWith !== undefined) {
    w.array(family.compareWith, join(path, 'compareWith'), 'ids', 0, (item, p) => {
      if (typeof item === 'string') w.compareUses.push({ id: item, path: p });
      else w.fail(p, `must be a reference id, got ${describe(item)}`);
    });
  }
  const historyIds = new Set<string>();
  const history = w.array(family.history, join(path, 'history'), 'history', 1, (e, p) =>
    checkHistoryEntry(w, e, p, historyIds),
  );
  if (history) checkChronological(w, history, join(path, 'history'), 'date', 'history entries');
  w.array(family.references, join(path, 'references'), 'references', 0, (r, p) =>
    checkReference(w, r, p),
  );
  w.array(family.caveats, join(path, 'caveats'), 'caveats', 0, (c, p) => checkCaveat(w, c, p));
  const affectUses: { id: string; path: string }[] = [];
  const developments = w.array(
    family.developments,
    join(path, 'developments'),
    'developments',
    0,
    (d, p) => checkDevelopment(w, d, p, affectUses),
  );
  if (developments)
    checkChronological(w, developments, join(path, 'developments'), 'date', 'developments');
  for (const use of affectUses) {
    if (!historyIds.has(use.id))
      w.fail(use.path, `"${truncate(use.id)}" is not a history entry of this family`);
  }
}

function checkWeightedTerm(w: Walker, value: unknown, path: string): void {
  const term = w.object(value, path, ['term', 'weight']);
  if (!term) return;
  w.string(term.term, join(path, 'term'), 'phrase');
  w.number(term.weight, join(path, 'weight'));
}

function checkClaimant(w: Walker, value: unknown, path: string): void {
  const claimant = w.object(
    value,
    path,
    ['id', 'name', 'kind', 'description', 'patterns'],
    ['adjectives'],
  );
  if (!claimant) return;
  w.id(claimant.id, join(path, 'id'));
  w.string(claimant.name, join(path, 'name'), 'name');
  w.oneOf(claimant.kind, join(path, 'kind'), CLAIM_KINDS);
  w.string(claimant.description, join(path, 'description'), 'description');
  if (claimant.patterns !== undefined) {
    const count = w.perLanguage(claimant.patterns, join(path, 'patterns'), w.phrase);
    if (count === 0 && isPlainObject(claimant.patterns))
      w.fail(join(path, 'patterns'), 'needs at least one pattern');
  }
  if (claimant.adjectives !== undefined)
    w.perLanguage(claimant.adjectives, join(path, 'adjectives'), w.phrase);
}

function checkDetection(w: Walker, value: unknown, path: string): void {
  const detection = w.object(value, path, [
    'threshold',
    'subject',
    'matter',
    'anchors',
    'claimants',
  ]);
  if (!detection) return;
  const threshold = w.number(detection.threshold, join(path, 'threshold'));
  if (threshold !== undefined && threshold <= 0) w.fail(join(path, 'threshold'), 'must be above 0');
  if (detection.subject !== undefined) {
    const count = w.perLanguage(detection.subject, join(path, 'subject'), (t, p) =>
      checkWeightedTerm(w, t, p),
    );
    if (count === 0 && isPlainObject(detection.subject)) {
      w.fail(
        join(path, 'subject'),
        'needs at least one subject term (an article must name the subject)',
      );
    }
  }
  if (detection.matter !== undefined) {
    w.perLanguage(detection.matter, join(path, 'matter'), (t, p) => checkWeightedTerm(w, t, p));
  }
  if (detection.anchors !== undefined)
    w.perLanguage(detection.anchors, join(path, 'anchors'), w.phrase);
  w.array(detection.claimants, join(path, 'claimants'), 'claimants', 0, (c, p) =>
    checkClaimant(w, c, p),
  );
}

/**
 * Validates an unknown value (parsed JSON, or the bundled pack) as a knowledge pack. Returns
 * the pack typed when every rule holds, otherwise every error found, each with its JSON path.
 * Rules: required fields and types, no unknown keys, kebab-case ids unique across the pack,
 * real ISO dates, https sources on every fact, enums, chronological history and developments,
 * quotations under 15 words with a speaker, no empty families, `compareWith` and `affects`
 * resolving, 2-letter languages, semver version, finite numbers, string and array size limits.
 */
export function validatePack(raw: unknown): PackValidation {
  const w = new Walker();
  if (raw === undefined)
    return { ok: false, errors: [{ path: '', message: 'must be an object, got undefined' }] };
  const pack = w.object(raw, '', [
    'id',
    'title',
    'version',
    'updated',
    'languages',
    'detection',
    'families',
  ]);
  if (!pack) return { ok: false, errors: w.errors };

  w.id(pack.id, 'id');
  w.string(pack.title, 'title', 'title');
  const version = w.string(pack.version, 'version', 'version');
  if (version !== undefined && !SEMVER.test(version))
    w.fail('version', `"${version}" is not a semantic version (e.g. 1.2.0)`);
  w.date(pack.updated, 'updated');

  const seen = new Set<string>();
  w.array(pack.languages, 'languages', 'languages', 1, (lang, p) => {
    if (typeof lang !== 'string' || !LANGUAGE.test(lang)) {
      w.fail(p, `must be a 2-letter lower-case language code, got ${describe(lang)}`);
    } else if (seen.has(lang)) {
      w.fail(p, `language "${lang}" is listed twice`);
    } else {
      seen.add(lang);
    }
  });
  w.languages = [...seen];

  checkDetection(w, pack.detection, 'detection');
  w.array(pack.families, 'families', 'families', 1, (f, p) => checkFamily(w, f, p));

  for (const use of w.compareUses) {
    if (!w.referenceIds.has(use.id))
      w.fail(use.path, `"${truncate(use.id)}" is not the id of a reference figure in this pack`);
  }

  return w.errors.length === 0 ? { ok: true, pack: raw as Pack } : { ok: false, errors: w.errors };
}
