/** A call held back while pokes keep coming. */
export interface Trailing {
  /** Runs the call once `wait` ms have passed without another poke (a trailing debounce). */
  poke(wait: number): void;
  cancel(): void;
}

export function trailing(run: () => void): Trailing {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    poke(wait) {
      clearTimeout(timer);
      timer = setTimeout(run, wait);
    },
    cancel() {
      clearTimeout(timer);
    },
  };
}
