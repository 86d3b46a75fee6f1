import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  BUNDLED_PACKS,
  exportPack,
  importPack,
  listPacks,
  loadEnabledPacks,
  removePack,
  setPackEnabled,
  watchPacks,
  type PackEntry,
} from '@/entrypoints/shared/pack-store';
import { loadSettings } from '@/entrypoints/shared/settings-store';
import { MAX_PACK_BYTES } from '@/lib/pack/validate';
import { makeUserPack } from '../../fixtures/user-pack';

const bundledId = BUNDLED_PACKS[0]!.id;

function file(value: unknown): [string, number] {
  const text = JSON.stringify(value);
  return [text, new TextEncoder().encode(text).length];
}

async function localSnapshot(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('pack store', () => {
  it('lists the bundled pack, enabled, when nothing was imported', async () => {
    const packs = await listPacks();
    expect(packs).toHaveLength(BUNDLED_PACKS.length);
    expect(packs[0]).toMatchObject({ id: bundledId, bundled: true, enabled: true });
  });

  it('imports a valid pack and lists and loads it', async () => {
    const result = await importPack(...file(makeUserPack()));
    expect(result).toMatchObject({ ok: true, replaced: false });
    const packs = await listPacks();
    expect(packs.map((p) => [p.id, p.bundled, p.enabled])).toEqual([
      [bundledId, true, true],
      ['test-drills', false, true],
    ]);
    expect(packs[1]).toMatchObject({ title: 'Test drill claims', version: '1.0.0', families: 1 });
    expect((await loadEnabledPacks()).map((p) => p.id)).toEqual([bundledId, 'test-drills']);
  });

  it('reports every validation problem and stores nothing', async () => {
    const broken = makeUserPack({ version: 'one', updated: '2025-13-45' });
    (broken.families[0]!.history[0]!.sources[0] as { url: string }).url = 'http://insecure.test';
    const result = await importPack(...file(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining(['version', 'updated', 'families[0].history[0].sources[0].url']),
    );
    expect(await localSnapshot()).toEqual({});
  });

  it('reports invalid JSON', async () => {
    const result = await importPack('{"id": "x",', 11);
    expect(result).toMatchObject({ ok: false, errors: [{ path: '' }] });
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/not valid JSON/);
    expect(await localSnapshot()).toEqual({});
  });

  it('refuses files over the size limit without parsing them', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const result = await importPack('{}', MAX_PACK_BYTES + 1);
    expect(result.ok).toBe(false);
    expect(parse).not.toHaveBeenCalled();
    expect(await localSnapshot()).toEqual({});
  });

  it("refuses a bundled pack's id", async () => {
    const result = await importPack(...file(makeUserPack({ id: bundledId })));
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'id' }] });
    expect(await localSnapshot()).toEqual({});
  });

  it('asks before replacing a pack with the same id, then replaces it', async () => {
    await importPack(...file(makeUserPack()));
    const again = await importPack(...file(makeUserPack({ version: '1.1.0' })));
    expect(again).toMatchObject({
      ok: false,
      conflict: { id: 'test-drills', installedVersion: '1.0.0', version: '1.1.0' },
    });
    expect((await listPacks())[1]!.version).toBe('1.0.0');
    const replaced = await importPack(...file(makeUserPack({ version: '1.1.0' })), {
      replace: true,
    });
    expect(replaced).toMatchObject({ ok: true, replaced: true });
    const packs = await listPacks();
    expect(packs).toHaveLength(2);
    expect(packs[1]!.version).toBe('1.1.0');
  });

  it('leaves current packs as they were when an import fails', async () => {
    await importPack(...file(makeUserPack()));
    const before = await localSnapshot();
    await importPack(...file(makeUserPack({ id: 'Bad Id!' })));
    expect(await localSnapshot()).toEqual(before);
  });

  it('turns packs off and on, the bundled one included', async () => {
    await importPack(...file(makeUserPack()));
    await setPackEnabled(bundledId, false);
    await setPackEnabled('test-drills', false);
    expect((await loadSettings()).disabledPacks).toEqual([bundledId, 'test-drills']);
    expect(await loadEnabledPacks()).toEqual([]);
    await setPackEnabled(bundledId, true);
    expect((await listPacks()).map((p) => p.enabled)).toEqual([true, false]);
  });

  it('removes imported packs but never the bundled one', async () => {
    await importPack(...file(makeUserPack()));
    await setPackEnabled('test-drills', false);
    expect(await removePack(bundledId)).toBe(false);
    expect(await removePack('test-drills')).toBe(true);
    expect((await listPacks()).map((p) => p.id)).toEqual([bundledId]);
    expect(await localSnapshot()).not.toHaveProperty('pack:test-drills');
    expect((await loadSettings()).disabledPacks).toEqual([]);
    expect(await removePack('unknown')).toBe(false);
  });

  it('exports a pack as JSON that imports again', async () => {
    await importPack(...file(makeUserPack()));
    const text = await exportPack('test-drills');
    expect(JSON.parse(text)).toEqual(makeUserPack());
    expect(JSON.parse(await exportPack(bundledId)).id).toBe(bundledId);
    await expect(exportPack('nope')).rejects.toThrow();
  });

  it('skips a stored pack that no longer validates', async () => {
    await importPack(...file(makeUserPack()));
    await fakeBrowser.storage.local.set({ 'pack:test-drills': { id: 'test-drills' } });
    expect((await loadEnabledPacks()).map((p) => p.id)).toEqual([bundledId]);
  });

  it('tells watchers about imports and on/off changes', async () => {
    const seen: PackEntry[][] = [];
    const unwatch = watchPacks((packs) => seen.push(packs));
    await importPack(...file(makeUserPack()));
    await vi.waitFor(() => expect(seen.at(-1)).toHaveLength(2));
    await setPackEnabled('test-drills', false);
    await vi.waitFor(() => expect(seen.at(-1)?.[1]?.enabled).toBe(false));
    unwatch();
  });
});
