/**
 * Reader settings: typed defaults are the source of truth; stored values pass through
 * `normalizeSettings` so corrupt or unknown values fall back per field.
 */
import { CLAIM_KINDS, type ClaimKind } from './types';

/** When the card opens: after the pointer rests (fast/normal/slow), on click only, or never. */
export const CARD_MODES = ['fast', 'normal', 'slow', 'click', 'off'] as const;
export type CardMode = (typeof CARD_MODES)[number];

/** Hover delays in ms for the pointer-rest modes. */
export const CARD_DELAYS: Record<'fast' | 'normal' | 'slow', number> = {
  fast: 250,
  normal: 500,
  slow: 900,
};

export const HIGHLIGHT_STYLES = ['underline', 'tint', 'outline'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const SETTINGS_VERSION = 1;

export interface Settings {
  enabled: boolean;
  /** Host names where Caveat is off. */
  disabledSites: string[];
  cardMode: CardMode;
  kinds: Record<ClaimKind, boolean>;
  highlightStyle: HighlightStyle;
  /** A short in-article summary box above the article text. */
  summary: boolean;
  /** Ids of packs the reader turned off. */
  disabledPacks: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  disabledSites: [],
  cardMode: 'normal',
  kinds: Object.fromEntries(CLAIM_KINDS.map((k) => [k, true])) as Record<ClaimKind, boolean>,
  highlightStyle: 'underline',
  summary: false,
  disabledPacks: [],
};

/** The result of reading stored settings: always usable, with what was wrong in `errors`. */
export interface NormalizedSettings {
  settings: Settings;
  /** One line per field that was dropped or replaced by its default, for logs and tests. */
  errors: string[];
}

// A host name as `URL.hostname` gives it: lower-case labels, or a bracketed IPv6 address.
const HOST_RE = /^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*$/;
const IPV6_RE = /^\[[0-9a-f:.]+\]$/;

/**
 * The key a page's host is stored under in `disabledSites`: lower-case `URL.hostname`, so the
 * content script can compare it with `location.hostname` directly. Accepts a bare host or a URL;
 * returns undefined for anything that is not a host.
 */
export function siteKey(input: string): string | undefined {
  let host = input.trim().toLowerCase();
  if (host === '') return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      return undefined;
    }
  }
  host = host.replace(/\.$/, '');
  return HOST_RE.test(host) || IPV6_RE.test(host) ? host : undefined;
}

/** Whether Caveat runs on `host` under `settings` (the master switch and the site list). */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  const key = siteKey(host);
  return settings.enabled && (key === undefined || !settings.disabledSites.includes(key));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 40) ?? String(value);
  } catch {
    return typeof value;
  }
}

function pickOne<T extends string>(
  raw: Record<string, unknown>,
  field: keyof Settings,
  allowed: readonly T[],
  fallback: T,
  errors: string[],
): T {
  const value = raw[field];
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  errors.push(`${field}: expected one of ${allowed.join(', ')}, got ${show(value)}`);
  return fallback;
}

function pickBoolean(
  raw: Record<string, unknown>,
  field: keyof Settings,
  fallback: boolean,
  errors: string[],
): boolean {
  const value = raw[field];
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  errors.push(`${field}: expected true or false, got ${show(value)}`);
  return fallback;
}

function pickStrings(
  raw: Record<string, unknown>,
  field: keyof Settings,
  clean: (item: string) => string | undefined,
  errors: string[],
): string[] {
  const value = raw[field];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    errors.push(`${field}: expected a list, got ${show(value)}`);
    return [];
  }
  const out = new Set<string>();
  value.forEach((item, i) => {
    const cleaned = typeof item === 'string' ? clean(item) : undefined;
    if (cleaned === undefined) errors.push(`${field}[${i}]: dropped ${show(item)}`);
    else out.add(cleaned);
  });
  return [...out];
}

function pickKinds(raw: Record<string, unknown>, errors: string[]): Record<ClaimKind, boolean> {
  const kinds = { ...DEFAULT_SETTINGS.kinds };
  const value = raw.kinds;
  if (value === undefined) return kinds;
  if (!isRecord(value)) {
    errors.push(`kinds: expected an object, got ${show(value)}`);
    return kinds;
  }
  for (const [kind, on] of Object.entries(value)) {
    if (!(CLAIM_KINDS as readonly string[]).includes(kind)) {
      errors.push(`kinds.${kind}: unknown claim kind dropped`);
    } else if (typeof on !== 'boolean') {
      errors.push(`kinds.${kind}: expected true or false, got ${show(on)}`);
    } else {
      kinds[kind as ClaimKind] = on;
    }
  }
  return kinds;
}

/**
 * Turns anything read from storage into valid `Settings`. Never throws: a corrupt field falls
 * back to its default on its own (the others are kept), unknown keys are dropped, the site list
 * becomes deduplicated lower-case host names, and missing claim kinds are filled in.
 */
export function normalizeSettings(raw: unknown): NormalizedSettings {
  const errors: string[] = [];
  if (raw === undefined || raw === null) return { settings: cloneDefaults(), errors };
  if (!isRecord(raw)) {
    return {
      settings: cloneDefaults(),
      errors: [`settings: expected an object, got ${show(raw)}`],
    };
  }
  const known = new Set<string>(Object.keys(DEFAULT_SETTINGS));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) errors.push(`${key}: unknown setting dropped`);
  }
  const settings: Settings = {
    enabled: pickBoolean(raw, 'enabled', DEFAULT_SETTINGS.enabled, errors),
    disabledSites: pickStrings(raw, 'disabledSites', siteKey, errors),
    cardMode: pickOne(raw, 'cardMode', CARD_MODES, DEFAULT_SETTINGS.cardMode, errors),
    kinds: pickKinds(raw, errors),
    highlightStyle: pickOne(
      raw,
      'highlightStyle',
      HIGHLIGHT_STYLES,
      DEFAULT_SETTINGS.highlightStyle,
      errors,
    ),
    summary: pickBoolean(raw, 'summary', DEFAULT_SETTINGS.summary, errors),
    disabledPacks: pickStrings(
      raw,
      'disabledPacks',
      (id) => (id.trim() === '' ? undefined : id.trim()),
      errors,
    ),
  };
  return { settings, errors };
}

function cloneDefaults(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    disabledSites: [],
    kinds: { ...DEFAULT_SETTINGS.kinds },
    disabledPacks: [],
  };
}

/**
 * The shape before versioning (v0): a flat object written by the first prototype.
 * `hoverDelayMs` 0 meant "open on click only".
 */
export interface SettingsV0 {
  highlightEnabled?: boolean;
  blockedSites?: string[];
  hoverDelayMs?: number;
}

function cardModeForDelay(ms: unknown): CardMode | undefined {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) return undefined;
  if (ms === 0) return 'click';
  if (ms <= (CARD_DELAYS.fast + CARD_DELAYS.normal) / 2) return 'fast';
  if (ms <= (CARD_DELAYS.normal + CARD_DELAYS.slow) / 2) return 'normal';
  return 'slow';
}

/** One step per version: `MIGRATIONS[n]` turns version n-1 data into version n data. */
const MIGRATIONS: Record<number, (raw: unknown) => unknown> = {
  1: (raw) => {
    if (!isRecord(raw)) return raw;
    const old = raw as SettingsV0 & Record<string, unknown>;
    const { highlightEnabled, blockedSites, hoverDelayMs, ...rest } = old;
    return {
      ...rest,
      ...(highlightEnabled !== undefined && { enabled: highlightEnabled }),
      ...(blockedSites !== undefined && { disabledSites: blockedSites }),
      ...(cardModeForDelay(hoverDelayMs) !== undefined && {
        cardMode: cardModeForDelay(hoverDelayMs),
      }),
    };
  },
};

/**
 * Brings stored data written at `fromVersion` up to `SETTINGS_VERSION`. The result is still raw:
 * pass it through `normalizeSettings`. Data from a newer version is returned unchanged (the
 * normalizer keeps what it understands), so a downgrade never loses the whole object.
 */
export function migrateSettings(raw: unknown, fromVersion: number): unknown {
  let data = raw;
  const from = Number.isInteger(fromVersion) && fromVersion >= 0 ? fromVersion : 0;
  for (let v = from + 1; v <= SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step) data = step(data);
  }
  return data;
}
