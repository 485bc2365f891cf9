// The explorer's messages are read on the page, in a file's 400 and in an embed: each must be a sentence a
// reader can follow, whatever the series asked for.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "explore-messages-")), "e.db")}`;

const { createWriterDb } = await import("@/db/client");
const { loadDataset } = await import("@/db/load");
const { DATA_DIR } = await import("@/db/ensure");
const { fetchExploreView } = await import("@/server/explore");

beforeAll(async () => {
  expect(await loadDataset(createWriterDb(), DATA_DIR)).toMatchObject({ ok: true });
});

describe("explorer messages for unknown series", () => {
  it("end the name with punctuation before the next sentence when there is no guess", async () => {
    const view = await fetchExploreView("series=zzzzzzzzzzzzzzzz~ru-am-trade-turnover");
    expect(view.errors).toEqual(["there is no series “zzzzzzzzzzzzzzzz”; it was left out."]);
  });

  it("keep the guess as a question and then say what was done", async () => {
    const view = await fetchExploreView("series=ru-am-tarde-turnover");
    expect(view.errors).toEqual([
      "there is no series “ru-am-tarde-turnover”; did you mean “ru-am-trade-turnover”? It was left out.",
    ]);
  });
});
