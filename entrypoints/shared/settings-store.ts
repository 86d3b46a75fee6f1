/**
 * The one storage binding for settings, shared by the content script, popup, options page and
 * background. Values pass through `normalizeSettings`, so a corrupt store never crashes a reader.
 *
 * Stored as one item `settings` = `{ v: SETTINGS_VERSION, data: Settings }` in `storage.sync`,
 * so settings follow the reader across browsers. Where sync is unavailable or throws (Firefox
 * temporary add-ons, Chromium profiles with sync turned off by policy) the same item lives in
 * `storage.local` instead; a marker in local storage pins that choice for every context.
 */
import { browser } from 'wxt/browser';
import {
  SETTINGS_VERSION,
  migrateSettings,
  normalizeSettings,
  type Settings,
} from '@/lib/settings';

/** Storage key of the settings item (in sync, or local after a fallback). */
export const SETTINGS_KEY = 'settings';
/** Local-storage marker: `'local'` once sync failed in any context. */
export const SETTINGS_AREA_KEY = 'settingsArea';

type AreaName = 'sync' | 'local';

/** The versioned wrapper stored under `SETTINGS_KEY`. */
export interface StoredSettings {
  v: number;
  data: unknown;
}

let areaPromise: Promise<AreaName> | undefined;

/**
 * The settings item as the sync probe read it, for the load that asked (see `readRaw`): every
 * page's content script starts with that load, and a second read would be one more round trip
 * to the browser before the page's gate can run.
 */
let probed: { value: unknown } | undefined;

/** Decides once per context where settings live: sync unless it is missing or throws. */
function settingsArea(): Promise<AreaName> {
  areaPromise ??= (async () => {
    try {
      if (!browser.storage.sync) return 'local';
      // Both at once: the sync read is wasted only in the rare fallback, and every page's gate
      // waits on this probe, so one round trip to the browser instead of two.
      const [marker, got] = await Promise.all([
        browser.storage.local.get(SETTINGS_AREA_KEY),
        browser.storage.sync.get(SETTINGS_KEY),
      ]);
      if (marker[SETTINGS_AREA_KEY] === 'local') return 'local';
      probed = { value: got[SETTINGS_KEY] };
      return 'sync';
    } catch {
      return 'local';
    }
  })();
  return areaPromise;
}

/** Moves settings to local storage for good (in this and, through the marker, other contexts). */
async function fallBackToLocal(): Promise<void> {
  areaPromise = Promise.resolve('local');
  await browser.storage.local.set({ [SETTINGS_AREA_KEY]: 'local' });
}

function isWrapper(value: unknown): value is StoredSettings {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as StoredSettings).v === 'number' &&
    'data' in value
  );
}

/** Reads any stored shape: the versioned wrapper, or an unwrapped v0 object. */
export function decodeStored(value: unknown): { settings: Settings; version: number } {
  if (value === undefined || value === null) {
    return { settings: normalizeSettings(undefined).settings, version: SETTINGS_VERSION };
  }
  const version = isWrapper(value) ? value.v : 0;
  const data = isWrapper(value) ? value.data : value;
  return { settings: normalizeSettings(migrateSettings(data, version)).settings, version };
}

async function readRaw(area: AreaName): Promise<unknown> {
  // The probe's read serves the first load only; later loads read afresh.
  if (area === 'sync' && probed) {
    const { value } = probed;
    probed = undefined;
    return value;
  }
  const got = await browser.storage[area].get(SETTINGS_KEY);
  return got[SETTINGS_KEY];
}

async function writeSettings(settings: Settings): Promise<void> {
  const value: StoredSettings = { v: SETTINGS_VERSION, data: settings };
  const area = await settingsArea();
  if (area === 'sync') {
    try {
      await browser.storage.sync.set({ [SETTINGS_KEY]: value });
      return;
    } catch {
      // Quota or a sync service that went away: keep the reader's change locally.
      await fallBackToLocal();
    }
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: value });
}

/**
 * The reader's settings, always valid. Older stored versions are migrated and written back
 * once, so later reads are plain.
 */
export async function loadSettings(): Promise<Settings> {
  const area = await settingsArea();
  let raw: unknown;
  try {
    raw = await readRaw(area);
  } catch {
    if (area === 'sync') {
      await fallBackToLocal();
      return loadSettings();
    }
    return normalizeSettings(undefined).settings;
  }
  const { settings, version } = decodeStored(raw);
  if (raw !== undefined && version < SETTINGS_VERSION) {
    await writeSettings(settings).catch(() => undefined);
  }
  return settings;
}

// Saves run one after another, so two quick clicks never overwrite each other's change.
let saving: Promise<unknown> = Promise.resolve();

/** Applies `patch` to the stored settings and returns the result (normalised). */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return updateSettings(() => patch);
}

/**
 * Read-modify-write in the same queue as `saveSettings`: `change` sees the latest stored settings,
 * so toggles computed from the current value (a site list, a pack list) never race.
 */
export function updateSettings(
  change: (current: Settings) => Partial<Settings>,
): Promise<Settings> {
  const run = saving.then(async () => {
    const current = await loadSettings();
    const next = normalizeSettings({ ...current, ...change(current) }).settings;
    await writeSettings(next);
    return next;
  });
  saving = run.catch(() => undefined);
  return run;
}

/** Calls `onChange` with the new settings whenever any context changes them; returns unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string): void => {
    // Another context fell back to local: probe again before reading the next change.
    if (areaName === 'local' && SETTINGS_AREA_KEY in changes) areaPromise = undefined;
    if (!(SETTINGS_KEY in changes) || (areaName !== 'sync' && areaName !== 'local')) return;
    const newValue = changes[SETTINGS_KEY]?.newValue;
    void settingsArea().then((area) => {
      if (area === areaName) onChange(decodeStored(newValue).settings);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
