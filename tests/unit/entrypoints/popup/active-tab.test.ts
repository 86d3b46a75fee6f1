import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  focusClaim,
  getActiveTab,
  pageHost,
  readShortcut,
  requestReport,
} from '@/entrypoints/popup/active-tab';
import { REPORT_ASK_KEY } from '@/entrypoints/shared/chunk-api';
import type { PageReport } from '@/lib/protocol';
import { installFakeFirstLook } from '../shared/fake-first-look';

const report: PageReport = { status: 'site-disabled', host: 'News.Example', claims: [] };
let sendMessage: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage = vi.fn();
  Object.assign(fakeBrowser.tabs, { sendMessage });
});

function activeTab(url: string | undefined) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5, url }] as never);
}

describe('getActiveTab', () => {
  it('reads the host of a visible web page', async () => {
    activeTab('https://News.Example/world/1');
    expect(await getActiveTab()).toEqual({ id: 5, web: true, host: 'news.example' });
  });

  it('marks browser pages as not web pages', async () => {
    activeTab('chrome://extensions/');
    expect(await getActiveTab()).toEqual({ id: 5, web: false, host: undefined });
  });

  it('leaves "web" unknown when the browser hides the URL', async () => {
    activeTab(undefined);
    expect(await getActiveTab()).toEqual({ id: 5 });
  });
});

describe('requestReport', () => {
  it("returns the content script's report, and its host drives the site switch", async () => {
    sendMessage.mockResolvedValue(report);
    const tab = { id: 5 };
    const page = await requestReport(tab);
    expect(sendMessage).toHaveBeenCalledWith(5, { type: 'caveat:get-report' });
    expect(page).toEqual({ state: 'report', report });
    expect(pageHost(tab, page)).toBe('news.example');
  });

  it('does not ask browser pages', async () => {
    expect(await requestReport({ id: 5, web: false })).toEqual({
      state: 'unavailable',
      reason: 'cannot-run',
    });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('tells a quiet bootstrap to listen through storage, then asks again', async () => {
    const asked = vi.fn();
    fakeBrowser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && REPORT_ASK_KEY in changes) asked();
    });
    sendMessage.mockImplementation(async () => {
      if (asked.mock.calls.length === 0) throw new Error('Receiving end does not exist.');
      return report;
    });
    expect(await requestReport({ id: 5 })).toEqual({ state: 'report', report });
    expect(asked).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it("calls a waiting first look's handle in the tab, then asks again", async () => {
    const { look, executeScript, remove } = installFakeFirstLook();
    sendMessage.mockImplementation(async () => {
      if (look.mock.calls.length === 0) throw new Error('Receiving end does not exist.');
      return report;
    });
    try {
      expect(await requestReport({ id: 5 })).toEqual({ state: 'report', report });
    } finally {
      remove();
    }
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 5 } }));
    expect(look).toHaveBeenCalledWith('asked');
  });

  it('tells "not loaded yet" from "no receiver, URL unknown"', async () => {
    sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    expect(await requestReport({ id: 5, web: true, host: 'a.example' })).toEqual({
      state: 'unavailable',
      reason: 'not-loaded',
    });
    expect(await requestReport({ id: 5 })).toEqual({ state: 'unavailable', reason: 'no-receiver' });
    sendMessage.mockResolvedValue(undefined);
    expect(await requestReport({ id: 5 })).toEqual({ state: 'unavailable', reason: 'no-receiver' });
    expect(pageHost({ id: 5 }, { state: 'unavailable', reason: 'no-receiver' })).toBeUndefined();
  });
});

describe('focusClaim and readShortcut', () => {
  it('sends caveat:focus-claim and does not wait forever', async () => {
    sendMessage.mockReturnValue(new Promise(() => undefined));
    vi.useFakeTimers();
    const done = focusClaim(5, 'c9');
    await vi.advanceTimersByTimeAsync(500);
    await expect(done).resolves.toBeUndefined();
    vi.useRealTimers();
    expect(sendMessage).toHaveBeenCalledWith(5, { type: 'caveat:focus-claim', id: 'c9' });
  });

  it('reads the toggle shortcut, "" when unset, undefined when unknown', async () => {
    const getAll = vi.fn();
    Object.assign(fakeBrowser.commands, { getAll });
    getAll.mockResolvedValue([{ name: 'toggle-highlights', shortcut: 'Alt+Shift+C' }]);
    expect(await readShortcut()).toBe('Alt+Shift+C');
    getAll.mockResolvedValue([{ name: 'toggle-highlights', shortcut: '' }]);
    expect(await readShortcut()).toBe('');
    getAll.mockRejectedValue(new Error('no commands API'));
    expect(await readShortcut()).toBeUndefined();
  });
});
