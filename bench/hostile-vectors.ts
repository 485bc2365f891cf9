// The hostile clients of bench/hostile.ts: each keeps its pressure on the server until `until`, on
// 127.0.0.1 only, and counts what it got back. They are what one careless or unfriendly client can do
// with plain GET requests (issue 14).
import { connect } from "node:net";

/** `renders`: 200s made for the request (X-Cache: MISS), not served from the server's cache. */
export type Tally = { sent: number; byStatus: Map<number, number>; errors: number; renders: number; note: string };

export const newTally = (): Tally => ({ sent: 0, byStatus: new Map(), errors: 0, renders: 0, note: "" });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function hit(origin: string, path: string, tally: Tally): Promise<number> {
  tally.sent++;
  try {
    const res = await fetch(`${origin}${path}`);
    await res.arrayBuffer();
    tally.byStatus.set(res.status, (tally.byStatus.get(res.status) ?? 0) + 1);
    if (res.status === 200 && res.headers.get("x-cache") === "MISS") tally.renders++;
    return res.status;
  } catch {
    tally.errors++;
    return 0;
  }
}

/** `clients` loops, each asking for the next path of `paths` (shared, so no two ask for the same one). */
async function loops(clients: number, until: number, next: () => string, origin: string, tally: Tally) {
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) {
        const status = await hit(origin, next(), tally);
        // A client that backs off only a little after a 503 (it should wait Retry-After: 2 s).
        if (status === 503 || status === 0) await sleep(100);
      }
    }),
  );
}

/** Distinct maximum-size PNGs: width × scale = 4800 device pixels, both themes, every chart. */
export function largeRenders(charts: string[]) {
  const paths = charts.flatMap((c) =>
    ["width=2400&scale=2", "width=1600&scale=3"].flatMap((q) =>
      ["light", "dark"].map((theme) => `/charts/${c}.png?${q}&theme=${theme}`),
    ),
  );
  return (origin: string, until: number, tally: Tally) => {
    let i = 0;
    tally.note = `${paths.length} distinct images, each asked once`;
    return loops(16, until, () => paths[i++ % paths.length] as string, origin, tally);
  };
}

/**
 * Distinct maximum-size PNGs and PDFs, half the clients each: PDFs at the widest print width (60 cm) and
 * 59 cm, on their own page and on US Letter, both themes, every chart. Every PDF is drawn by a render
 * worker, as every PNG is (server/chart-files.ts).
 */
export function largeRendersAndPdfs(charts: string[]) {
  // The PNG phase's images, from the other end: that phase made the first ones, and cached files are not
  // what this phase measures (X-Cache tells them apart in the count of renders anyway).
  const pngs = charts
    .flatMap((c) =>
      ["width=2400&scale=2", "width=1600&scale=3"].flatMap((q) =>
        ["light", "dark"].map((theme) => `/charts/${c}.png?${q}&theme=${theme}`),
      ),
    )
    .reverse();
  const pdfs = charts.flatMap((c) =>
    ["60cm", "59cm"].flatMap((w) =>
      ["figure", "letter"].flatMap((page) =>
        ["light", "dark"].map((theme) => `/charts/${c}.pdf?width=${w}&page=${page}&theme=${theme}`),
      ),
    ),
  );
  return async (origin: string, until: number, tally: Tally) => {
    let i = 0;
    let j = 0;
    const start = Date.now();
    const pdfTally = newTally();
    await Promise.all([
      loops(8, until, () => pngs[i++ % pngs.length] as string, origin, tally),
      loops(8, until, () => pdfs[j++ % pdfs.length] as string, origin, pdfTally),
    ]);
    const ok = (t: Tally) => t.byStatus.get(200) ?? 0;
    const rate = (t: Tally) => (t.renders / ((until - start) / 1000)).toFixed(2);
    tally.note =
      `${pngs.length} PNGs and ${pdfs.length} PDFs, each asked once; 200s: ${ok(tally)} PNG, ${ok(pdfTally)} PDF; ` +
      `rendered: ${tally.renders} PNG (${rate(tally)}/s), ${pdfTally.renders} PDF (${rate(pdfTally)}/s)`;
    for (const [status, n] of pdfTally.byStatus) tally.byStatus.set(status, (tally.byStatus.get(status) ?? 0) + n);
    tally.sent += pdfTally.sent;
    tally.errors += pdfTally.errors;
    tally.renders += pdfTally.renders;
  };
}

/** The same, before issue 14: any width, so every request was a new render (now snapped, mostly cached). */
export function widthSweep(chart: string) {
  return (origin: string, until: number, tally: Tally) => {
    let w = 320;
    tally.note = "widths 320, 321, 322 … at scale 3";
    return loops(16, until, () => `/charts/${chart}.png?width=${320 + (w++ % 1280)}&scale=3`, origin, tally);
  };
}

/** ~16 KB of distinct query parameters on a page and a chart file. */
export function crowdedQueries(story: string, chart: string) {
  return (origin: string, until: number, tally: Tally) => {
    let n = 0;
    // Built once; a leading counter makes each request distinct without rebuilding 16 KB every time.
    const base = Array.from({ length: 1500 }, (_, i) => `param${i}=1`).join("&");
    const query = () => `n${n}=1&${base}`;
    tally.note = "1,500 parameters (~15 KB), distinct per request";
    return loops(16, until, () => (n++ % 2 ? `${story}?${query()}` : `/charts/${chart}.svg?${query()}`), origin, tally);
  };
}

/** Cache-busting variants: embed options with every height, CSVs with every width. */
export function cacheBusting(chart: string) {
  return (origin: string, until: number, tally: Tally) => {
    let n = 0;
    tally.note = "embed ?theme=dark&footnotes=hide&height=200…2000, CSV ?width=320…2400";
    const next = () => {
      n++;
      return n % 2
        ? `/embed/${chart}?theme=dark&footnotes=hide&height=${200 + (n % 1801)}`
        : `/charts/${chart}.csv?width=${320 + (n % 2081)}`;
    };
    return loops(16, until, next, origin, tally);
  };
}

/**
 * Slow headers (slowloris): 200 connections each sending one header byte a second. Counts the
 * connections the server closed before the phase ended (the server's headersTimeout).
 */
export function slowHeaders(sockets = 200) {
  return async (origin: string, until: number, tally: Tally) => {
    const { hostname, port } = new URL(origin);
    let closed = 0;
    const all = Array.from({ length: sockets }, () => {
      const socket = connect(Number(port), hostname);
      socket.on("error", () => undefined);
      // Read (and drop) the answer: a paused socket never sees the server's close.
      socket.resume();
      socket.write(`GET / HTTP/1.1\r\nHost: ${hostname}\r\nX-Slow: `);
      const drip = setInterval(() => socket.write("a"), 1000);
      socket.on("close", () => {
        clearInterval(drip);
        closed++;
      });
      return { socket, drip };
    });
    tally.sent = sockets;
    await sleep(Math.max(0, until - Date.now()));
    tally.note = `${sockets} connections, one header byte a second; ${closed} closed by the server before the phase ended`;
    for (const { socket, drip } of all) {
      clearInterval(drip);
      socket.destroy();
    }
  };
}
