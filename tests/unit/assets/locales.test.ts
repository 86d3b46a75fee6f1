import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_MESSAGES, TRANSLATED_LOCALES } from '@/components/ui-strings';
import type { MessagesFile } from '@/components/i18n';

const LANGS = ['en', 'de', 'fr', 'ko'] as const;

function load(lang: string): MessagesFile {
  const path = resolve(__dirname, `../../../assets/public/_locales/${lang}/messages.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as MessagesFile;
}

const files = Object.fromEntries(LANGS.map((l) => [l, load(l)])) as Record<
  (typeof LANGS)[number],
  MessagesFile
>;

/** The substitutions a message uses: `$1`.. and named `$NAME$` placeholders, sorted. */
function placeholders(message: string): string[] {
  const named = [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
  const stripped = message.replace(/\$[A-Za-z0-9_@]+\$/g, '').replace(/\$\$/g, '');
  const numbered = [...stripped.matchAll(/\$([1-9])/g)].map((m) => `$${m[1]}`);
  return [...named, ...numbered].sort();
}

describe('locale files', () => {
  it('have identical key sets in en, de, fr and ko', () => {
    const en = Object.keys(files.en).sort();
    expect(en.length).toBeGreaterThan(50);
    expect(Object.keys(files.de).sort()).toEqual(en);
    expect(Object.keys(files.fr).sort()).toEqual(en);
    expect(Object.keys(files.ko).sort()).toEqual(en);
  });

  it('use only key characters the browsers accept', () => {
    for (const key of Object.keys(files.en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it.each(LANGS)('%s has no empty messages', (lang) => {
    for (const [key, entry] of Object.entries(files[lang])) {
      expect(entry.message.trim(), `${lang}.${key}`).not.toBe('');
    }
  });

  it('use the same placeholders for each key in every language', () => {
    for (const [key, entry] of Object.entries(files.en)) {
      const expected = placeholders(entry.message);
      for (const lang of ['de', 'fr', 'ko'] as const) {
        expect(placeholders(files[lang][key]!.message), `${lang}.${key}`).toEqual(expected);
      }
    }
  });

  it('declare every named placeholder they use', () => {
    for (const lang of LANGS) {
      for (const [key, entry] of Object.entries(files[lang])) {
        for (const m of entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
          const declared = Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase());
          expect(declared, `${lang}.${key}`).toContain(m[1]!.toLowerCase());
        }
      }
    }
  });

  it("carry the card's strings with the card's English defaults", () => {
    for (const [key, english] of Object.entries(CARD_MESSAGES)) {
      expect(files.en[key]?.message, key).toBe(english);
    }
  });

  it('are English plus exactly the locales the reader asks the browser for', () => {
    const folders = readdirSync(resolve(__dirname, '../../../assets/public/_locales')).sort();
    expect(folders).toEqual(['en', ...TRANSLATED_LOCALES].sort());
  });

  it('keep the manifest keys', () => {
    for (const lang of LANGS) {
      expect(Object.keys(files[lang])).toEqual(
        expect.arrayContaining(['extName', 'extDescription', 'commandToggle']),
      );
    }
  });
});
