// npm run db:load / npm run publish — validate data/ and load it into DATABASE_URL (default: the embedded
// file) in one transaction, recording what changed since the loaded version (the corrections record).
import "./dotenv-init";
import { fileURLToPath } from "node:url";
import { createDb } from "@/db/client";
import { loadDataset } from "@/db/load";
import { desc } from "drizzle-orm";
import { publishes } from "@/db/schema";
import { getEnv } from "@/lib/site/env";

// npm run publish -- <dir> loads another folder laid out like data/ (a reviewed copy, a test's corrected copy).
// --full parses and rewrites every file even when only some changed (db/load-incremental.ts).
const args = process.argv.slice(2);
const full = args.includes("--full");
const dataDir = args.find((a) => a !== "--full") ?? fileURLToPath(new URL("../data", import.meta.url));
// A client of its own, without the readers' time budget: a large load's batches may take longer.
const db = createDb(getEnv().DATABASE_URL, getEnv().DATABASE_AUTH_TOKEN);
const result = await loadDataset(db, dataDir, { full });
if (!result.ok) {
  for (const error of result.errors) console.error(error);
  console.error(
    `Nothing was loaded: ${result.errors.length} problem${result.errors.length === 1 ? "" : "s"} in data/.`,
  );
  process.exit(1);
}
const { counts } = result;
console.log(
  `Loaded data version ${result.version}: ${counts.observations} observations in ${counts.series} series, ` +
    `${counts.citations} citations from ${counts.sources} sources.`,
);
const publish = await db.select().from(publishes).orderBy(desc(publishes.id)).limit(1).get();
if (publish?.version === result.version)
  console.log(
    publish.initial
      ? `Recorded as the first publish (${publish.publishedAt}).`
      : `Recorded at ${publish.publishedAt}: ${publish.added} added, ${publish.changed} corrected, ` +
          `${publish.removed} removed. Running replicas serve it within seconds (see docs/deploy.md).`,
  );
