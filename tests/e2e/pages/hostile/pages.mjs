/**
 * Hostile and odd fixture pages for `tests/e2e/hostile.test.mjs`, built from the project's own
 * fixture article (article.mjs). Each export is a server route spec (`{ body, type?, headers? }`)
 * or a function making one. Page scripts here are ours and only simulate what real sites do
 * (infinite scroll, React-style re-renders); they record what they see on `window.__hostile`.
 */
import {
  BACKGROUND,
  HEADLINE,
  PARAGRAPHS,
  PUBLISHED,
  articleHtml,
  escapeHtml,
  pageHtml,
} from './article.mjs';

const html = (body, extra = {}) => ({ body: pageHtml({ body, ...extra }) });

/** Records long tasks (Chromium) and errors in the page's main world, before anything else. */
const WATCH_SCRIPT = `<script>
  window.__hostile = { longTasks: [], errors: [] };
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { window.__hostile.longTasks.push([e.startTime, e.duration]); });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  window.addEventListener('error', function (e) { window.__hostile.errors.push(String(e.message)); });
</script>`;

/** The fixture article on a plain page. */
export const plainArticle = html(articleHtml());

/** The article under a CSP that forbids everything (scripts, styles, fonts, connections). */
export const strictCsp = {
  body: pageHtml({ body: articleHtml() }),
  // img-src data: only for the page's own empty favicon (else the browser fetches one, blocked).
  headers: { 'Content-Security-Policy': "default-src 'none'; style-src 'none'; img-src data:" },
};

/** The article with `<base href>` pointing at another origin. */
export const baseHref = html(articleHtml(), {
  head: '<base href="https://elsewhere.invalid/news/">',
});

/** An off-topic top page whose iframe holds the on-topic article (same origin). */
export const iframeTop = html(
  `<h1>Garden club notes</h1>
   <p>The spring meeting moves to the library hall; bring seedlings to swap.</p>
   <iframe id="inner" src="/hostile/plain-article.html" title="article" width="800" height="600"></iframe>`,
  { title: 'Garden club notes' },
);

/** The article inside an open shadow root (declarative, so no page script is needed). */
export const shadowArticle = html(
  `<news-story><template shadowrootmode="open">${articleHtml()}</template></news-story>
   <p>Comments are closed for this story.</p>`,
);

/** Page CSS aimed at everything, our marks and undefined custom elements included. */
export const cssEverything = html(articleHtml(), {
  head: `<style>
    * { display: block !important; position: relative !important; z-index: 2147483647 !important; }
    mark, caveat-mark { display: none !important; }
    :not(:defined) { visibility: hidden !important; }
    [tabindex] { outline: 5px solid red !important; }
    style { display: block !important; }
  </style>`,
});

/** The article in quirks mode (no doctype). */
export const quirks = { body: pageHtml({ body: articleHtml(), doctype: false }) };

/** The article as XHTML, served as application/xhtml+xml. */
export const xhtml = {
  type: 'application/xhtml+xml; charset=utf-8',
  body: [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!DOCTYPE html>',
    '<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>',
    '<meta charset="utf-8"/><link rel="icon" href="data:,"/>',
    `<title>${escapeHtml(HEADLINE)}</title>`,
    `<meta property="article:published_time" content="${PUBLISHED}T09:00:00+09:00"/>`,
    '</head><body>',
    articleHtml(),
    '</body></html>',
  ].join('\n'),
};

/**
 * About `nodes` elements and `megabytes` of text packed with the subject's words, as a list of
 * short items (no paragraphs: not an article), or as one long article of paragraphs.
 * @param {{ article: boolean, nodes?: number, megabytes?: number }} options
 */
export function hugePage({ article, nodes = 100_000, megabytes = 5 }) {
  const words = [
    'North Korea',
    'Pyongyang',
    'troops',
    'KCNA',
    'missile',
    'army',
    'border',
    'Kim Jong Un',
    'Russia',
    'soldiers',
  ];
  const perNode = Math.ceil((megabytes * 1024 * 1024) / nodes);
  const parts = [];
  let w = 0;
  for (let i = 0; i < nodes; i++) {
    let text = '';
    while (text.length < perNode) text += `${words[w++ % words.length]} `;
    parts.push(article ? `<p>${text.trim()}.</p>` : `<li>${text.trim()}</li>`);
  }
  const body = article
    ? `<main>${articleHtml({ paragraphs: [...PARAGRAPHS, ...BACKGROUND] }).replace('</article>', `${parts.join('')}</article>`)}</main>`
    : `<h1>Index of topics</h1><ul>${parts.join('')}</ul>`;
  return { body: pageHtml({ body, head: WATCH_SCRIPT }) };
}

/**
 * Infinite scroll: an off-topic story first; then, every `everyMs`, the page appends another
 * story (on-topic ones at `onTopicAt`), up to `count`. Added stories are `<article>`s in a feed.
 */
export const infiniteScroll = html(
  `<main id="feed">
     <article><h2>Harbour ferry timetable changes</h2>
       <p>The morning ferry will leave ten minutes earlier from next month, the operator said, and the late service will run on Fridays only.</p>
       <p>Passengers with season tickets can ask for a refund at the harbour office until the end of the year.</p>
     </article>
   </main>
   ${WATCH_SCRIPT}
   <script>
     (function () {
       var stories = ${JSON.stringify([
         {
           on: false,
           title: 'Library opens on Sundays',
           paragraphs: [BACKGROUND[2], BACKGROUND[4]],
         },
         { on: true, title: HEADLINE, paragraphs: PARAGRAPHS },
         {
           on: false,
           title: 'Rail works this weekend',
           paragraphs: [BACKGROUND[5], BACKGROUND[1]],
         },
         { on: true, title: 'More on the deployment', paragraphs: PARAGRAPHS.slice(2, 6) },
       ])};
       var h = window.__hostile;
       h.added = 0;
       h.markBatches = 0;
       new MutationObserver(function (records) {
         var marks = records.some(function (r) {
           return Array.prototype.some.call(r.addedNodes, function (n) {
             return n.nodeType === 1 && (n.localName === 'caveat-mark' || n.querySelector('caveat-mark'));
           });
         });
         if (marks) h.markBatches += 1;
       }).observe(document.body, { childList: true, subtree: true });
       var i = 0;
       var timer = setInterval(function () {
         if (i >= stories.length) { clearInterval(timer); h.done = true; return; }
         var story = stories[i++];
         var article = document.createElement('article');
         article.id = 'story-' + i;
         article.dataset.onTopic = String(story.on);
         var h2 = document.createElement('h2');
         h2.textContent = story.title;
         article.append(h2);
         story.paragraphs.forEach(function (text) {
           var p = document.createElement('p');
           p.textContent = text;
           article.append(p);
         });
         document.getElementById('feed').append(article);
         h.added = i;
       }, 700);
     })();
   </script>`,
);

/**
 * React-style re-renders: once marks appear, the page replaces every paragraph of the article
 * with a fresh element holding the original text, `times` times, then counts DOM mutations per
 * 500 ms window so a test can see them settle.
 */
export const rerender = html(
  `${articleHtml()}
   ${WATCH_SCRIPT}
   <script>
     (function () {
       var h = window.__hostile;
       var article = document.querySelector('article');
       var texts = Array.prototype.map.call(article.querySelectorAll('p'), function (p) { return p.textContent; });
       h.renders = 0;
       h.mutations = 0;
       h.windows = [];
       new MutationObserver(function (records) { h.mutations += records.length; })
         .observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
       setInterval(function () { h.windows.push(h.mutations); h.mutations = 0; }, 500);
       function render() {
         var ps = article.querySelectorAll('p');
         Array.prototype.forEach.call(ps, function (p, i) {
           var fresh = document.createElement('p');
           fresh.className = p.className;
           fresh.textContent = texts[i];
           p.replaceWith(fresh);
         });
         h.renders += 1;
         if (h.renders < 4) setTimeout(render, 900);
         else h.done = true;
       }
       var wait = setInterval(function () {
         if (document.querySelector('caveat-mark')) { clearInterval(wait); setTimeout(render, 300); }
       }, 50);
     })();
   </script>`,
);
