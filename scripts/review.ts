// npm run review -- <draft.json> — the local review page for a draft made by `npm run ingest`.
// Loopback only, with a token in the printed address; saving writes data/ and loads it like db:load.
import "./dotenv-init";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { createWriterDb } from "@/db/client";
import type { Draft } from "@/lib/ingest/draft";
import { createReviewServer } from "@/review/server";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run review -- <draft.json>   (make one with npm run ingest -- <article.html|.txt|.md>)");
  process.exit(2);
}
let draft: Draft;
try {
  draft = JSON.parse(readFileSync(file, "utf8")) as Draft;
  if (draft.version !== 1 || !Array.isArray(draft.candidates)) throw new Error("not a draft made by npm run ingest");
} catch (e) {
  console.error(`${file}: ${(e as Error).message}`);
  process.exit(2);
}
const port = Number(process.env.REVIEW_PORT ?? 3100);
const dataDir = process.env.REVIEW_DATA_DIR ?? fileURLToPath(new URL("../data", import.meta.url));
const { server, token } = createReviewServer({
  draft,
  draftName: basename(draft.input),
  dataDir,
  db: createWriterDb(),
});
server.on("error", (e: NodeJS.ErrnoException) => {
  console.error(e.code === "EADDRINUSE" ? `port ${port} is in use: set REVIEW_PORT to a free one` : e.message);
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => {
  console.log(`Review ${draft.candidates.length} candidates at http://127.0.0.1:${port}/?token=${token}`);
});
