/**
 * JSON-LD blocks (`<script type="application/ld+json">`) flattened to plain objects. Pages ship
 * these in many shapes (one object, an array, an `@graph`, nested `mainEntity`) and sometimes
 * broken (trailing commas, raw newlines in strings, HTML comments); all are tolerated.
 */

export type LdObject = Record<string, unknown>;

/** Schema.org types that mark a page as an article. */
const ARTICLE_TYPE =
  /^(?:schema:)?(?:\w*NewsArticle|Article|BlogPosting|Report|ReportageNewsArticle|LiveBlogPosting)$/;

function isObject(value: unknown): value is LdObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses one block, retrying once after the usual repairs. */
function parseLoose(source: string): unknown {
  const text = source.trim().replace(/^<!--|-->$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    try {
      const repaired = text
        .replace(/[\r\n\t]+/g, ' ') // raw control characters inside strings
        .replace(/,\s*([}\]])/g, '$1') // trailing commas
        .replace(/;\s*$/, '');
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

/** Adds `value` and the objects nested in its `@graph` / `mainEntity` to `out`. */
function collect(value: unknown, out: LdObject[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  out.push(value);
  if ('@graph' in value) collect(value['@graph'], out, depth + 1);
  if ('mainEntity' in value) collect(value.mainEntity, out, depth + 1);
}

/** Every JSON-LD object on the page, in document order; malformed blocks are skipped. */
export function readJsonLd(doc: Document): LdObject[] {
  const out: LdObject[] = [];
  // getElementsByTagName: a cached collection, not a selector scan of the whole document.
  for (const script of doc.getElementsByTagName('script')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    collect(parseLoose(script.textContent ?? ''), out, 0);
  }
  return out;
}

/** The object's `@type`s as strings (`@type` may be a string or an array). */
export function ldTypes(obj: LdObject): string[] {
  const type = obj['@type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}

/** The article-typed objects among `objects`. */
export function articleObjects(objects: LdObject[]): LdObject[] {
  return objects.filter((o) => ldTypes(o).some((t) => ARTICLE_TYPE.test(t)));
}

/** A string property, or the `name` of an object property (publisher: { name }). */
export function ldString(obj: LdObject | undefined, key: string): string | undefined {
  if (obj === undefined) return undefined;
  let value = obj[key];
  if (Array.isArray(value)) value = value[0];
  if (typeof value === 'string') return value.trim() || undefined;
  if (isObject(value) && typeof value.name === 'string') return value.name.trim() || undefined;
  return undefined;
}
