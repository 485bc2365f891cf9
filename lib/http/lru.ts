// A small bounded cache: rendered images are reused across requests, and memory stays flat. Bounded by
// entries and, optionally, by a total weight (bytes), so a few large images cannot hold hundreds of MB.
export type LruWeight<V> = { maxWeight: number; weigh: (value: V) => number };

export class Lru<V> {
  private readonly map = new Map<string, V>();
  private weight = 0;

  constructor(
    private readonly max: number,
    private readonly limit?: LruWeight<V>,
  ) {}

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.delete(key);
    this.map.set(key, value);
    this.weight += this.limit?.weigh(value) ?? 0;
    while (this.map.size > this.max || (this.limit && this.weight > this.limit.maxWeight && this.map.size > 1))
      this.delete(this.map.keys().next().value as string);
  }

  get size(): number {
    return this.map.size;
  }

  private delete(key: string): void {
    const old = this.map.get(key);
    if (old === undefined) return;
    this.map.delete(key);
    this.weight -= this.limit?.weigh(old) ?? 0;
  }
}

/**
 * A process-wide cache of answers, bounded by entries and by their bodies' bytes, held on globalThis under
 * `name`: the Next.js route that fills it and the HTTP server's fast path that answers from it are separate
 * bundles of one process, and must share one cache.
 */
export function sharedBodyCache<V extends { body: Buffer }>(name: string, entries: number, maxBytes: number): Lru<V> {
  const holder = globalThis as typeof globalThis & Record<string, Lru<V> | undefined>;
  holder[name] ??= new Lru<V>(entries, { maxWeight: maxBytes, weigh: (v) => v.body.byteLength });
  return holder[name];
}
