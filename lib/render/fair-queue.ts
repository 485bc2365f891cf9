// The render pool's waiting line, fair between lanes (issue 14): one lane per kind of file (PNG, PDF, SVG),
// so a flood of one kind cannot keep the other out. Two rules:
// - Taking: the non-empty lane served longest ago goes next (round-robin), whatever arrived first.
// - Admitting: while there is room anyone gets in; when full, a newcomer whose lane holds at least two
//   fewer places than the longest lane takes the longest lane's newest place (that job is refused as busy,
//   as it would have been had it come second). Places tend to an even split among the lanes asking, and
//   a single lane still gets the whole queue when it is alone.
// Lanes are a small fixed set named by code (file formats), never by a request, so they are never dropped.

type Lane<T> = { items: T[]; lastServed: number };

export type Admission<T> = { admitted: false } | { admitted: true; evicted: T | null };

export class FairQueue<T> {
  private readonly lanes = new Map<string, Lane<T>>();
  private size = 0;
  private served = 0;

  constructor(private readonly capacity: number) {}

  get length(): number {
    return this.size;
  }

  /** Places per lane, for stats. */
  lengths(): Record<string, number> {
    return Object.fromEntries([...this.lanes].map(([name, lane]) => [name, lane.items.length]));
  }

  /** Whether push(lane, …) would admit now. */
  admits(lane: string): boolean {
    if (this.size < this.capacity) return true;
    const longest = this.longest();
    return longest !== null && (this.lanes.get(lane)?.items.length ?? 0) + 1 < longest.items.length;
  }

  push(lane: string, item: T): Admission<T> {
    if (!this.admits(lane)) return { admitted: false };
    let evicted: T | null = null;
    if (this.size >= this.capacity) {
      // admits() said the longest lane holds at least two places: it gives up its newest one.
      evicted = (this.longest() as Lane<T>).items.pop() as T;
      this.size--;
    }
    this.laneOf(lane).items.push(item);
    this.size++;
    return { admitted: true, evicted };
  }

  /** Records that `lane` was served without waiting (a worker was free), so its turn comes last. */
  markServed(lane: string): void {
    this.laneOf(lane).lastServed = ++this.served;
  }

  /** The next item: the head of the non-empty lane served longest ago. */
  shift(): T | undefined {
    let next: Lane<T> | null = null;
    for (const lane of this.lanes.values())
      if (lane.items.length && (!next || lane.lastServed < next.lastServed)) next = lane;
    if (!next) return undefined;
    next.lastServed = ++this.served;
    this.size--;
    return next.items.shift();
  }

  /** Takes `item` out wherever it waits; false when it is not queued. */
  remove(item: T): boolean {
    for (const lane of this.lanes.values()) {
      const index = lane.items.indexOf(item);
      if (index < 0) continue;
      lane.items.splice(index, 1);
      this.size--;
      return true;
    }
    return false;
  }

  /** Empties the queue, returning what waited. */
  drain(): T[] {
    const all = [...this.lanes.values()].flatMap((lane) => lane.items.splice(0));
    this.size = 0;
    return all;
  }

  private laneOf(name: string): Lane<T> {
    let lane = this.lanes.get(name);
    if (!lane) {
      lane = { items: [], lastServed: 0 };
      this.lanes.set(name, lane);
    }
    return lane;
  }

  private longest(): Lane<T> | null {
    let longest: Lane<T> | null = null;
    for (const lane of this.lanes.values()) if (!longest || lane.items.length > longest.items.length) longest = lane;
    return longest;
  }
}
