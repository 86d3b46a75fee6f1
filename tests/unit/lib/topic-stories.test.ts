/**
 * The topic decision on short stories of our own (tests/fixtures/topic/news-stories.txt): missile
 * and nuclear tests, border crossings, balloons, loudspeakers, road demolitions and drones are
 * on the topic in every language; K-pop enlistment, South Korean conscription, other states'
 * military claims and North Korean news that is not military are not.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';
import { readArticle } from '@/lib/read-article';

const stories = readFileSync(
  fileURLToPath(new URL('../../fixtures/topic/news-stories.txt', import.meta.url)),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => {
    const [lang = '', want = '', headline = '', ...body] = l.split('|');
    return [lang, want, headline, body.join('|')] as const;
  });

describe('every North Korean military story, and the hard negatives', () => {
  it('has stories on and off the topic in every language', () => {
    for (const lang of ['en', 'de', 'fr', 'ko']) {
      expect(stories.some(([l, w]) => l === lang && w === 'on')).toBe(true);
      expect(stories.some(([l, w]) => l === lang && w === 'off')).toBe(true);
    }
  });

  it.each(stories)('%s %s: %s', (lang, want, headline, body) => {
    const reading = readArticle(`${headline}\n${body}`, { headline, lang }, [northKoreaPack]);
    expect(reading.topic.onTopic ? 'on' : 'off').toBe(want);
  });
});
