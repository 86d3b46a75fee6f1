import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  isSiteEnabled,
  migrateSettings,
  normalizeSettings,
  siteKey,
} from '@/lib/settings';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing stored, without errors', () => {
    expect(normalizeSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, errors: [] });
    expect(normalizeSettings(null).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('returns a copy the caller may mutate without touching the defaults', () => {
    const { settings } = normalizeSettings({});
    settings.disabledSites.push('example.com');
    settings.kinds.denial = false;
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
    expect(DEFAULT_SETTINGS.kinds.denial).toBe(true);
  });

  it('keeps valid values', () => {
    const raw = {
      enabled: false,
      disabledSites: ['news.example.org'],
      cardMode: 'click',
      kinds: { ...DEFAULT_SETTINGS.kinds, accusation: false },
      highlightStyle: 'tint',
      summary: true,
      disabledPacks: ['north-korea-military'],
    };
    expect(normalizeSettings(raw)).toEqual({ settings: raw, errors: [] });
  });

  it('falls back per field: one corrupt value does not reset the others', () => {
    const { settings, errors } = normalizeSettings({
      enabled: 'yes',
      cardMode: 'sometimes',
      highlightStyle: 'outline',
      summary: true,
    });
    expect(settings.enabled).toBe(true);
    expect(settings.cardMode).toBe('normal');
    expect(settings.highlightStyle).toBe('outline');
    expect(settings.summary).toBe(true);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^enabled:/);
    expect(errors[1]).toMatch(/^cardMode:/);
  });

  it('drops unknown keys and reports them', () => {
    const { settings, errors } = normalizeSettings({ enabled: false, colour: 'red' });
    expect(settings).not.toHaveProperty('colour');
    expect(settings.enabled).toBe(false);
    expect(errors).toEqual(['colour: unknown setting dropped']);
  });

  it('never throws, whatever it gets', () => {
    const weird: unknown[] = [42, 'text', [], true, () => 1, Symbol('s'), { kinds: 'all' }];
    for (const raw of weird) {
      expect(normalizeSettings(raw).settings).toEqual(DEFAULT_SETTINGS);
    }
    const cyclic: Record<string, unknown> = {};
    cyclic.enabled = cyclic;
    expect(normalizeSettings(cyclic).settings.enabled).toBe(true);
  });

  it('dedupes disabled sites as lower-case host names and drops non-hosts', () => {
    const { settings, errors } = normalizeSettings({
      disabledSites: [
        'News.Example.COM',
        'news.example.com',
        'https://www.example.org/path?q=1',
        'not a host',
        7,
        '',
      ],
    });
    expect(settings.disabledSites).toEqual(['news.example.com', 'www.example.org']);
    expect(errors).toHaveLength(3);
  });

  it('completes the kinds map and drops unknown kinds', () => {
    const { settings, errors } = normalizeSettings({
      kinds: { denial: false, rumour: false, accusation: 'no' },
    });
    expect(settings.kinds).toEqual({ ...DEFAULT_SETTINGS.kinds, denial: false });
    expect(errors).toHaveLength(2);
  });

  it('dedupes disabled packs and drops blanks', () => {
    const { settings } = normalizeSettings({ disabledPacks: ['a', 'a', ' ', 'b'] });
    expect(settings.disabledPacks).toEqual(['a', 'b']);
  });
});

describe('siteKey and isSiteEnabled', () => {
  it('normalises hosts the way URL.hostname does', () => {
    expect(siteKey(' Example.COM ')).toBe('example.com');
    expect(siteKey('http://[::1]:8080/')).toBe('[::1]');
    expect(siteKey('localhost')).toBe('localhost');
    expect(siteKey('a b')).toBeUndefined();
    expect(siteKey('')).toBeUndefined();
  });

  it('checks the master switch and the site list', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isSiteEnabled(settings, 'EXAMPLE.com')).toBe(false);
    expect(isSiteEnabled(settings, 'news.example.com')).toBe(true);
    expect(isSiteEnabled({ ...settings, enabled: false }, 'other.org')).toBe(false);
  });
});

describe('migrateSettings', () => {
  it('maps the flat v0 shape onto v1 fields', () => {
    const migrated = migrateSettings(
      { highlightEnabled: false, blockedSites: ['Example.com'], hoverDelayMs: 0 },
      0,
    );
    const { settings, errors } = normalizeSettings(migrated);
    expect(errors).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledSites: ['example.com'],
      cardMode: 'click',
    });
  });

  it('maps hover delays to the nearest card mode', () => {
    const mode = (ms: unknown) =>
      normalizeSettings(migrateSettings({ hoverDelayMs: ms }, 0)).settings.cardMode;
    expect(mode(200)).toBe('fast');
    expect(mode(600)).toBe('normal');
    expect(mode(1500)).toBe('slow');
    expect(mode('soon')).toBe('normal');
  });

  it('leaves current and newer data alone', () => {
    const data = { enabled: false };
    expect(migrateSettings(data, SETTINGS_VERSION)).toBe(data);
    expect(migrateSettings(data, SETTINGS_VERSION + 3)).toBe(data);
  });
});
