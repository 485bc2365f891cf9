// The time rules beyond the figure's own sentence (period-context.ts, event-refs.ts) and the cues of
// period-rules-extra.ts, each on sentences written for these tests (none is from the seed articles).
import { describe, expect, it } from "vitest";
import { buildCandidates, type Candidate } from "./candidates";

const figure = (text: string, published: string | number, raw: string): Candidate => {
  const c = buildCandidates(text, published).find((x) => x.raw === raw && !x.notFigure);
  if (!c) throw new Error(`no figure "${raw}" in: ${text}`);
  return c;
};
const read = (text: string, published: string | number, raw: string) => {
  const p = figure(text, published, raw).period;
  return [p.period, p.kind, p.vague];
};

describe("the current time frame", () => {
  it("shifts a year from the frame: 'the following year', 'three years later', 'the year before'", () => {
    const text = "The plant opened in 2015. The following year it made 800 tractors. Three years later it made 2,000.";
    expect(read(text, 2024, "800")).toEqual(["2016", "span", false]);
    expect(read(text, 2024, "2,000")).toEqual(["2019", "span", false]);
    const before = "Exports peaked in 2018. The year before, they stood at $90 million.";
    expect(figure(before, 2024, "90 million").period).toMatchObject({
      period: "2017",
      inferredFrom: "Exports peaked in 2018.",
    });
  });

  it("reads 'the previous year' from the article's date when the text has given no time yet", () => {
    const p = figure("The previous year, the mill ground 5,000 tonnes.", "2024-03-01", "5,000").period;
    expect([p.period, p.relative, p.inferredFrom]).toEqual(["2023", true, undefined]);
  });

  it("takes the frame's year for 'that year', and the frame itself for 'during this period'", () => {
    const text = "In the spring of 2021 the border closed. That year, 4,000 trucks waited at the gate.";
    expect(read(text, 2024, "4,000")).toEqual(["2021", "span", false]);
    const period = "Between 2010 and 2014 the line was rebuilt. During this period, 35 stations reopened.";
    expect(read(period, 2024, "35")).toEqual(["2010/2014", "span", false]);
  });

  it("gives a heading's time to the past-tense sentences under it, not to the present", () => {
    const text = "2017: The Drought\n\nFarmers lost 30 percent of the harvest.\n\nToday the region has 12 reservoirs.";
    const lost = figure(text, 2024, "30").period;
    expect([lost.period, lost.inferredFrom]).toEqual(["2017", "2017: The Drought"]);
    expect(figure(text, 2024, "12").period.period).toBe("2024");
    const reset = "2017: The Drought\n\nFarmers lost 30 percent.\n\nThe Recovery\n\nFarmers planted 9 new crops.";
    expect(figure(reset, 2024, "9").period).toMatchObject({ period: "2024", assumed: true });
  });

  it("says where an inferred time came from, and marks it as not assumed", () => {
    const p = figure("On 3 June 2022 the dam failed. Some 2,000 homes were flooded.", 2024, "2,000").period;
    expect(p).toMatchObject({ period: "2022-06-03", assumed: false, inferredFrom: "On 3 June 2022 the dam failed." });
    expect(p.cue).toMatch(/past tense/);
  });
});

describe("an event the article dated, referred back to", () => {
  const text =
    "The 9 April summit in Varna opened the talks. The 20 May meeting in Constanta followed it.\n\n" +
    "Observers said the Varna summit was a success, after the release of 6 sailors.\n\n" +
    "Delegates agreed that the meeting was short, with 14 speeches.";
  it("takes the named event's time as a moment at month precision", () => {
    const p = figure(text, "2023-07-01", "6").period;
    expect([p.period, p.kind, p.inferredFrom]).toEqual(["2023-04", "uncertain", expect.stringContaining("9 April")]);
  });
  it("reads a bare noun as the event of its kind named last", () => {
    expect(read(text, "2023-07-01", "14")).toEqual(["2023-04", "uncertain", false]);
  });
  it("does not date a present-tense clause by the event", () => {
    const present = "The 9 April summit in Varna opened the talks.\n\nThe summit series is run by 11 members.";
    const p = figure(present, "2023-07-01", "11").period;
    expect([p.period, p.assumed, p.inferredFrom]).toEqual(["2023", true, undefined]);
  });
});

describe("more time cues", () => {
  it.each([
    ["In the 1980s the mine employed 3,000 miners.", "3,000", "1980/1989", "span", false],
    ["In the late 1980s the mine employed 3,000 miners.", "3,000", "1987/1989", "uncertain", true],
    ["In the summer of 2021, 70 wildfires broke out.", "70", "2021-06/2021-08", "span", true],
    ["The state plans to build 40 schools by 2030.", "40", "2030", "uncertain", false],
    ["By the end of the year the bank expects 25 branches.", "25", "2025-12", "uncertain", false],
    ["By the end of the decade, 60 percent of cars may be electric.", "60", "2029/2030", "uncertain", true],
    ["In recent months, 300 families have left the valley.", "300", "2024-12/2025-06", "uncertain", true],
    ["In recent weeks, 300 families have left the valley.", "300", "2025-05/2025-06", "uncertain", true],
    ["Earlier this year, the agency fined 8 firms.", "8", "2025-01/2025-05", "uncertain", false],
    ["Over the past decade, the city planted 9,000 trees.", "9,000", "2015/2025", "span", false],
    ["Over the past two decades, the city planted 9,000 trees.", "9,000", "2005/2025", "span", false],
    ["Next year the line will carry 3 million passengers.", "3 million", "2026", "span", false],
    ["Since the 2016 flood, 45 houses have been rebuilt.", "45", "2016/2025", "span", false],
  ])("%s → %s: %s %s", (text, raw, period, kind, vague) => {
    expect(read(text, "2025-06-10", raw)).toEqual([period, kind, vague]);
  });

  it("closes 'after <date>' within its year when the clause ends it there", () => {
    const closed = "After the May 2018 strike that ended in the autumn, 12 factories closed.";
    expect(read(closed, 2024, "12")).toEqual(["2018", "span", false]);
    const open = "After the May 2018 strike, 12 factories closed.";
    expect(read(open, 2024, "12")).toEqual(["2018-05/2024", "uncertain", false]);
  });

  it("reads a duration counted back from the time of writing as of the article's month", () => {
    const p = figure("Over the last 20 years the village has lost half its people.", "2024-10-05", "20").period;
    expect([p.period, p.kind, p.relative]).toEqual(["2024-10", "uncertain", true]);
  });
});
