import { describe, expect, it, vi } from 'vitest';
import { detectInPage } from '@/entrypoints/content/detect-in-page';
import type { DetectorApi } from '@/entrypoints/shared/chunk-api';
import { readArticleSliced, runToEnd } from '@/lib/read-article-in-steps';
import { northKoreaPack } from '@/lib/bundled-packs/north-korea/pack';

const TEXT =
  'PYONGYANG — North Korea said on Sunday that 1.4 million young people had volunteered to join ' +
  'the army, the state news agency KCNA reported. The claim could not be independently verified.';

describe('detectInPage', () => {
  it('loads the reading once, on the first read, and reads with it', async () => {
    const load = vi.fn(async (): Promise<DetectorApi> => ({ read: readArticleSliced }));
    const read = detectInPage(load);
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
      .fn<() => Promise<DetectorApi>>()
      .mockRejectedValueOnce(new Error('Extension context invalidated.'))
      .mockResolvedValue({ read: readArticleSliced });
    const read = detectInPage(load);
    await expect(read(TEXT, {}, [northKoreaPack])).rejects.toThrow(/invalidated/);
    const reading = runToEnd(await read(TEXT, {}, [northKoreaPack]));
    expect(load).toHaveBeenCalledTimes(2);
    expect(reading.claims.length).toBeGreaterThan(0);
  });
});
