import { describe, expect, it } from 'vitest';
import { parseFigures } from '@/lib/text/figures';
import type { Hedge } from '@/lib/types';

type Row = [text: string, value: number, hedge: Hedge, unit?: string, max?: number];

function only(text: string, lang: string) {
  const figures = parseFigures(text, lang);
  expect(figures).toHaveLength(1);
  return figures[0];
}

describe('parseFigures', () => {
  it.each<Row>([
    ['1.4 million youths', 1_400_000, 'exact', 'youths'],
    ['nearly 3.5 million workers', 3_500_000, 'nearly', 'workers'],
    ['800,000 volunteers', 800_000, 'exact', 'volunteers'],
    ['up to 3,000 troops', 3000, 'up-to', 'troops'],
    ['about 10,000 troops', 10_000, 'about', 'troops'],
    ['more than 4.7 million people', 4_700_000, 'more-than', 'people'],
    ['at least 100 soldiers', 100, 'at-least', 'soldiers'],
    ['1,000 to 2,000 soldiers', 1000, 'range', 'soldiers', 2000],
    ['between 1,000 and 2,000 deminers', 1000, 'range', 'deminers', 2000],
    ['12,000 North Korean soldiers', 12_000, 'exact', 'soldiers'],
    ['a 3,000-strong battalion', 3000, 'exact', 'troops'],
    ['one million North Koreans', 1_000_000, 'exact', 'people'],
    ['a million recruits', 1_000_000, 'exact', 'recruits'],
    ['hundreds of thousands of students', 100_000, 'at-least', 'students'],
    ['2,700 injured', 2700, 'exact', 'wounded'],
    ['some 1,500 kilometers', 1500, 'about', 'km'],
    ['99.98 percent', 99.98, 'exact', '%'],
  ])('en: %s', (text, value, hedge, unit, max) => {
    const f = only(text, 'en');
    expect(f?.value).toBe(value);
    expect(f?.hedge).toBe(hedge);
    expect(f?.unit).toBe(unit);
    expect(f?.max).toBe(max);
  });

  it.each<Row>([
    ['140만 명', 1_400_000, 'exact', 'people'],
    ['1만2천명', 12_000, 'exact', 'people'],
    ['수만 명', 10_000, 'at-least', 'people'],
    ['7만 4천 170여 명', 74_170, 'more-than', 'people'],
    ['100만 명이 넘었다', 1_000_000, 'more-than', 'people'],
  ])('ko: %s', (text, value, hedge, unit) => {
    const f = only(text, 'ko');
    expect([f?.value, f?.hedge, f?.unit]).toEqual([value, hedge, unit]);
  });

  it.each<Row>([
    ['1,4 Millionen Soldaten', 1_400_000, 'exact', 'soldiers'],
    ['rund 11.000 Soldaten', 11_000, 'about', 'soldiers'],
    ['mehr als 3000 Freiwillige', 3000, 'more-than', 'volunteers'],
    ['mindestens 30 nordkoreanische Soldaten', 30, 'at-least', 'soldiers'],
  ])('de: %s', (text, value, hedge, unit) => {
    const f = only(text, 'de');
    expect([f?.value, f?.hedge, f?.unit]).toEqual([value, hedge, unit]);
  });

  it.each<Row>([
    ['1,4 million de soldats', 1_400_000, 'exact', 'soldiers'],
    ['environ 10\u00a0000 soldats', 10_000, 'about', 'soldiers'],
    ['plus de 3\u202f000 volontaires', 3000, 'more-than', 'volunteers'],
  ])('fr: %s', (text, value, hedge, unit) => {
    const f = only(text, 'fr');
    expect([f?.value, f?.hedge, f?.unit]).toEqual([value, hedge, unit]);
  });

  it.each([
    ['en', 'In 2017 the talks stalled.'],
    ['en', 'It happened on Oct 16 and again on Oct. 3.'],
    ['en', 'They met on 9 January at 10:30.'],
    ['en', 'It was the 14th test of the Hwasong-8 missile.'],
    ['en', 'The contract was worth $2,000 per month.'],
    ['de', 'Am 14. Oktober 2024 war es so weit.'],
    ['fr', 'Le 16 octobre, rien ne s’est passé.'],
    ['ko', '오늘(23일) 2020년 4주간 훈련을 마쳤다.'],
  ])('skips years, dates, times, ordinals, model numbers and money (%s): %s', (lang, text) => {
    expect(parseFigures(text, lang)).toEqual([]);
  });

  it('keeps a year-like number that counts people', () => {
    expect(only('About 2000 soldiers left.', 'en')?.value).toBe(2000);
  });

  it('reports offsets and the matched text', () => {
    const text = 'KCNA said nearly 3.5 million workers signed up.';
    const f = only(text, 'en');
    expect(f && text.slice(f.start, f.end)).toBe('nearly 3.5 million workers');
    expect(f?.text).toBe('nearly 3.5 million workers');
  });
});

describe('parseFigures: number words before a scale', () => {
  const texts = (text: string, lang = 'en'): string[] =>
    parseFigures(text, lang).map((f) => f.text);

  it('finds a number word however much space stands before the scale', () => {
    expect(texts('They sent half a million troops.')).toEqual(['half a million troops']);
    expect(texts('They sent a   million people.')).toEqual(['a   million people']);
  });

  it('reads a repeated scale word once, as a left-to-right scan does', () => {
    expect(parseFigures('a million million soldiers', 'en').map((f) => f.value)).toEqual([1e6]);
  });

  it('needs a word boundary on both sides', () => {
    expect(texts('The column million and banana thousand.')).toEqual([]);
    expect(texts('an thousandfold rise')).toEqual([]);
  });

  it('finds every match in a long text, far apart', () => {
    const filler = 'and a cat sat on a mat. '.repeat(200);
    const found = parseFigures(`${filler}one million people ${filler}two thousand troops`, 'en');
    expect(found.map((f) => f.value)).toEqual([1e6, 2e3]);
  });

  it('takes a scale word only right after white space, and looks on after one that is not', () => {
    expect(texts('a-million a\u00a0million people')).toEqual(['a\u00a0million people']);
    expect(texts('two"thousand, then two thousand troops')).toEqual(['two thousand troops']);
  });

  it('takes a vague quantity only at a word start, and looks on after one that is not', () => {
    expect(texts('Xthousands; éthousands of people')).toEqual([]);
    expect(texts('𝐀thousands and thousands of people')).toEqual(['thousands of people']);
    expect(texts('(thousands of people)')).toEqual(['thousands of people']);
  });

  it('works with a scale word holding a full stop (German "Mio.")', () => {
    expect(texts('Dort waren zwei Mio. Menschen', 'de')).toEqual(['zwei Mio. Menschen']);
  });
});

describe('parseFigures: ranges', () => {
  it('joins two numbers across white space of any length', () => {
    const [range] = parseFigures('from 4\n\n\n     to   9 people', 'en');
    expect(range).toMatchObject({ hedge: 'range', value: 4, max: 9, unit: 'people' });
  });

  it('does not join numbers far apart', () => {
    const found = parseFigures(`4 soldiers ${'went home and '.repeat(50)}9 people`, 'en');
    expect(found.map((f) => f.hedge)).toEqual(['exact', 'exact']);
  });
});
