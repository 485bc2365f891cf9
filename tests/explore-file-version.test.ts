// An explorer file (server/explore-files.ts) belongs to one data version, as a built-in chart file does
// (server/version-read.ts): a publish landing while the chart is read is followed, a data version that
// keeps moving is a 503, and a database that cannot say its version is a 503 naming the fix.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type * as ExploreModule from "@/server/explore";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "explore-version-")), "e.db")}`;
// Every call asks the database for its version: no state remembered between the cases.
process.env.DATA_POLL_MS = "100";

/** What happens while the explorer's view is read: a publish, or nothing. */
const during = vi.hoisted(() => ({ read: async (): Promise<void> => {} }));

vi.mock("@/server/explore", async (importOriginal) => {
  const real = await importOriginal<typeof ExploreModule>();
  return {
    ...real,
    fetchExploreView: vi.fn(async (query: string) => {
      const view = await real.fetchExploreView(query);
      await during.read();
      return view;
    }),
  };
});

const { createWriterDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { refreshLiveState } = await import("@/db/live-state");
const { fetchExploreView } = await import("@/server/explore");
const { getExploreFile } = await import("@/server/explore-files");

const STATE = new URLSearchParams("series=ru-am-trade-turnover~ru-am-arms-loans");

/** A publish landing: the loader's commit changes the version the database holds. */
// Written as the loader writes: the site's own client is read-only.
const writer = createWriterDb();

async function setVersion(version: string): Promise<void> {
  await writer.$client.execute({ sql: "update meta set value = ? where key = 'data_version'", args: [version] });
}

beforeAll(async () => {
  expect(await loadDataset(writer, DATA_DIR)).toMatchObject({ ok: true });
  await setVersion("v-start");
  await refreshLiveState();
});

afterEach(async () => {
  during.read = async () => {};
  vi.mocked(fetchExploreView).mockClear();
  await setVersion("v-start");
  await refreshLiveState();
});

describe("explorer files and the data version", () => {
  it("are named and tagged with the version they were read at", async () => {
    const file = await getExploreFile("chart.csv", STATE);
    if (!file.ok) throw new Error(file.message);
    expect(file.name).toMatch(/_data-v-start\.csv$/);
    expect(vi.mocked(fetchExploreView)).toHaveBeenCalledTimes(1);
  });

  it("follow a publish that lands while the chart is read: read again, named after the new version", async () => {
    const before = await getExploreFile("chart.json", STATE);
    if (!before.ok) throw new Error(before.message);
    vi.mocked(fetchExploreView).mockClear();
    let publishes = 0;
    during.read = async () => {
      if (publishes++ === 0) await setVersion("v-next");
    };
    const file = await getExploreFile("chart.json", STATE);
    if (!file.ok) throw new Error(file.message);
    expect(vi.mocked(fetchExploreView)).toHaveBeenCalledTimes(2);
    expect(file.name).toMatch(/_data-v-next\.json$/);
    // Not the cached file of the version before: its ETag names another version.
    expect(file.etag).not.toBe(before.etag);
  });

  it("answer 503 while the version keeps moving, after three reads", async () => {
    let n = 0;
    during.read = async () => setVersion(`v-moving-${n++}`);
    const file = await getExploreFile("chart.svg", STATE);
    expect(file).toEqual({ ok: false, status: 503, message: expect.stringMatching(/being republished/) });
    expect(vi.mocked(fetchExploreView)).toHaveBeenCalledTimes(3);
  });

  it("answer 503 naming the fix when the database cannot say its version after the read", async () => {
    during.read = async () => {
      await writer.$client.execute("delete from meta where key = 'data_version'");
    };
    const file = await getExploreFile("chart.csv", STATE);
    expect(file).toEqual({ ok: false, status: 503, message: expect.stringMatching(/holds no data yet.*db:load/) });
    await writer.$client.execute("insert into meta (key, value) values ('data_version', 'v-start')");
  });

  it("leave a bad state a 400, read once", async () => {
    const file = await getExploreFile("chart.csv", new URLSearchParams("series=no-such-series"));
    expect(file).toMatchObject({ ok: false, status: 400 });
  });
});
