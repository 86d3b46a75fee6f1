/**
 * Phrase lists (cue data and pack terms) compiled to one case-insensitive regular expression
 * each, cached by list identity. Syntax: `*` is one to four words, a `~` ending a word makes it a
 * stem (any letters may follow: "fight~ for Russia" matches "fighting for Russia"; at the end of
 * a phrase it drops the right word boundary), and straight and curly apostrophes match each other.
 */

export interface PhraseMatch {
  start: number;
  end: number;
  /** The matched text as written. */
  text: string;
}

const cache = new WeakMap<readonly string[], Map<string, RegExp | null>>();

/** Letters and digits of the scripts we read (explicit ranges compile far faster than \p{L}). */
const ALNUM =
  'A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF\\u3131-\\u318E\\uAC00-\\uD7A3';
/** One word of a `*` wildcard. */
const WORD = '[^\\s.,;:!?"“”„()]+';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface PhraseParts {
  body: string;
  left: boolean;
  right: boolean;
}

function phraseParts(phrase: string, boundaries: boolean): PhraseParts {
  let p = phrase.trim();
  const stem = p.endsWith('~');
  if (stem) p = p.slice(0, -1);
  const body = p
    .split(/\s+\*\s+/)
    .map((part) =>
      part
        .split(/\s+/)
        .map((w) => {
          // A stem inside the phrase: the word may go on ("deploy~ to" -> "deployed to").
          const inner = w.length > 1 && w.endsWith('~');
          const body = escape(inner ? w.slice(0, -1) : w).replace(/['’]/g, "['’]");
          return inner ? `${body}[${ALNUM}]*` : body;
        })
        .join('\\s+'),
    )
    .join(`\\s+(?:${WORD}\\s+){0,3}?${WORD}\\s+`);
  return {
    body,
    left: boundaries && /^[\p{L}\p{N}]/u.test(p),
    right: boundaries && !stem && /[\p{L}\p{N}]$/u.test(p),
  };
}

const NOT_BEFORE = `(?<![${ALNUM}])`;
const NOT_AFTER = `(?![${ALNUM}])`;

/**
 * One alternation per boundary combination, so each Unicode class appears at most a few times:
 * compiling one `\p{L}` per phrase (with the `i` flag) costs V8 hundreds of milliseconds.
 */
function listSource(phrases: string[], boundaries: boolean): string {
  const groups = new Map<string, string[]>();
  for (const phrase of phrases) {
    const parts = phraseParts(phrase, boundaries);
    const key = `${parts.left ? 'L' : ''}${parts.right ? 'R' : ''}`;
    const list = groups.get(key) ?? [];
    list.push(parts.body);
    groups.set(key, list);
  }
  const order = ['LR', 'L', 'R', ''];
  return order
    .filter((k) => groups.has(k))
    .map((k) => {
      const alt = `(?:${(groups.get(k) ?? []).join('|')})`;
      return `${k.includes('L') ? NOT_BEFORE : ''}${alt}${k.includes('R') ? NOT_AFTER : ''}`;
    })
    .join('|');
}

/** The compiled expression for `list`, or null for an empty list. */
export function phraseRegex(list: readonly string[], boundaries: boolean): RegExp | null {
  let byMode = cache.get(list);
  if (!byMode) {
    byMode = new Map();
    cache.set(list, byMode);
  }
  const key = boundaries ? 'b' : 'n';
  if (byMode.has(key)) return byMode.get(key) ?? null;
  const phrases = [...new Set(list.filter((p) => p.trim() !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  const re = phrases.length ? new RegExp(listSource(phrases, boundaries), 'giu') : null;
  byMode.set(key, re);
  return re;
}

/** Every non-overlapping match of `list` in `text[from, to)`, in order. */
export function findPhrases(
  list: readonly string[],
  text: string,
  boundaries: boolean,
  from = 0,
  to = text.length,
): PhraseMatch[] {
  const re = phraseRegex(list, boundaries);
  if (!re) return [];
  const out: PhraseMatch[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Whether any phrase of `list` occurs in `text`. */
export function hasPhrase(list: readonly string[], text: string, boundaries: boolean): boolean {
  const re = phraseRegex(list, boundaries);
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(text);
}
