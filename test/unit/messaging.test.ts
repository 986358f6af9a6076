import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { broadcast, isContentRequest, isStateChanged, type StateChanged } from '../../utils/messaging';

const changed: StateChanged = { type: 'deskmate:state-changed', state: { status: 'unsupported', composer: false } };

describe('messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('broadcasts state changes to a listening panel', async () => {
    const received: unknown[] = [];
    browser.runtime.onMessage.addListener((message) => {
      received.push(message);
      return undefined;
    });
    await broadcast(changed);
    expect(received).toEqual([changed]);
  });

  it('is quiet when no panel is open', async () => {
    await expect(broadcast(changed)).resolves.toBeUndefined();
  });

  it('tells its own messages from anything else', () => {
    expect(isStateChanged(changed)).toBe(true);
    expect(isStateChanged({ type: 'other' })).toBe(false);
    expect(isStateChanged(null)).toBe(false);
    expect(isContentRequest({ type: 'deskmate:ping' })).toBe(true);
    expect(isContentRequest({ type: 'ping' })).toBe(false);
    expect(isContentRequest('deskmate:ping')).toBe(false);
  });
});
