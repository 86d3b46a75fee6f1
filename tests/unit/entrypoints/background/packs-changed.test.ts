import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tellTabsOfPacks } from '@/entrypoints/background/packs-changed';

let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage = vi.fn().mockResolvedValue(undefined);
  Object.assign(fakeBrowser.tabs, {
    query: vi.fn().mockResolvedValue([{ id: 1 }, { id: 2 }, {}]),
    sendMessage,
  });
});

describe('tellTabsOfPacks', () => {
  it('tells every tab when the pack index changes', async () => {
    await tellTabsOfPacks({ packIndex: { newValue: [] } }, 'local');
    expect(sendMessage.mock.calls).toEqual([
      [1, { type: 'caveat:packs-changed' }],
      [2, { type: 'caveat:packs-changed' }],
    ]);
  });

  it('says nothing about other changes', async () => {
    await tellTabsOfPacks({ settings: { newValue: {} } }, 'local');
    await tellTabsOfPacks({ packIndex: { newValue: [] } }, 'sync');
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('does not fail on tabs without a receiver', async () => {
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection.'));
    await expect(tellTabsOfPacks({ packIndex: {} }, 'local')).resolves.toBeUndefined();
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });
});
