import { describe, expect, it } from 'vitest';
import {
  AGGREGATOR_HOSTS,
  aggregatorHost,
  checkSources,
  hostMatchesPublisher,
} from '@/lib/pack/sources';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';

describe('aggregatorHost', () => {
  it.each([
    ['https://voi.id/en/amp/425361', 'voi.id'],
    ['https://d33gy59ovltp76.cloudfront.net/news/x', 'cloudfront.net'],
    ['https://www.urdupoint.com/en/world/x.html', 'urdupoint.com'],
  ])('%s is a copy on %s', (url, host) => {
    expect(aggregatorHost(url)).toBe(host);
  });

  it('leaves publishers and look-alike names alone', () => {
    expect(aggregatorHost('https://www.japantimes.co.jp/news/2024/10/16/x/')).toBeUndefined();
    expect(aggregatorHost('https://notvoi.id/x')).toBeUndefined();
    expect(aggregatorHost('not a url')).toBeUndefined();
  });

  it('keeps its list sorted, lower case and without duplicates', () => {
    expect([...AGGREGATOR_HOSTS].sort()).toEqual(AGGREGATOR_HOSTS);
    expect(new Set(AGGREGATOR_HOSTS).size).toBe(AGGREGATOR_HOSTS.length);
    for (const host of AGGREGATOR_HOSTS) expect(host).toBe(host.toLowerCase());
  });
});

describe('hostMatchesPublisher', () => {
  it.each([
    ['KBS World', 'https://world.kbs.co.kr/service/news_view.htm?x'],
    ['KBS World (Indonesian)', 'https://rki.kbs.co.kr/service/news_view.htm'],
    ['Korea JoongAng Daily', 'https://koreajoongangdaily.joins.com/news/x'],
    ['Business Recorder', 'https://www.brecorder.com/news/1'],
    ['Süddeutsche Zeitung (in German)', 'https://www.sueddeutsche.de/politik/x'],
    ['Anadolu Agency', 'https://www.aa.com.tr/en/x'],
    ['CNA', 'https://www.channelnewsasia.com/east-asia/x'],
    ['The Japan Times', 'https://www.japantimes.co.jp/news/x'],
    ['Harbour Institute', 'https://example.org/harbour'],
  ])('%s publishes at %s', (publisher, url) => {
    expect(hostMatchesPublisher(publisher, url)).toBe(true);
  });

  it.each([
    ['Reuters', 'https://www.japantimes.co.jp/news/x'],
    ['Al Jazeera (copy)', 'https://d33gy59ovltp76.cloudfront.net/news/x'],
    ['The Washington Post', 'https://www.franspat.com/x'],
  ])('%s does not publish at %s', (publisher, url) => {
    expect(hostMatchesPublisher(publisher, url)).toBe(false);
  });
});

describe('checkSources', () => {
  it('keeps the bundled pack at zero warnings, every source naming its publisher', () => {
    const report = checkSources(northKoreaPack);
    expect(report.sources).toBeGreaterThan(100);
    expect(report.aggregatorLinks).toBe(0);
    expect(report.warnings).toEqual([]);
  });

  it('warns on an aggregator copy, a missing publisher and a copy named as the original', () => {
    const report = checkSources({
      families: [
        {
          history: [
            {
              sources: [
                { publisher: 'VOI', via: 'Reuters', url: 'https://voi.id/en/amp/1' },
                { publisher: ' ', url: 'https://www.reuters.com/world/x' },
                { publisher: 'Reuters', url: 'https://www.japantimes.co.jp/news/x' },
                {
                  publisher: 'The Japan Times',
                  via: 'Reuters',
                  url: 'https://www.japantimes.co.jp/x',
                },
              ],
            },
          ],
        },
      ],
    });
    expect(report.sources).toBe(4);
    expect(report.aggregatorLinks).toBe(1);
    expect(report.warnings.map((w) => w.path)).toEqual([
      'families[0].history[0].sources[0].url',
      'families[0].history[0].sources[1].publisher',
      'families[0].history[0].sources[2].url',
    ]);
  });
});
