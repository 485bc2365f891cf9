// React's per-request cache of a query, keyed also by the attempt of the read it belongs to: when a page
// finds that a publish landed while it read (server/consistent-read.ts), its second attempt must read
// the database again, not get the first attempt's answers back from the cache.
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";

const attempts = new AsyncLocalStorage<number>();

/** The attempt the current read belongs to: 0 unless a consistent read is retrying. */
export const currentAttempt = (): number => attempts.getStore() ?? 0;

/** Runs `read` as attempt `n`: the queries it makes through cachePerAttempt are cached apart. */
export const withAttempt = <T>(n: number, read: () => Promise<T>): Promise<T> => attempts.run(n, read);

/** `cache(fn)`, except that each attempt of a consistent read has its own entries. */
export function cachePerAttempt<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const cached = cache((_attempt: number, ...args: A) => fn(...args));
  return (...args: A) => cached(currentAttempt(), ...args);
}
