// `{ ...base, ...more }` for the objects a read builds per row. Object spread copies through V8's
// CloneObject path, and on Node.js 20 the copies of decoded rows (a page of figures, a list of series)
// outlived their request: each young-generation collection found ~1.1 MB still reachable, copied it and
// promoted it to the old generation, a 5–7 ms pause every ~12 API requests — most of the API's p95.
// The same copies made by Object.assign leave ~50 KB and a 1 ms pause (bench/api-gc.ts measures both).
// A short synthetic loop does not show it; the API's own reads do.
export function extend<A extends object, B extends object>(base: A, more: B): A & B {
  return Object.assign({}, base, more);
}
