import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_PACK_BYTES, packSizeOk, validatePack, type PackError } from '@/lib/pack/validate';

const FIXTURES = new URL('../../../fixtures/packs/', import.meta.url);

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8')) as unknown;
}

/**
 * The invented pack, freshly parsed so each test can break its own copy. Typed loosely on
 * purpose: the tests poke arbitrary wrong values into it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
function validPack(): Loose {
  return readJson('invented.json');
}

function errorsOf(raw: unknown): PackError[] {
  const result = validatePack(raw);
  return result.ok ? [] : result.errors;
}

describe('validatePack', () => {
  it('accepts the invented fixture pack and returns it typed', () => {
    const result = validatePack(validPack());
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.pack.families.map((f) => f.id)).toEqual(['navy-size', 'sailor-recruitment']);
  });

  // Each broken fixture differs from the invented pack in one way and must fail there only.
  const broken: [file: string, path: string, message: RegExp][] = [
    ['missing-field', 'families[0].history[0].summary', /is required/],
    ['http-url', 'families[0].history[0].sources[0].url', /must use https:, got http:/],
    ['bad-url', 'families[0].history[0].sources[0].url', /not a valid URL/],
    [
      'duplicate-id',
      'families[1].id',
      /duplicate id "navy-size" \(first used at families\[0\]\.id\)/,
    ],
    ['bad-date', 'families[0].history[1].date', /"2024-02-30" is not a real date/],
    ['unsorted-history', 'families[0].history[1].date', /chronological order/],
    ['unsorted-developments', 'families[0].developments[1].date', /chronological order/],
    ['long-quote', 'families[0].caveats[0].text', /quotation has 20 words/],
    ['quote-without-speaker', 'families[0].caveats[0].speaker', /required for a quotation/],
    ['empty-family', 'families[1].history', /must not be empty/],
    ['unknown-key', 'families[0].onLoad', /unknown key/],
    ['non-object', '', /must be an object, got an array/],
    ['huge-string', 'families[0].history[0].summary', /100000 characters long; the limit is 400/],
    ['unknown-compare-id', 'families[0].compareWith[0]', /not the id of a reference figure/],
    ['bad-status', 'families[0].history[0].status', /must be one of unverifiable, estimate/],
    ['missing-sources', 'families[0].references[0].sources', /must not be empty/],
    ['bad-version', 'version', /not a semantic version/],
    ['bad-language', 'languages[1]', /2-letter lower-case language code/],
    ['string-number', 'families[0].history[0].figure.value', /must be a finite number, got "120"/],
  ];

  it.each(broken)('rejects broken/%s.json at %s', (file, path, message) => {
    const errors = errorsOf(readJson(`broken/${file}.json`));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe(path);
    expect(errors[0]?.message).toMatch(message);
  });

  it('collects every error in one pass, each with its own path', () => {
    const pack = validPack();
    pack.version = 'one';
    pack.families[0].history[2].sources[0].url = 'ftp://example.org/x';
    pack.families[0].references[1].asOf = '2024-13';
    delete pack.families[1].title;
    const paths = errorsOf(pack).map((e) => e.path);
    expect(paths).toEqual([
      'version',
      'families[0].history[2].sources[0].url',
      'families[0].references[1].asOf',
      'families[1].title',
    ]);
  });

  it("accepts a claimant's adjectives per language, as phrases", () => {
    const pack = validPack();
    pack.detection.claimants[0].adjectives = { en: ['Velorian'] };
    expect(errorsOf(pack)).toEqual([]);
    pack.detection.claimants[0].adjectives = { en: [42] };
    expect(errorsOf(pack).map((e) => e.path)).toEqual(['detection.claimants[0].adjectives.en[0]']);
  });

  it('rejects non-finite numbers and functions (packs are data only)', () => {
    const pack = validPack();
    pack.detection.threshold = Number.POSITIVE_INFINITY;
    pack.families[0].history[0].figure.value = Number.NaN;
    pack.families[0].title = () => 'code';
    const errors = errorsOf(pack);
    expect(errors.map((e) => e.path)).toEqual([
      'detection.threshold',
      'families[0].title',
      'families[0].history[0].figure.value',
    ]);
    expect(errors[1]?.message).toBe('must be a string, got function');
  });

  it('rejects objects with a custom prototype', () => {
    class Sneaky {
      id = 'x';
    }
    expect(errorsOf(new Sneaky())[0]).toEqual({
      path: '',
      message: 'must be an object, got object',
    });
  });

  it('requires ids to be unique across the whole pack, not just per list', () => {
    const pack = validPack();
    pack.families[0].caveats[0].id = 'vbs-warships-2019';
    expect(errorsOf(pack)).toEqual([
      {
        path: 'families[0].caveats[0].id',
        message: 'duplicate id "vbs-warships-2019" (first used at families[0].history[0].id)',
      },
    ]);
  });

  it('requires development `affects` to name history entries of the same family', () => {
    const pack = validPack();
    pack.families[0].developments[0].affects = ['vbs-recruits-2023'];
    expect(errorsOf(pack)[0]?.path).toBe('families[0].developments[0].affects[0]');
  });

  it('only accepts per-language keys the pack lists', () => {
    const pack = validPack();
    pack.families[0].cues.de = ['Kriegsschiffe'];
    pack.families[0].cues.english = ['ships'];
    const errors = errorsOf(pack);
    expect(errors.map((e) => e.path)).toEqual(['families[0].cues.de', 'families[0].cues.english']);
    expect(errors[0]?.message).toMatch(/not listed in the pack's languages/);
  });

  it('caps array sizes without walking oversized arrays', () => {
    const pack = validPack();
    pack.families[0].history[0].sources = Array.from({ length: 10_000 }, () => 'junk');
    expect(errorsOf(pack)).toEqual([
      { path: 'families[0].history[0].sources', message: 'has 10000 items; the limit is 10' },
    ]);
  });

  it('accepts partial dates and requires a max for ranges', () => {
    const pack = validPack();
    pack.families[0].history[0].date = '2019';
    pack.families[0].history[0].figure = { value: 100, unit: 'warships', hedge: 'range' };
    expect(errorsOf(pack)).toEqual([
      { path: 'families[0].history[0].figure.max', message: 'is required when hedge is "range"' },
    ]);
  });

  it('rejects a source URL with credentials', () => {
    const pack = validPack();
    pack.families[0].history[0].sources[0].url = 'https://user:pw@example.org/';
    expect(errorsOf(pack)[0]?.message).toMatch(/no credentials/);
  });

  it('reports a missing root', () => {
    expect(errorsOf(undefined)).toEqual([
      { path: '', message: 'must be an object, got undefined' },
    ]);
    expect(errorsOf('pack')[0]?.message).toBe('must be an object, got "pack"');
  });
});

describe('packSizeOk', () => {
  it('accepts up to 5 MiB and rejects more or nonsense', () => {
    expect(MAX_PACK_BYTES).toBe(5 * 1024 * 1024);
    expect(packSizeOk(1000)).toBe(true);
    expect(packSizeOk(MAX_PACK_BYTES)).toBe(true);
    expect(packSizeOk(MAX_PACK_BYTES + 1)).toBe(false);
    expect(packSizeOk(-1)).toBe(false);
    expect(packSizeOk(Number.NaN)).toBe(false);
  });
});
