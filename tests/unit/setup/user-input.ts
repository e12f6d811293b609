/**
 * happy-dom's events have no `isTrusted`, which a browser sets on the user's own input and only
 * there. In these unit tests an event a test dispatches stands for the user's; `fromPage(event)`
 * marks one as a page script's, as the browser would. Runs before each test file (vitest.config.ts).
 */
const byPage = new WeakSet<Event>();

export function fromPage<E extends Event>(event: E): E {
  byPage.add(event);
  return event;
}

if (typeof window !== 'undefined' && !('isTrusted' in new Event('probe'))) {
  Object.defineProperty(Event.prototype, 'isTrusted', {
    configurable: true,
    get(this: Event) {
      return !byPage.has(this);
    },
  });
}
