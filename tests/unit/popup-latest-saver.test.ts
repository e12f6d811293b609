import { describe, expect, it } from 'vitest';
import { createLatestSaver } from '../../src/popup/profile/latestSaver';

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('saving the fill-ins as the user types', () => {
  it('runs one save at a time and, of the values typed meanwhile, saves only the newest', async () => {
    const saved: string[] = [];
    const gates: ReturnType<typeof deferred>[] = [];
    const saver = createLatestSaver<string>(
      (value) => {
        saved.push(value);
        const gate = deferred();
        gates.push(gate);
        return gate.promise;
      },
      () => undefined,
    );
    saver.push('D');
    saver.push('Da');
    saver.push('Dan');
    expect(saved).toEqual(['D']);
    gates[0]?.resolve();
    await Promise.resolve();
    await Promise.resolve();
    expect(saved).toEqual(['D', 'Dan']);
    gates[1]?.resolve();
    await saver.flush();
    expect(saved).toEqual(['D', 'Dan']);
  });

  it('reports a failed save and keeps saving later values', async () => {
    const errors: unknown[] = [];
    const saved: string[] = [];
    const saver = createLatestSaver<string>(
      async (value) => {
        if (value === 'bad') throw new Error('disk full');
        saved.push(value);
      },
      (error) => errors.push(error),
    );
    saver.push('bad');
    await saver.flush();
    saver.push('good');
    await saver.flush();
    expect(errors).toEqual([new Error('disk full')]);
    expect(saved).toEqual(['good']);
  });

  it('flush waits for a value pushed while a save was running', async () => {
    const saved: string[] = [];
    const saver = createLatestSaver<string>(async (value) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      saved.push(value);
    }, () => undefined);
    saver.push('a');
    saver.push('b');
    await saver.flush();
    expect(saved).toEqual(['a', 'b']);
  });

  it('with a way to combine them, saves everything pushed while a save ran, in one save', async () => {
    const saved: Record<string, string>[] = [];
    const gate = deferred();
    const saver = createLatestSaver<Record<string, string>>(
      async (changes) => {
        saved.push(changes);
        if (saved.length === 1) await gate.promise;
      },
      () => undefined,
      (waiting, next) => ({ ...waiting, ...next }),
    );
    saver.push({ manager: 'D' });
    saver.push({ manager: 'Dana' });
    saver.push({ days: 'Tuesdays' });
    gate.resolve();
    await saver.flush();
    expect(saved).toEqual([{ manager: 'D' }, { manager: 'Dana', days: 'Tuesdays' }]);
  });
});
