import { describe, expect, it } from 'vitest';
import { englishT } from '@/components/ui-strings';
import { sameOutlet, sourceLabel } from '@/components/source-label';

const japanTimes = {
  publisher: 'The Japan Times',
  via: 'Reuters',
  url: 'https://www.japantimes.co.jp/news/x',
};

describe('sourceLabel', () => {
  it('names the original and the copy once each', () => {
    expect(sourceLabel(japanTimes, englishT)).toBe('Reuters, via The Japan Times');
  });

  it('leaves out the original when the line already names it', () => {
    expect(sourceLabel(japanTimes, englishT, ['Reuters'])).toBe('via The Japan Times');
  });

  it('is the outlet alone for its own page, and for a via that repeats it', () => {
    expect(sourceLabel({ publisher: 'KBS World', url: 'https://world.kbs.co.kr/' }, englishT)).toBe(
      'KBS World',
    );
    expect(
      sourceLabel({ publisher: 'Reuters', via: 'Reuters', url: 'https://reuters.com/' }, englishT),
    ).toBe('Reuters');
  });
});

describe('sameOutlet', () => {
  it.each([
    ['Daily NK', 'Daily NK (in Korean)'],
    ['Behind the News', 'Behind the News, a Ukrainian fact-checking site'],
    ['The Japan Times', 'Japan Times'],
    ['KBS', 'KBS, on NIS estimates of North Korean dead'],
  ])('%s and %s are one outlet', (a, b) => {
    expect(sameOutlet(a, b)).toBe(true);
  });

  it.each([
    ['KBS', 'KBS World and Politico Europe and AFP'.replace('KBS', 'SBS')],
    ['AP', 'AFP'],
    ['Reuters', 'The Japan Times'],
  ])('%s and %s are not', (a, b) => {
    expect(sameOutlet(a, b)).toBe(false);
  });
});
