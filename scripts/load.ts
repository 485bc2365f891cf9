// npm run db:load — validate data/ and load it into DATABASE_URL (default: the embedded file).
import "./dotenv-init";
import { fileURLToPath } from "node:url";
import { getDb } from "@/db/client";
import { loadDataset } from "@/db/load";

const dataDir = fileURLToPath(new URL("../data", import.meta.url));
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
