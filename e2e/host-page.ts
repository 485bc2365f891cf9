// Another site for the embed tests: a page on its own origin (another port) that pastes our embed codes.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type HostPage = { url: string; close: () => Promise<void> };

const PARAGRAPH = "<p>The host article's own text runs above and below the charts, as a newspaper's would.</p>";

export function hostHtml(embedCodes: string[]): string {
  const body = embedCodes.map((code, i) => `<section id="embed-${i}">${code}</section>${PARAGRAPH}`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Host article</title><link rel="icon" href="data:,"><style>body{margin:0;font:18px/1.5 Georgia,serif}main{padding:0 8px}</style></head>
<body><main><h1>A host article</h1>${PARAGRAPH}${PARAGRAPH}
${body}</main></body></html>`;
}

/** Serves `html` at / on 127.0.0.1 and a port the system picks. */
export async function startHostPage(html: string): Promise<HostPage> {
  const server = createServer((req, res) => {
    res.writeHead(req.url === "/" ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
    res.end(req.url === "/" ? html : "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
