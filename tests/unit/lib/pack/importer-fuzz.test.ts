/**
 * Fuzzing the pack import path with malformed and hostile input: `validatePack` on arbitrary
 * values and on valid packs with one part broken, and `importPack` (the store's whole path:
 * size check, JSON.parse, validation, id rules) on arbitrary and hostile file text. Whatever
 * comes in, nothing may throw, nothing may be stored, nothing may leak onto Object.prototype,
 * and every refusal must carry at least one error with a path and a message.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importPack } from '@/entrypoints/shared/pack-store';
import type { Pack } from '@/lib/pack/schema';
import { MAX_PACK_BYTES, validatePack, type PackValidation } from '@/lib/pack/validate';
import { makeUserPack } from '../../fixtures/user-pack';

/** Runs kept small: the machine is shared, and each import awaits fake storage. */
const RUNS = 150;

const byteLength = (text: string) => new TextEncoder().encode(text).length;

function expectRefused(result: PackValidation | { ok: boolean; errors?: unknown }): void {
  expect(result.ok).toBe(false);
  const errors = (result as { errors: Array<{ path: unknown; message: unknown }> }).errors;
  expect(Array.isArray(errors)).toBe(true);
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(typeof error.path).toBe('string');
    expect(typeof error.message).toBe('string');
    expect(String(error.message).length).toBeGreaterThan(0);
  }
}

async function storedKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null));
}

function prototypeIsClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return (
    probe.polluted === undefined &&
    probe.isAdmin === undefined &&
    Object.keys(Object.prototype).length === 0
  );
}

/** Object paths into a valid pack, to break one spot at a time. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value as Record<string, unknown>);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function setAt(root: unknown, path: Array<string | number>, next: unknown): unknown {
  if (path.length === 0) return next;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = next;
  return copy;
}

/** Values of the wrong type, or the right type with hostile content. */
const hostileValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:void(0)',
    'data:text/html,<script>alert(1)</script>',
    'http://insecure.example.org/',
    'https://',
    '\u0000',
    '<img src=x onerror=alert(1)>',
    '__proto__',
    'constructor',
    '9999-99-99',
  ),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }),
  fc.object({ maxDepth: 2 }),
);

const validPack = (): Pack => makeUserPack();

describe('validatePack fuzzing', () => {
  it('accepts the unbroken base pack (so the refusals below are about the breakage)', () => {
    expect(validatePack(validPack()).ok).toBe(true);
  });

  it('never throws on arbitrary values and always explains a refusal', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 5, withNullPrototype: true }), (raw) => {
        const result = validatePack(raw);
        if (!result.ok) expectRefused(result);
        else expect(result.pack).toBe(raw);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('never throws on arbitrary JSON and refuses what is not a pack', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 6 }), (text) => {
        expectRefused(validatePack(JSON.parse(text)));
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a valid pack with one spot replaced by a wrong or hostile value', () => {
    const base = validPack();
    const spots = paths(base).filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...spots), hostileValue, (spot, value) => {
        const broken = setAt(base, spot, value);
        const result = validatePack(broken);
        // Some replacements are harmless (a string for a string of the same shape): then the
        // pack must still be exactly the input, never a repaired copy.
        if (result.ok) expect(result.pack).toBe(broken);
        else expectRefused(result);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('refuses javascript:, data: and http: source URLs wherever a source sits', () => {
    const base = validPack();
    const urlSpots = paths(base).filter((p) => p.at(-1) === 'url');
    expect(urlSpots.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...urlSpots),
        fc.constantFrom(
          'javascript:alert(1)',
          ' javascript:alert(1)',
          'data:text/html;base64,PHNjcmlwdD4=',
          'http://example.org/a',
          'vbscript:msgbox(1)',
          'file:///etc/passwd',
        ),
        (spot, url) => {
          const result = validatePack(setAt(base, spot, url));
          expectRefused(result);
          if (!result.ok) expect(result.errors.some((e) => e.path.endsWith('url'))).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses unknown keys named __proto__ and constructor without polluting prototypes', () => {
    const base = validPack();
    const objectSpots = paths(base).filter((p) => {
      let at: unknown = base;
      for (const key of p) at = (at as Record<string | number, unknown>)[key];
      return at !== null && typeof at === 'object' && !Array.isArray(at);
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...objectSpots),
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        (spot, key) => {
          // JSON.parse makes "__proto__" an own key, exactly as an imported file would.
          const text = JSON.stringify(base);
          const parsed = JSON.parse(text) as Record<string, unknown>;
          let at = parsed as Record<string | number, unknown>;
          for (const k of spot) at = at[k] as Record<string | number, unknown>;
          const hostile = JSON.parse(`{"${key}": {"polluted": true, "isAdmin": true}}`) as object;
          Object.assign(at, hostile);
          Object.defineProperty(at, key, {
            value: { polluted: true },
            enumerable: true,
            configurable: true,
            writable: true,
          });
          expectRefused(validatePack(parsed));
          expect(prototypeIsClean()).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('survives deep nesting without a stack overflow', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(() => validatePack(deep)).not.toThrow();
    expectRefused(validatePack(deep));

    let nested: Record<string, unknown> = {};
    const top = nested;
    for (let i = 0; i < 20_000; i++) nested = nested.x = {} as Record<string, unknown>;
    const pack = { ...validPack(), detection: top } as unknown;
    expect(() => validatePack(pack)).not.toThrow();
    expectRefused(validatePack(pack));
  });

  // A validator that rescanned a 2 MB string per rule would hang here: the test's own time-out
  // catches that, with no wall-clock bound of ours (speed is measured by the bench).
  it('refuses huge strings in every string spot', () => {
    const base = validPack();
    const stringSpots = paths(base).filter((p) => {
      let at: unknown = base;
      for (const key of p) at = (at as Record<string | number, unknown>)[key];
      return typeof at === 'string';
    });
    const huge = 'x'.repeat(2_000_000);
    for (const spot of stringSpots) expectRefused(validatePack(setAt(base, spot, huge)));
  }, 60_000);
});

describe('importPack fuzzing (the store path)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('imports the valid base pack (so the checks below can fail)', async () => {
    const text = JSON.stringify(validPack());
    const result = await importPack(text, byteLength(text));
    expect(result.ok).toBe(true);
    expect(await storedKeys()).not.toEqual([]);
  });

  it('never throws or stores on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        fakeBrowser.reset();
        const result = await importPack(text, byteLength(text));
        expectRefused(result);
        expect(await storedKeys()).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws or stores on arbitrary JSON, hostile keys included', async () => {
    const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'families');
    const hostileJson = fc.oneof(
      fc.json({ maxDepth: 5 }),
      fc
        .dictionary(hostileKey, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 })
        .map((o) => JSON.stringify(o).replace(/"prototype"/, '"__proto__"')),
    );
    await fc.assert(
      fc.asyncProperty(hostileJson, async (text) => {
        fakeBrowser.reset();
        const result = await importPack(text, byteLength(text));
        expectRefused(result);
        expect(await storedKeys()).toEqual([]);
        expect(prototypeIsClean()).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('never stores a valid pack with one spot broken', async () => {
    const base = validPack();
    const spots = paths(base).filter((p) => p.length > 0);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...spots), hostileValue, async (spot, value) => {
        fakeBrowser.reset();
        const text = JSON.stringify(setAt(base, spot, value)) ?? 'undefined';
        const result = await importPack(text, byteLength(text));
        if (result.ok) return; // a harmless replacement (e.g. a string for another string)
        refused += 1;
        expectRefused(result);
        expect(await storedKeys()).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    expect(refused).toBeGreaterThan(RUNS / 2);
  });

  it('refuses 5 MB+ files unparsed, even when the byte size is understated', async () => {
    const padding = 'a'.repeat(MAX_PACK_BYTES);
    const big = JSON.stringify({ ...validPack(), title: padding });
    for (const claimed of [byteLength(big), 10, 0, -1, Number.NaN]) {
      const result = await importPack(big, claimed);
      expectRefused(result);
    }
    // Multi-byte text: 2 MB of characters, 6 MB of UTF-8.
    const korean = JSON.stringify({ ...validPack(), title: '북'.repeat(2_000_000) });
    expectRefused(await importPack(korean, korean.length));
    expect(await storedKeys()).toEqual([]);
  });

  it('refuses deeply nested JSON files without throwing', async () => {
    const depth = 50_000;
    const text = '['.repeat(depth) + ']'.repeat(depth);
    const result = await importPack(text, byteLength(text));
    expectRefused(result);
    const objects = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    expectRefused(await importPack(objects, byteLength(objects)));
    expect(await storedKeys()).toEqual([]);
  });
});
