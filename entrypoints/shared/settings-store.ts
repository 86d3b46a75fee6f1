/**
 * The one storage binding for settings, shared by the content script, popup, options page and
 * background. Values pass through `normalizeSettings`, so a corrupt store never crashes a reader.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';

const item = storage.defineItem<Settings>('sync:settings', { fallback: DEFAULT_SETTINGS });

export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await item.getValue()) };
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await item.setValue(next);
  return next;
}

/** Calls `onChange` with the new settings whenever any context changes them; returns unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return item.watch((value) => onChange({ ...DEFAULT_SETTINGS, ...value }));
}
