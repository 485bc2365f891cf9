// What a page, chart or citation was made from (issue 12): the data version and the day it was published.
export type DataStamp = { version: string; publishedAt: string | null };

/** "data version 3f2a…, last updated 2026-12-04". */
export function dataStampText(stamp: DataStamp): string {
  return `data version ${stamp.version}${stamp.publishedAt ? `, last updated ${stamp.publishedAt.slice(0, 10)}` : ""}`;
}
