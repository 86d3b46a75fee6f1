import { describe, expect, it, vi } from 'vitest';
import { readOnDemand } from '@/entrypoints/content/read-on-demand';
import type { ReadingApi } from '@/entrypoints/shared/reader-api';
import { readArticleSliced, runToEnd } from '@/lib/read-sliced';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea';

const TEXT =
  'PYONGYANG — North Korea said on Sunday that 1.4 million young people had volunteered to join ' +
  'the army, the state news agency KCNA reported. The claim could not be independently verified.';

describe('readOnDemand', () => {
  it('loads the reading once, on the first read, and reads with it', async () => {
    const load = vi.fn(async (): Promise<ReadingApi> => ({ read: readArticleSliced }));
    const read = readOnDemand(load);
    expect(load).not.toHaveBeenCalled();
    const first = runToEnd(await read(TEXT, {}, [northKoreaPack]));
    const second = runToEnd(await read(TEXT, {}, [northKoreaPack]));
    expect(load).toHaveBeenCalledTimes(1);
    expect(first).toEqual(runToEnd(readArticleSliced(TEXT, {}, [northKoreaPack])));
    expect(second).toEqual(first);
    expect(first.topic.onTopic).toBe(true);
    expect(first.claims.map((c) => c.kind)).toContain('state-media');
  });

  it('tries the load again after one failed', async () => {
    const load = vi
      .fn<() => Promise<ReadingApi>>()
      .mockRejectedValueOnce(new Error('Extension context invalidated.'))
      .mockResolvedValue({ read: readArticleSliced });
    const read = readOnDemand(load);
    await expect(read(TEXT, {}, [northKoreaPack])).rejects.toThrow(/invalidated/);
    const reading = runToEnd(await read(TEXT, {}, [northKoreaPack]));
    expect(load).toHaveBeenCalledTimes(2);
    expect(reading.claims.length).toBeGreaterThan(0);
  });
});
