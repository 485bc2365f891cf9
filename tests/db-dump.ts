// A logical dump of a database: every table's rows in a stable order, so two loads can be compared
// exactly. The publish time (a clock reading) and the loader's own bookkeeping of file hashes are left out.
import type { Client } from "@libsql/client";

const SKIP_COLUMNS: Record<string, string[]> = { publishes: ["published_at"] };
const SKIP_META_KEYS = ["loaded_files", "loaded_small_files"];

export async function dumpDatabase(client: Client): Promise<Record<string, unknown[][]>> {
  const tables = await client.execute(
    `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
       and name not like 'search_index_%' order by name`,
  );
  const dump: Record<string, unknown[][]> = {};
  for (const row of tables.rows) {
    const name = String(row.name);
    const info = await client.execute(`select name from pragma_table_info('${name}')`);
    const columns = info.rows.map((r) => String(r.name)).filter((c) => !SKIP_COLUMNS[name]?.includes(c));
    // rowid too: the search index's rowids order its candidates (db/queries/search.ts).
    const list = ["rowid", ...columns].map((c) => `"${c}"`).join(", ");
    const where = name === "meta" ? `where key not in (${SKIP_META_KEYS.map((k) => `'${k}'`).join(", ")})` : "";
    const rs = await client.execute(`select ${list} from "${name}" ${where} order by ${list}`);
    dump[name] = rs.rows.map((r) =>
      columns.length === 0 ? [] : Array.from({ length: columns.length + 1 }, (_, i) => r[i]),
    );
  }
  return dump;
}
