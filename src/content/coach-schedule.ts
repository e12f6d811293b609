/** A call held back while pokes keep coming. */
export interface Trailing {
  poke(): void;
  cancel(): void;
  readonly pending: boolean;
}

/** Runs `run` once `wait` ms have passed without a poke (a trailing debounce). */
export function trailing(run: () => void, wait: number): Trailing {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    timer = undefined;
    run();
  };
  return {
    poke() {
      clearTimeout(timer);
      timer = setTimeout(fire, wait);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
    get pending() {
      return timer !== undefined;
    },
  };
}
