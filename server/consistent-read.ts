// One page, one data version (issue 12). A page reads the database in several queries; a publish that
// commits between two of them would mix versions within the page. So the page's reads run between two
// readings of the data stamp (a seqlock: publishes write the stamp in their own transaction), and run
// again, past React's per-request cache, when the stamp moved. Writers never wait for readers.
import "server-only";
import { readDataStamp, sameStamp, type DataStamp } from "@/db/queries/data-stamp";
import { withAttempt } from "@/db/queries/read-attempt";

// Four publishes committing during one page's reads: the publisher is looping; give up rather than spin.
const ATTEMPTS = 4;

export class DataKeptChanging extends Error {}

/** The result of `read` with the stamp of the data it was read from, all of it from one version. */
export async function readConsistently<T>(read: () => Promise<T>): Promise<{ value: T; stamp: DataStamp | null }> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const before = await readDataStamp();
    const value = await withAttempt(attempt, read);
    const after = await readDataStamp();
    if (sameStamp(before, after)) return { value, stamp: after };
  }
  throw new DataKeptChanging(`the data changed ${ATTEMPTS} times while one page was read`);
}

/**
 * A page's composition, made consistent. A page that shows the data version it was made from
 * (`stamp`) shows the one its figures were read from.
 */
export function consistent<A extends unknown[], T>(compose: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return async (...args: A) => {
    const { value, stamp } = await readConsistently(() => compose(...args));
    if (!stamp || !value || typeof value !== "object" || !("stamp" in value)) return value;
    return { ...value, stamp: { version: stamp.version, publishedAt: stamp.publishedAt } };
  };
}
