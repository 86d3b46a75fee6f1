/**
 * Values derived from long-lived data (a pack, a cue list, a phrase list) and kept while that
 * data lives. The phrase matcher compiles lists by identity, so derived lists must be built once
 * and handed back as the same arrays.
 */

/** `derive`, remembered per object. */
export function perObject<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = derive(key);
    cache.set(key, value);
    return value;
  };
}

/** `derive`, remembered per object and name (a language, a mode). */
export function perObjectAndName<K extends object, V>(
  derive: (key: K, name: string) => V,
): (key: K, name: string) => V {
  const byObject = perObject((): Map<string, V> => new Map());
  return (key, name) => {
    const byName = byObject(key);
    if (byName.has(name)) return byName.get(name) as V;
    const value = derive(key, name);
    byName.set(name, value);
    return value;
  };
}
