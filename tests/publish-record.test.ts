// The corrections record: each publish of a new data version lists the figures it added, changed
// (old → new value, bound and quote) or removed, in the load's own transaction.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/db/client";
import { loadDataset } from "@/db/load";
import {
  fetchChangesSince,
  fetchFeedChanges,
  fetchPublishChanges,
  fetchPublishes,
  fetchSeriesHistory,
} from "@/db/queries/changes";
import { ADDED_SHARE_2024, validFixture, writeDataset, type Fixture } from "./dataset-fixture";

/** The fixture with Russia's share corrected from "below 10%" to "below 9%" and one figure added. */
function corrected(): Fixture {
  const f = validFixture();
  const share = f.observations.find((o) => o.id === "ru-share/2025") as Record<string, unknown>;
  share.value = 9;
  share.citations = [{ source: "poghosyan-2025", quote: "As of 2025, that figure has dropped to below 9%" }];
  f.observations.push(structuredClone(ADDED_SHARE_2024));
  return f;
}

async function load(db: Db, f: Fixture): Promise<string> {
  const result = await loadDataset(db, writeDataset(f));
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.version;
}

describe("the corrections record", () => {
  let db: Db;
  let first: string;

  beforeAll(async () => {
    db = createDb(`file:${join(mkdtempSync(join(tmpdir(), "publish-")), "p.db")}`);
    first = await load(db, validFixture());
  });

  it("records the first load as initial: counted, without a row per figure", async () => {
    const [publish] = await fetchPublishes(db);
    expect(publish).toMatchObject({ version: first, initial: true, added: 5, changed: 0, removed: 0 });
    expect(await fetchPublishChanges([publish?.id ?? -1], db)).toEqual([]);
  });

  it("does not record a reload of the same version", async () => {
    await load(db, validFixture());
    expect(await fetchPublishes(db)).toHaveLength(1);
  });

  it("records a correction with the old and new value, bound and quote, and an added figure", async () => {
    const second = await load(db, corrected());
    const [publish] = await fetchPublishes(db);
    expect(publish).toMatchObject({ version: second, initial: false, added: 1, changed: 1, removed: 0 });
    expect(Date.parse(publish?.publishedAt ?? "")).toBeGreaterThan(Date.now() - 60_000);
    const changes = await fetchPublishChanges([publish?.id ?? -1], db);
    expect(changes.find((c) => c.kind === "changed")).toMatchObject({
      observationId: "ru-share/2025",
      oldValue: 10,
      oldBound: "max",
      oldStrict: true,
      oldQuote: "As of 2025, that figure has dropped to below 10%",
      newValue: 9,
      newQuote: "As of 2025, that figure has dropped to below 9%",
    });
    expect(changes.find((c) => c.kind === "added")).toMatchObject({ observationId: "ru-share/2024", newValue: 30 });
    expect((await fetchSeriesHistory(["ru-share"], db)).map((c) => c.kind).sort()).toEqual(["added", "changed"]);
    expect(await fetchSeriesHistory(["ru-am-trade"], db)).toEqual([]);
    expect((await fetchFeedChanges(10, db)).length).toBe(2);
    expect((await fetchChangesSince(first, ["ru-share"], db)).length).toBe(2);
    expect(await fetchChangesSince(second, ["ru-share"], db)).toEqual([]);
    expect(await fetchChangesSince("no-such-version", ["ru-share"], db)).toEqual([]);
  });

  it("records a removed figure with its old value", async () => {
    const f = corrected();
    f.observations = f.observations.filter((o) => o.id !== "ru-share/2024");
    await load(db, f);
    const [publish] = await fetchPublishes(db);
    expect(publish).toMatchObject({ added: 0, changed: 0, removed: 1 });
    const [removed] = await fetchPublishChanges([publish?.id ?? -1], db);
    expect(removed).toMatchObject({ kind: "removed", observationId: "ru-share/2024", oldValue: 30, newValue: null });
  });
});

describe("a change of precision alone", () => {
  it("is recorded as a correction", async () => {
    const db = createDb(`file:${join(mkdtempSync(join(tmpdir(), "publish-")), "p.db")}`);
    await load(db, validFixture());
    const f = validFixture();
    const derived = f.observations.find((o) => o.id === "ru-am-trade/2022") as Record<string, unknown>;
    derived.derived = { formula: "{ru-am-trade/2021} * (1 + {ru-am-growth/2022} / 100)", precision: 1 };
    await load(db, f);
    const [publish] = await fetchPublishes(db);
    expect(publish).toMatchObject({ changed: 1, added: 0, removed: 0 });
    const [change] = await fetchPublishChanges([publish?.id ?? -1], db);
    expect(change).toMatchObject({ observationId: "ru-am-trade/2022", oldPrecision: 2, newPrecision: 1 });
  });
});
