// npm run --silent data:export — the whole dataset as JSON on stdout, read back from the database.
import "./dotenv-init";
import { ensureDatabase } from "@/db/ensure";
import { getExport } from "@/db/queries/export";

await ensureDatabase();
process.stdout.write(`${JSON.stringify(await getExport(), null, 1)}\n`);
