/**
 * An on-topic fixture article in the project's own words, for the hostile-page E2E tests and the
 * benchmark's 2,000-word page. Invented outlet and people; dates and figures follow the project's
 * fact base (/work/shared/facts/north-korea.md), so Caveat has real claims to find. Not a real
 * article.
 */

/** The headline (also used as `<title>`). */
export const HEADLINE = 'Pyongyang claims a new wave of army volunteers as troops head to Russia';

/** Publication date of the invented story. */
export const PUBLISHED = '2024-10-30';

/** Paragraphs with claims of several kinds: figures, estimates, a denial, a threat, a caveat. */
export const PARAGRAPHS = [
  "North Korea's state news agency KCNA said on Wednesday that about 1.4 million young people had asked to join or rejoin the army within two days, after the country blew up the roads that once linked it with the South.",
  "The figure could not be independently verified. Foreign journalists cannot move freely in North Korea, and the agency's numbers have never been open to outside checks.",
  "South Korea's National Intelligence Service said that about 1,500 North Korean special forces soldiers had already been shipped to Russia, and that some 12,000 troops would be sent in total.",
  'The Pentagon said it believed roughly 10,000 North Korean soldiers had gone to eastern Russia for training, and that some of them were moving toward the front near Kursk.',
  'The Kremlin rejected the reports as fake news, and Pyongyang did not confirm that any of its soldiers were in Russia.',
  "North Korea's army warned that it would open fire the moment another drone from the South crossed the border.",
  "For comparison, the International Institute for Strategic Studies puts the North's active armed forces at about 1.28 million troops, fewer than the volunteers claimed in a single wave.",
  'In March 2023, state media said 800,000 people had volunteered in one day, and later put the total at about 1.4 million.',
];

/** Background paragraphs without claims, to make a long article longer. */
export const BACKGROUND = [
  'The two Koreas have been divided since the end of the Korean War, which stopped with an armistice rather than a peace treaty, so the border remains one of the most heavily guarded in the world.',
  'Analysts in Seoul say mass enlistment announcements tend to follow moments of tension, and that they are aimed as much at the domestic audience as at foreign governments.',
  'Families in border towns on the southern side said life went on as usual during the week, although some farmers stayed away from fields close to the dividing line.',
  'The treaty that Moscow and Pyongyang signed in June 2024 includes a clause on mutual military assistance, which both governments later cited when they discussed cooperation.',
  'Researchers who follow state media read the front pages of the party newspaper closely, because the placement of a story often says more than its wording.',
  'Officials in several capitals said they were comparing satellite images, shipping records and intercepted communications before putting a number on any deployment.',
];

/**
 * Escapes text for an HTML text node or a double-quoted attribute.
 * @param {string} text
 */
export function escapeHtml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * The article as HTML: an `<article>` with the headline, a dated byline and paragraphs.
 * @param {object} [options]
 * @param {string[]} [options.paragraphs] default PARAGRAPHS
 * @param {string} [options.headline] default HEADLINE
 * @returns {string}
 */
export function articleHtml({ paragraphs = PARAGRAPHS, headline = HEADLINE } = {}) {
  return [
    '<article>',
    `<h1>${escapeHtml(headline)}</h1>`,
    `<p class="byline">By Mira Castell, <time datetime="${PUBLISHED}">October 30, 2024</time></p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    '</article>',
  ].join('\n');
}

/**
 * A whole page around `body`.
 * @param {object} options
 * @param {string} options.body
 * @param {string} [options.head] extra head markup
 * @param {boolean} [options.doctype] default true (false gives quirks mode)
 * @param {string} [options.title]
 * @param {boolean} [options.icon] default true: an empty data: favicon, so the browser does not
 *   ask the server for one (leave it out under a CSP that forbids images)
 * @returns {string}
 */
export function pageHtml({ body, head = '', doctype = true, title = HEADLINE, icon = true }) {
  return [
    doctype ? '<!doctype html>' : '',
    `<html lang="en"><head><meta charset="utf-8">${icon ? '<link rel="icon" href="data:,">' : ''}`,
    `<title>${escapeHtml(title)}</title>`,
    `<meta property="article:published_time" content="${PUBLISHED}T09:00:00+09:00">`,
    head,
    '</head><body>',
    body,
    '</body></html>',
  ].join('\n');
}

/**
 * About `words` words of on-topic article: the claim paragraphs first, then background
 * paragraphs and the claim paragraphs again in turn until the count is reached.
 * @param {number} words
 * @returns {string[]}
 */
export function longArticleParagraphs(words) {
  const out = [...PARAGRAPHS];
  const count = () => out.join(' ').split(/\s+/).length;
  let i = 0;
  while (count() < words) {
    out.push(
      i % 2 === 0 ? BACKGROUND[(i / 2) % BACKGROUND.length] : PARAGRAPHS[i % PARAGRAPHS.length],
    );
    i += 1;
  }
  return out;
}
