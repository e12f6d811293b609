/** Runs another part's code (a feature): its failure must not take the panel or insertion down. */
export function quietly(run: () => void): void {
  try {
    run();
  } catch {
    // That part does less; the rest keeps working.
  }
}

type Listener<T> = (event: T) => void;

/** Typed listeners by event name, each until its signal aborts; one that throws leaves the others be. */
export class EventHub<Events> {
  readonly #listeners = new Map<keyof Events, Set<Listener<never>>>();

  on<K extends keyof Events>(type: K, listener: Listener<Events[K]>, signal: AbortSignal): void {
    if (signal.aborted) return;
    let set = this.#listeners.get(type);
    if (!set) {
      set = new Set();
      this.#listeners.set(type, set);
    }
    const stored = listener as Listener<never>;
    set.add(stored);
    signal.addEventListener('abort', () => set.delete(stored), { once: true });
  }

  /** Calls every listener of `type`, each with its own event from `make` (a panel section each, say). */
  emit<K extends keyof Events>(type: K, make: () => Events[K]): void {
    for (const listener of [...(this.#listeners.get(type) ?? [])]) quietly(() => (listener as Listener<Events[K]>)(make()));
  }
}
