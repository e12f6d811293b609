/**
 * Writes that are all or nothing. IndexedDB aborts a transaction when one of its requests fails,
 * but not when the code issuing them throws, or returns early: the requests already made then
 * commit as soon as nothing else is pending, and half a change is kept. Every write that touches
 * more than one record goes through here.
 */
interface Transaction {
  abort(): void;
  readonly done: Promise<void>;
}

/** Registers a request the body does not await itself; the commit waits for it. */
export type Issue = (request: Promise<unknown>) => void;

/**
 * Runs `body` on `tx` and resolves once the transaction has committed. If anything fails on the
 * way, a request or the body itself (even synchronously, part way through issuing requests), the
 * transaction is aborted, so none of its writes are kept, and the error is rethrown.
 */
export async function atomically<T>(tx: Transaction, body: (issue: Issue) => Promise<T> | T): Promise<T> {
  const issued: Promise<unknown>[] = [];
  const issue: Issue = (request) => {
    // Handled here so an abort's rejections are not reported as unhandled; the failure itself
    // still reaches the `Promise.all` below.
    request.catch(() => undefined);
    issued.push(request);
  };
  try {
    const value = await body(issue);
    await Promise.all(issued);
    await tx.done;
    return value;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request, or finished.
    }
    await Promise.allSettled([...issued, tx.done]);
    throw error;
  }
}
