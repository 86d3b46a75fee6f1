/**
 * Knowledge packs: the bundled ones (in the code) and those the reader imported (in
 * `storage.local`). Imported packs are JSON data, validated with `validatePack` before anything is
 * stored; they are never evaluated. Whether a pack is on lives in `settings.disabledPacks`, the
 * same for bundled and imported packs, so a bundled pack can be turned off but not deleted.
 *
 * Layout in `storage.local`: `packIndex` (a short entry per imported pack, so listing never reads
 * whole packs) and `pack:<id>` (the pack). One `set` call writes both, so they never disagree.
 */
import { browser } from 'wxt/browser';
import type { Pack } from '@/lib/pack/schema';
import { subjectTermsOf } from '@/lib/gate';
import { MAX_PACK_BYTES, validatePack, type PackError } from '@/lib/pack/validate';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { t } from './browser-i18n';
import { PACK_INDEX_KEY, readIndex, type IndexEntry } from './pack-index';
import { loadSettings, updateSettings, watchSettings } from './settings-store';

/** Packs shipped with the extension. Their ids cannot be taken by imported packs. */
export const BUNDLED_PACKS: readonly Pack[] = [northKoreaPack];

const packKey = (id: string) => `pack:${id}`;

/** What the options page lists for one pack. */
export interface PackEntry {
  id: string;
  title: string;
  version: string;
  /** ISO date the pack's facts were last checked. */
  updated: string;
  languages: string[];
  families: number;
  bundled: boolean;
  enabled: boolean;
  /** ISO timestamp of the import (imported packs only). */
  importedAt?: string;
}

export type ImportResult =
  | { ok: true; pack: Pack; replaced: boolean }
  | {
      ok: false;
      errors: PackError[];
      /** Set when only the id clash stopped the import: confirm, then import with `replace`. */
      conflict?: { id: string; title: string; installedVersion: string; version: string };
    };

function summary(pack: Pack): Omit<PackEntry, 'bundled' | 'enabled'> {
  return {
    id: pack.id,
    title: pack.title,
    version: pack.version,
    updated: pack.updated,
    languages: [...pack.languages],
    families: pack.families.length,
  };
}

/** Bundled packs first, then imported ones in import order, each with its on/off state. */
export async function listPacks(): Promise<PackEntry[]> {
  const [settings, index] = await Promise.all([loadSettings(), readIndex()]);
  const enabled = (id: string) => !settings.disabledPacks.includes(id);
  return [
    ...BUNDLED_PACKS.map((p) => ({ ...summary(p), bundled: true, enabled: enabled(p.id) })),
    ...index.map(({ subjectTerms: _terms, ...e }) => ({
      ...e,
      bundled: false,
      enabled: enabled(e.id),
    })),
  ];
}

/**
 * The packs the content script should read with. Imported packs are validated again on the
 * way out, so a store edited by hand (or written by an older validator) cannot feed the reader
 * a malformed pack; an invalid one is skipped.
 */
export async function loadEnabledPacks(): Promise<Pack[]> {
  const [settings, index] = await Promise.all([loadSettings(), readIndex()]);
  const on = (id: string) => !settings.disabledPacks.includes(id);
  const ids = index.map((e) => e.id).filter(on);
  const stored = ids.length > 0 ? await browser.storage.local.get(ids.map(packKey)) : {};
  const imported = ids.flatMap((id) => {
    const result = validatePack(stored[packKey(id)]);
    return result.ok ? [result.pack] : [];
  });
  return [...BUNDLED_PACKS.filter((p) => on(p.id)), ...imported];
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Validates a pack file and stores it. On any problem nothing is stored and every problem is
 * returned. Files over `MAX_PACK_BYTES` are refused unparsed; an id of a bundled pack is refused;
 * an id already imported is refused with `conflict` unless `replace` is set (after the reader
 * confirmed).
 */
export async function importPack(
  fileText: string,
  byteSize: number,
  options: { replace?: boolean } = {},
): Promise<ImportResult> {
  const size = Math.max(byteSize, byteLength(fileText));
  if (!(size <= MAX_PACK_BYTES)) {
    return {
      ok: false,
      errors: [{ path: '', message: t('packErrorTooBig', [String(size), String(MAX_PACK_BYTES)]) }],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(fileText);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, errors: [{ path: '', message: t('packErrorJson', [reason]) }] };
  }
  const result = validatePack(raw);
  if (!result.ok) return { ok: false, errors: result.errors };
  const pack = result.pack;
  if (BUNDLED_PACKS.some((p) => p.id === pack.id)) {
    return { ok: false, errors: [{ path: 'id', message: t('packErrorBundledId', [pack.id]) }] };
  }
  const index = await readIndex();
  const existing = index.find((e) => e.id === pack.id);
  if (existing && !options.replace) {
    return {
      ok: false,
      errors: [{ path: 'id', message: t('packErrorExists', [pack.id]) }],
      conflict: {
        id: pack.id,
        title: existing.title,
        installedVersion: existing.version,
        version: pack.version,
      },
    };
  }
  const entry: IndexEntry = {
    ...summary(pack),
    importedAt: new Date().toISOString(),
    subjectTerms: subjectTermsOf([pack]),
  };
  const nextIndex = existing ? index.map((e) => (e.id === pack.id ? entry : e)) : [...index, entry];
  try {
    await browser.storage.local.set({ [packKey(pack.id)]: pack, [PACK_INDEX_KEY]: nextIndex });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, errors: [{ path: '', message: t('packErrorStorage', [reason]) }] };
  }
  return { ok: true, pack, replaced: existing !== undefined };
}

/** Deletes an imported pack (and its on/off state). Bundled packs cannot be removed: false. */
export async function removePack(id: string): Promise<boolean> {
  if (BUNDLED_PACKS.some((p) => p.id === id)) return false;
  const index = await readIndex();
  if (!index.some((e) => e.id === id)) return false;
  await browser.storage.local.set({ [PACK_INDEX_KEY]: index.filter((e) => e.id !== id) });
  await browser.storage.local.remove(packKey(id));
  await updateSettings((s) => ({ disabledPacks: s.disabledPacks.filter((p) => p !== id) }));
  return true;
}

/** Turns a pack (bundled or imported) on or off for every tab. */
export async function setPackEnabled(id: string, on: boolean): Promise<void> {
  await updateSettings((s) => ({
    disabledPacks: on
      ? s.disabledPacks.filter((p) => p !== id)
      : [...s.disabledPacks.filter((p) => p !== id), id],
  }));
}

/** The pack as a JSON file's text, ready to save; throws for an unknown id. */
export async function exportPack(id: string): Promise<string> {
  const bundled = BUNDLED_PACKS.find((p) => p.id === id);
  const pack = bundled ?? (await browser.storage.local.get(packKey(id)))[packKey(id)];
  if (!pack) throw new Error(`No pack with id "${id}"`);
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** Calls `onChange` with the new list when packs are imported, removed, or turned on or off. */
export function watchPacks(onChange: (packs: PackEntry[]) => void): () => void {
  const refresh = () => void listPacks().then(onChange);
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && PACK_INDEX_KEY in changes) refresh();
  };
  browser.storage.onChanged.addListener(listener);
  const unwatchSettings = watchSettings(refresh);
  return () => {
    browser.storage.onChanged.removeListener(listener);
    unwatchSettings();
  };
}
