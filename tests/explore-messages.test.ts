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
const { getExploreFile } = await import("@/server/explore-files");
const { getExploreEmbed } = await import("@/server/explore-page");

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

describe("how many series the explorer keeps", () => {
  const slugs = async (n: number) => {
    const rs = await createWriterDb().$client.execute({
      sql: "select slug from series order by slug limit ?",
      args: [n],
    });
    return rs.rows.map((r) => String(r.slug));
  };

  it("checks which series exist before keeping six: wrong names do not push out a right one", async () => {
    const [real = ""] = await slugs(1);
    const wrong = Array.from({ length: 6 }, (_, i) => `no-such-series-${i}`);
    const view = await fetchExploreView(`series=${[...wrong, real].join("~")}`);
    expect(view.state.series).toEqual([real]);
    expect(view.chosen.map((c) => c.slug)).toEqual([real]);
    expect(view.errors.filter((e) => e.startsWith("there is no series"))).toHaveLength(6);
  });

  it("keeps the first six that exist, in the URL's order, and says so", async () => {
    const real = (await slugs(8)).reverse();
    const view = await fetchExploreView(`series=${real.join("~")}`);
    expect(view.state.series).toEqual(real.slice(0, 6));
    expect(view.chart?.panels.flatMap((p) => p.series.map((s) => s.slug)).sort()).toEqual(real.slice(0, 6).sort());
    expect(view.errors).toEqual(["at most 6 series can be compared; the first 6 are kept"]);
  });
});

describe("a file's answer to a state with a mistake", () => {
  const message = async (query: string) => {
    const file = await getExploreFile("chart.svg", new URLSearchParams(query));
    return file.ok ? "a file" : [file.status, file.message];
  };

  it("names the mistake, not the repair the page makes (no file is made)", async () => {
    expect(await message("series=zzzzzzzzzzzzzzzz~ru-am-trade-turnover")).toEqual([
      400,
      "Bad explorer state: there is no series “zzzzzzzzzzzzzzzz”.",
    ]);
    expect(await message("series=ru-am-tarde-turnover")).toEqual([
      400,
      "Bad explorer state: there is no series “ru-am-tarde-turnover”; did you mean “ru-am-trade-turnover”?",
    ]);
    expect(await message(`series=ru-am-trade-turnover&title=${"t".repeat(101)}`)).toEqual([
      400,
      "Bad explorer state: the title is 101 characters long; at most 100.",
    ]);
  });

  it("lists the state's parameters with the file's for one it does not take", async () => {
    expect(await message("series=ru-am-trade-turnover&colour=red")).toEqual([
      400,
      "unknown parameter: use series, time, from, to, title, subtitle, note, width, scale, theme, dpi, page or text",
    ]);
  });
});

describe("an embed's answer to a state with a mistake", () => {
  const answer = async (series: string) => {
    const page = await getExploreEmbed({ series });
    return page.chart ? "a chart" : [page.status, page.error];
  };

  it("names the mistake, as a file does: it draws nothing, so nothing was left out or kept", async () => {
    expect(await answer("ru-am-trade-turnover~zzzzzzzzzzzzzzzz")).toEqual([
      404,
      "there is no series “zzzzzzzzzzzzzzzz”.",
    ]);
    expect(await answer("ru-am-tarde-turnover")).toEqual([
      404,
      "there is no series “ru-am-tarde-turnover”; did you mean “ru-am-trade-turnover”?",
    ]);
    const seven = (await createWriterDb().$client.execute("select slug from series order by slug limit 7")).rows;
    expect(await answer(seven.map((r) => String(r.slug)).join("~"))).toEqual([
      400,
      "at most 6 series can be compared.",
    ]);
  });
});

describe("what an explorer image carries", () => {
  it("writes each value it had no room to label, and what qualifies each value", async () => {
    const state = "series=ru-am-trade-turnover~in-am-defence-contracts~ru-share-am-arms-imports&time=2015..2024";
    const file = await getExploreFile("chart.svg", new URLSearchParams(state));
    if (!file.ok) throw new Error(file.message);
    const text = file.file.body
      .toString("utf8")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ");
    // At 800 px the 2021 value's label collides with the defence contracts' bar label: only its footnote is drawn.
    expect(text).toContain(
      "Russia–Armenia trade turnover, 2021: $2.5B [1]: not written on the chart, for want of room.",
    );
    expect(text).toContain("× (1 + [Russia–Armenia trade growth, 2022] ÷ 100).");
    expect(text).toContain("read as a moment two to five years earlier");
  });
});

describe("the chart author's note", () => {
  it("is labelled as theirs in the files, never as one of the data's notes", async () => {
    const file = await getExploreFile(
      "chart.svg",
      new URLSearchParams("series=ru-am-trade-turnover&note=Note: derived"),
    );
    if (!file.ok) throw new Error(file.message);
    const text = file.file.body.toString("utf8").replace(/<[^>]+>/g, "");
    expect(text).toContain("Chart author’s note: Note: derived");
    // The data's own note keeps its label.
    expect(text).toMatch(/(^|[^’s ])Note: No figure in the articles/);
  });
});
