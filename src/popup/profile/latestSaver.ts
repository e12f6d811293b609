/**
 * Saves as the user types without flooding the background: one save in flight at a time, and
 * while it runs only the newest value waits (or, with `combine`, everything pushed meanwhile,
 * joined into one). Nothing typed is lost and nothing stale lands last.
 */
export interface LatestSaver<T> {
  push(value: T): void;
  /** Resolves once everything pushed so far has been saved (or failed). */
  flush(): Promise<void>;
}

export function createLatestSaver<T>(
  save: (value: T) => Promise<unknown>,
  onError: (error: unknown) => void,
  combine: (waiting: T, next: T) => T = (_waiting, next) => next,
): LatestSaver<T> {
  let running: Promise<void> | undefined;
  let waiting: { value: T } | undefined;

  async function drain(): Promise<void> {
    for (let next = waiting; next; next = waiting) {
      waiting = undefined;
      try {
        await save(next.value);
      } catch (error) {
        onError(error);
      }
    }
  }

  function run(): Promise<void> {
    running ??= drain().finally(() => {
      running = undefined;
      // A value pushed in the gap between the loop's end and this callback.
      if (waiting) void run();
    });
    return running;
  }

  return {
    push(value) {
      waiting = { value: waiting ? combine(waiting.value, value) : value };
      void run();
    },
    async flush() {
      while (running) await running;
    },
  };
}
