import { describe, expect, it } from 'vitest';
import { findBracketVerbs, withBrackets } from '@/lib/claims/clause-brackets';
import { cuesFor } from '@/lib/claims/public-api';

const de = cuesFor('de').bracketVerbs ?? [];

describe('German separable verbs', () => {
  it('finds a head whose clause closes with its particle, however long the middle field', () => {
    const text =
      'Der Kreml wies die Berichte über den Einsatz nordkoreanischer Soldaten in der Ukraine zurück.';
    const found = findBracketVerbs(text, de);
    expect(found.denial.map((m) => m.text)).toEqual(['wies']);
    expect(found.verbs).toEqual([]);
  });

  it('needs the particle at the clause’s end, not anywhere after the head', () => {
    const found = findBracketVerbs(
      'Der Sprecher wies auf die Lage hin. Er teilte den Bericht, mit dem er nichts zu tun hatte.',
      de,
    );
    expect(found.verbs.map((m) => m.text)).toEqual(['wies']);
  });

  it('reads "teilte … mit" before a comma and "gab … bekannt" at a sentence end', () => {
    const found = findBracketVerbs(
      'Das Militär teilte am Montag in einer kurzen Erklärung mit, es habe Warnschüsse abgegeben. Die Armee gab die Zahl der Toten am Abend bekannt.',
      de,
    );
    expect(found.verbs.map((m) => m.text)).toEqual(['teilte', 'gab']);
  });

  it('reads "wollen" with a perfect infinitive as a claim, and not with a noun or plain verb', () => {
    const found = findBracketVerbs(
      'Die Armee will in Kursk mehrere Soldaten getötet haben. Kim will Frieden haben. Seoul will die Lage beobachten.',
      de,
    );
    expect(found.verbs.map((m) => m.text)).toEqual(['will']);
  });

  it('reads "würden" as reported speech only when a participle closes its clause', () => {
    const found = findBracketVerbs(
      'Dort würden sie derzeit ausgebildet. Sie würden gegen jeden Feind kämpfen.',
      de,
    );
    expect(found.reportedMood.map((m) => m.start)).toEqual([5]);
  });

  it('lists the joined forms of subordinate clauses and the perfect, never a noun', async () => {
    const { joinedForms } = await import('@/lib/claims/languages/compose');
    const verbs = joinedForms(de, 'verbs');
    expect(verbs).toEqual(expect.arrayContaining(['mitteilte', 'bekanntgab', 'hinzugefügt']));
    expect(joinedForms(de, 'denial')).toEqual(
      expect.arrayContaining(['zurückwies', 'abgestritten']),
    );
    expect(joinedForms(de, 'denial').some((v) => v.includes('abrede'))).toBe(false);
    expect(cuesFor('de').attribution.verbs).not.toContain('angaben');
  });

  it('adds only heads no phrase of the list already covers, in text order', () => {
    const merged = withBrackets(
      [{ start: 10, end: 20, text: 'teilte mit' }],
      [
        { start: 10, end: 16, text: 'teilte' },
        { start: 2, end: 5, text: 'gab' },
      ],
    );
    expect(merged.map((m) => m.start)).toEqual([2, 10]);
  });

  it('has no brackets in a language without separable verbs', () => {
    expect(
      findBracketVerbs('Il a rejeté les accusations.', cuesFor('fr').bracketVerbs ?? []),
    ).toEqual({
      verbs: [],
      denial: [],
      accusation: [],
      reportedMood: [],
    });
  });
});
