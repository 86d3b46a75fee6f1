/**
 * Functions that run inside corpus pages (passed to Playwright's `addInitScript` / `evaluate`,
 * so each is self-contained). They run in the page's main world, which page scripts never
 * share here (the corpus is served with `script-src 'none'`) and Caveat's isolated world never
 * sees.
 */

/**
 * Installs `window.__caveatSerialize(node)`: an exact structural dump of a subtree (tags,
 * attributes in order, text data, comments, doctype), for before/after comparisons without
 * HTML serialisation APIs.
 */
export function installSerializer() {
  /** @param {Node} root */
  const serialize = (root) => {
    const out = [];
    /** @param {Node} node @param {number} depth */
    const walk = (node, depth) => {
      const pad = ' '.repeat(Math.min(depth, 40));
      if (node.nodeType === Node.ELEMENT_NODE) {
        const el = /** @type {Element} */ (node);
        const attrs = Array.from(el.attributes, (a) => ` ${a.name}=${JSON.stringify(a.value)}`);
        out.push(`${pad}<${el.localName}${attrs.join('')}>`);
        for (let c = el.firstChild; c; c = c.nextSibling) walk(c, depth + 1);
        const template = /** @type {HTMLTemplateElement} */ (el);
        if (el.localName === 'template' && template.content) walk(template.content, depth + 1);
      } else if (node.nodeType === Node.TEXT_NODE) {
        out.push(`${pad}#text ${JSON.stringify(/** @type {Text} */ (node).data)}`);
      } else if (node.nodeType === Node.COMMENT_NODE) {
        out.push(`${pad}#comment ${JSON.stringify(/** @type {Comment} */ (node).data)}`);
      } else {
        out.push(`${pad}#${node.nodeName}`);
        for (let c = node.firstChild; c; c = c.nextSibling) walk(c, depth + 1);
      }
    };
    walk(root, 0);
    return out.join('\n');
  };
  Object.defineProperty(window, '__caveatSerialize', { value: serialize });
}

/**
 * Init script: as soon as the DOM is parsed (before any `document_idle` content script), turns
 * the page into an on-topic variant. It finds the article root by its own heuristic (the element
 * whose direct `<p>` children hold the most text), keeps the DOM structure and replaces the
 * paragraphs' text with the dev item's lines (extra paragraphs removed, the last one cloned when
 * lines remain), puts the headline into the first `<h1>` (or a new one) and `document.title`,
 * and the item's language on `<html>`. It then stores the article root and a serialisation of the
 * whole document in `window.__caveatVariant` (needs `installSerializer` first).
 *
 * @param {{ title: string, text: string, lang: string }} item
 */
export function installVariant(item) {
  const apply = () => {
    const lines = item.text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const weights = new Map();
    for (const p of document.querySelectorAll('p')) {
      const length = (p.textContent ?? '').trim().length;
      if (length < 25 || !p.parentElement) continue;
      weights.set(p.parentElement, (weights.get(p.parentElement) ?? 0) + length);
    }
    let root = null;
    let best = 0;
    for (const [el, weight] of weights) {
      if (weight > best) [root, best] = [el, weight];
    }
    if (!root) {
      Object.defineProperty(window, '__caveatVariant', { value: { error: 'no article root' } });
      return;
    }
    const paras = Array.from(root.children).filter((el) => el.localName === 'p');
    let last = paras[0];
    lines.forEach((line, i) => {
      let p = paras[i];
      if (!p) {
        p = /** @type {Element} */ (last.cloneNode(false));
        last.after(p);
      }
      p.textContent = line;
      last = p;
    });
    for (const extra of paras.slice(lines.length)) extra.remove();
    let h1 = document.querySelector('h1');
    if (!h1) {
      h1 = document.createElement('h1');
      root.prepend(h1);
    }
    h1.textContent = item.title;
    document.title = item.title;
    document.documentElement.lang = item.lang;
    const serialize = /** @type {any} */ (window).__caveatSerialize;
    Object.defineProperty(window, '__caveatVariant', {
      value: {
        root,
        paragraphs: lines.length,
        before: serialize(document.documentElement),
        rootTag: root.localName,
      },
    });
  };
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive') apply();
  });
}

/**
 * Highlights on the page, grouped by claim id: `{ id, kind, text }` in document order, with the
 * marks' text concatenated per id.
 * @param {{ skip?: string }} [options] `skip`: a selector whose marks are left out (e.g. `h1`)
 * @returns {{ id: string, kind: string, text: string, marks: number }[]}
 */
export function collectMarks(options = {}) {
  /** @type {Map<string, { id: string, kind: string, text: string, marks: number }>} */
  const claims = new Map();
  for (const mark of document.querySelectorAll('caveat-mark')) {
    if (options.skip && mark.closest(options.skip)) continue;
    const id = mark.getAttribute('data-claim-id') ?? '';
    const kind = mark.getAttribute('data-claim-kind') ?? '';
    const claim = claims.get(id) ?? { id, kind, text: '', marks: 0 };
    claim.text += mark.textContent ?? '';
    claim.marks += 1;
    claims.set(id, claim);
  }
  return [...claims.values()];
}
