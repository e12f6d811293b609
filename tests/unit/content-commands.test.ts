import { describe, expect, it, vi } from 'vitest';

const listeners: ((command: string, tab?: { id?: number }) => void)[] = [];
const sendMessage = vi.fn(async (_tabId: number, _message: unknown): Promise<unknown> => undefined);

vi.mock('webextension-polyfill', () => ({
  default: {
    commands: { onCommand: { addListener: (listener: (command: string, tab?: { id?: number }) => void) => listeners.push(listener) } },
    tabs: { sendMessage },
  },
}));

const { relayCommand } = await import('../../src/background/commands');

describe('the open-panel shortcut', () => {
  it('is passed on to the tab it was pressed in', async () => {
    expect(listeners).toHaveLength(1);
    listeners[0]?.('open-panel', { id: 7 });
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledWith(7, { type: 'panel/open' }));
  });

  it('ignores other commands and tabs it cannot address', async () => {
    sendMessage.mockClear();
    await relayCommand({ sendMessage }, '_execute_action', 7);
    await relayCommand({ sendMessage }, 'open-panel', undefined);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('swallows the error of a tab without our content script', async () => {
    const failing = { sendMessage: vi.fn(async () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))) };
    await expect(relayCommand(failing, 'open-panel', 3)).resolves.toBeUndefined();
    expect(failing.sendMessage).toHaveBeenCalledOnce();
  });
});
