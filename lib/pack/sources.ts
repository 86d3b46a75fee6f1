/**
 * Source rules for packs, beyond the schema: a link goes to the original publisher, to a
 * reputable partner carrying a wire story (named in `via`), or to an official page; never to an
 * aggregator or content-farm copy. `npm run pack:check` warns on a maintained list of aggregator
 * hosts, and on a source whose named outlet does not match its link's host (a copy that does not
 * say whose story it carries). Pure: takes a parsed pack, returns warnings.
 */
import type { PackError } from './validate';

/**
 * Hosts that republish other outlets' stories without a licence we can name, or that mirror
 * them (content farms, scrapers, CDN copies). Matched on the host and its parent domains. Add a
 * host here when a review finds one; the fact base (`/work/shared/facts/north-korea.md`) names
 * many of them next to the publisher's own copy.
 */
export const AGGREGATOR_HOSTS: readonly string[] = [
  '360ua.news',
  'akamaidailynews.com',
  'arabicpost.net',
  'azernews.az',
  'benzinga.com',
  'breakinghub.com',
  'chitownews.com',
  'clicklancashire.com',
  'cloudfront.net',
  'cumhuriyetdaily.com',
  'dailypost.ng',
  'defencetalk.com',
  'devdiscourse.com',
  'entrepreneurmirror.com',
  'exbulletin.com',
  'fatshimetrie.org',
  'franspat.com',
  'halseynews.com',
  'hngn.com',
  'hotvideos24.online',
  'indiandefensenews.in',
  'instapundit.com',
  'iptv-extreme.eu',
  'islamtimes.com',
  'koreaboo.com',
  'laoferta.com',
  'lekaloum.com',
  'londonglossy.com',
  'menafn.com',
  'montrealstandard.com',
  'mwanzotv.com',
  'news.az',
  'newser.com',
  'newsminimalist.com',
  'nextshark.com',
  'overtoperator.com',
  'pledgetimes.com',
  'rusreality.com',
  'ssbcrackexams.com',
  'tfiglobalnews.com',
  'themunicheye.com',
  'thetundradrums.com',
  'uawire.org',
  'upvu.org',
  'urdupoint.com',
  'voi.id',
  'worldnews24x7.tv',
];

/**
 * Outlets whose web address does not spell their name. Keys are normalised names (see
 * `nameKey`), values the registrable domains they publish under.
 */
const KNOWN_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  cna: ['channelnewsasia.com'],
  asiabusinessdaily: ['asiae.co.kr'],
  koreaeconomicdaily: ['hankyung.com'],
  japannews: ['yomiuri.co.jp'],
  lbci: ['lbcgroup.tv'],
  swissinfo: ['swissinfo.ch'],
  anadoluagency: ['aa.com.tr'],
  bss: ['bssnews.net'],
  thestandard: ['standardmedia.co.ke'],
  voiceofamerica: ['voanews.com'],
  bbc: ['bbc.co.uk', 'bbc.com'],
  zumtv: ['zum.com'],
  rfa: ['rfa.org'],
  radiofreeasia: ['rfa.org'],
};

/** Words that name no outlet in particular ("The", "News", "(in Korean)"). */
const FILLER = new Set([
  'the',
  'in',
  'of',
  'and',
  'news',
  'daily',
  'world',
  'agency',
  'times',
  'post',
  'korean',
  'german',
  'french',
  'english',
  'indonesian',
  'russian',
  'japanese',
  'copy',
]);

/** The host of an https URL, lower case, without "www."; undefined when it does not parse. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** RFC 2606 names: placeholders in example and test packs, which no outlet publishes under. */
const RESERVED = ['example.org', 'example.com', 'example.net', 'test', 'invalid', 'localhost'];

/** Whether `host` is `domain` or one of its subdomains. */
function underDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The aggregator entry `url`'s host falls under, if any. */
export function aggregatorHost(url: string): string | undefined {
  const host = hostOf(url);
  return host === undefined ? undefined : AGGREGATOR_HOSTS.find((d) => underDomain(host, d));
}

/** A name without its notes: "KBS World (Indonesian)" -> "KBS World". */
export function coreName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
}

/** Letters and digits only, lower case, umlauts spelled out: "Süddeutsche" -> "sueddeutsche". */
function compact(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

/** "The Korea Economic Daily (in Korean)" -> "koreaeconomicdaily". */
function nameKey(name: string): string {
  return compact(coreName(name).replace(/^the\s+/i, ''));
}

/**
 * Whether a link's host plausibly belongs to the outlet named `publisher`: the host spells the
 * whole name ("koreajoongangdaily.joins.com"), a distinctive word of it ("world.kbs.co.kr" for
 * "KBS World", "brecorder.com" for "Business Recorder"), its initials ("aa.com.tr"), or the
 * outlet is listed in `KNOWN_DOMAINS`.
 */
export function hostMatchesPublisher(publisher: string, url: string): boolean {
  const host = hostOf(url);
  if (host === undefined) return false;
  if (RESERVED.some((d) => underDomain(host, d))) return true;
  const key = nameKey(publisher);
  const known = KNOWN_DOMAINS[key] ?? KNOWN_DOMAINS[compact(coreName(publisher))];
  if (known?.some((d) => underDomain(host, d))) return true;
  const hostText = compact(host);
  if (key.length >= 2 && hostText.includes(key)) return true;
  const words = coreName(publisher)
    .split(/[\s\-./,&]+/)
    .map(compact)
    .filter((w) => w.length >= 2);
  if (words.some((w) => !FILLER.has(w) && w.length >= 3 && hostText.includes(w))) return true;
  const initials = words.map((w) => w[0]).join('');
  const labels = host.split('.');
  return initials.length >= 2 && labels.includes(initials);
}

interface SourceLike {
  publisher?: unknown;
  url?: unknown;
  via?: unknown;
}

function isSource(value: unknown): value is SourceLike {
  return typeof value === 'object' && value !== null && 'url' in value && 'publisher' in value;
}

/** Every `{ publisher, url }` object in a pack, with its JSON path. */
function collectSources(
  value: unknown,
  path: string,
  out: { path: string; source: SourceLike }[],
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectSources(item, `${path}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    if (isSource(value)) out.push({ path, source: value });
    for (const [key, item] of Object.entries(value))
      collectSources(item, path === '' ? key : `${path}.${key}`, out);
  }
}

export interface SourceReport {
  /** Sources checked. */
  sources: number;
  /** Links to a host on `AGGREGATOR_HOSTS`. */
  aggregatorLinks: number;
  warnings: PackError[];
}

/**
 * The source warnings of a pack: a link to an aggregator host, a source that names no
 * publisher, and a link whose host is not the named outlet's (a copy must be named as the site
 * it is, with the original agency in `via`). Warnings, not errors: a user pack may cite what it likes; the bundled pack
 * is kept at zero.
 */
export function checkSources(raw: unknown): SourceReport {
  const found: { path: string; source: SourceLike }[] = [];
  collectSources(raw, '', found);
  const warnings: PackError[] = [];
  let aggregatorLinks = 0;
  for (const { path, source } of found) {
    const url = typeof source.url === 'string' ? source.url : '';
    const publisher = typeof source.publisher === 'string' ? source.publisher.trim() : '';
    const via = typeof source.via === 'string' ? source.via.trim() : '';
    const aggregator = aggregatorHost(url);
    if (aggregator !== undefined) {
      aggregatorLinks += 1;
      warnings.push({
        path: `${path}.url`,
        message: `links an aggregator copy (${aggregator}); link the publisher, a partner carrying the story, or an official page`,
      });
    }
    if (publisher === '') {
      warnings.push({ path: `${path}.publisher`, message: 'names no publisher' });
    } else if (aggregator === undefined && !hostMatchesPublisher(publisher, url)) {
      // The outlet named is the site the link opens; the story's original goes in `via`.
      const hint =
        via === ''
          ? 'name the site the link opens, and the original in "via"'
          : `"${via}" is the original; "publisher" names the site the link opens`;
      warnings.push({
        path: `${path}.url`,
        message: `outlet "${publisher}" does not match the link's host (${hostOf(url) ?? url}); ${hint}`,
      });
    }
  }
  return { sources: found.length, aggregatorLinks, warnings };
}
