// npm run db:load / npm run publish — validate data/ and load it into DATABASE_URL (default: the embedded
// file) in one transaction, recording what changed since the loaded version (the corrections record).
import "./dotenv-init";
import { fileURLToPath } from "node:url";
import { getDb } from "@/db/client";
import { loadDataset } from "@/db/load";
import { desc } from "drizzle-orm";
import { publishes } from "@/db/schema";

// npm run publish -- <dir> loads another folder laid out like data/ (a reviewed copy, a test's corrected copy).
const dataDir = process.argv[2] ?? fileURLToPath(new URL("../data", import.meta.url));
const result = await loadDataset(getDb(), dataDir);
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
const publish = await getDb().select().from(publishes).orderBy(desc(publishes.id)).limit(1).get();
if (publish?.version === result.version)
  console.log(
    publish.initial
      ? `Recorded as the first publish (${publish.publishedAt}).`
      : `Recorded at ${publish.publishedAt}: ${publish.added} added, ${publish.changed} corrected, ` +
          `${publish.removed} removed. Running replicas serve it within seconds (see docs/deploy.md).`,
  );
