// Each time cue on sentences written for these tests (none is from the seed articles). The article's
// date is given as the ingest step gets it: a day, a month or a year.
import { describe, expect, it } from "vitest";
import { buildCandidates, type Candidate } from "./candidates";

const figure = (text: string, published: string | number, raw?: string): Candidate => {
  const figures = buildCandidates(text, published).filter((c) => !c.notFigure && (!raw || c.raw === raw));
  expect(figures.length, text).toBeGreaterThan(0);
  return figures[0] as Candidate;
};
const period = (text: string, published: string | number = "2025-06-10", raw?: string) => {
  const p = figure(text, published, raw).period;
  return [p.period, p.kind, p.vague];
};

describe("a time cue in the sentence", () => {
  it.each([
    ["In 2024, the port handled 40 million tonnes of grain.", "2024", "span", false],
    ["Since 2020, the fund has lent $300 million to farmers.", "2020/2025", "span", false],
    ["Since March 2021, 14 new clinics have opened.", "2021-03/2025-06", "span", false],
    ["Between 2011 and 2020, the mill exported 80 percent of its flour.", "2011/2020", "span", false],
    ["From 2015 to 2018, 300 engineers left the country.", "2015/2018", "span", false],
    ["Over 2016-2019, the ministry built 120 km of road.", "2016/2019", "span", false],
    ["As of 2025, 12 ferries were in service.", "2025", "uncertain", false],
    ["As of March 2024, the fleet numbered 45 ships.", "2024-03", "uncertain", false],
    ["In May 2022, 300 dockers went on strike.", "2022-05", "span", false],
    ["On 4 July 2019, 15 ships left the harbour.", "2019-07-04", "span", false],
    ["On September 9, 2023, the court fined 11 companies.", "2023-09-09", "span", false],
    ["In the first half of 2023, exports rose by 12%.", "2023-01/2023-06", "span", false],
    ["In the second half of 2022, 60 flights were cancelled.", "2022-07/2022-12", "span", false],
    ["In the third quarter of 2024, the bank lost $5 million.", "2024-07/2024-09", "span", false],
    ["Profits reached $8 million in Q2 2023.", "2023-04/2023-06", "span", false],
    ["The budget for fiscal year 2024 set aside $90 million for dams.", "2024", "span", true],
    ["In FY2023/24 the railway carried 7 million passengers.", "2023/2024", "span", true],
    ["By the end of 2023, debt stood at $4 billion.", "2023-12", "uncertain", false],
    ["In late 2024 the agency hired 200 inspectors.", "2024-09/2024-12", "uncertain", true],
    ["Last year the council approved 14 projects.", "2024", "span", false],
    ["The mill currently employs 450 workers.", "2025", "uncertain", false],
    ["To date, donors have pledged $70 million.", "2025", "uncertain", false],
    ["The city had 30 cinemas a few years ago.", "2020/2023", "uncertain", true],
    ["Four years ago, the harbour had 9 cranes.", "2021", "uncertain", false],
    ["Over the past five years, 2,000 families moved to the capital.", "2020/2025", "span", false],
    ["Recently, 18 villages were reconnected to the grid.", "2022/2025", "uncertain", true],
  ])("%s → %s %s", (text, p, kind, vague) => {
    // The figure is the last number of the sentence ("Four years ago, the harbour had 9 cranes").
    const last = buildCandidates(text, "2025-06-10")
      .filter((c) => !c.notFigure)
      .at(-1)?.raw;
    expect(period(text, "2025-06-10", last)).toEqual([p, kind, vague]);
  });

  it("reads a month or a day named without a year against the article's date", () => {
    expect(period("The ministry announced on March 3 that 12 mines would close.", "2025-06-10")).toEqual([
      "2025-03-03",
      "span",
      false,
    ]);
    // "in November", written in February: the November before.
    expect(period("In November the port took in 25 tankers.", "2025-02-20")[0]).toBe("2024-11");
    expect(period("The 12 October summit agreed on 4 new crossings.", "2024-11-02", "4")[0]).toBe("2024-10-12");
    expect(figure("In November the port took in 25 tankers.", "2025-02-20").period.relative).toBe(true);
  });

  it("reads a date after 'after' or 'following' as a lower bound, when it is the only cue", () => {
    const after = "A 60-strong team was sent following the flooding in April 2023.";
    expect(period(after, "2024-02-01")).toEqual(["2023-04/2024-02", "uncertain", false]);
    // Another cue in the sentence is the figure's own time: the date after "after" only places an event.
    const both = "In 2019, after a 2018 summit, the two states signed 6 agreements.";
    expect(period(both)[0]).toBe("2019");
  });

  it("reads 'since <an event> in <year>' as an interval up to the article's year", () => {
    expect(period("The two ports have shared 3 pilots since their opening in 1998.", 2024)[0]).toBe("1998/2024");
  });

  it("does not read the figure's own words as its time", () => {
    // "the past 10-15 years" is the figure, counted back from the time of writing: a moment at the
    // article's month, not the years it covers.
    const c = figure("The minister said that in the past 10-15 years the mine changed hands.", "2022-05-01");
    expect([c.value, c.valueHigh, c.period.period, c.period.kind]).toEqual([10, 15, "2022-05", "uncertain"]);
    expect(c.period.relative).toBe(true);
    // With only the year known, the year; a duration not counted back ("for 10-15 years") is not read so.
    expect(figure("In the past 10-15 years the mine changed hands.", 2022).period.period).toBe("2022");
    const plain = figure("The mine changed hands every 10-15 years.", "2022-05-01").period;
    expect([plain.period, plain.assumed]).toEqual(["2022", true]);
  });
});

describe("time carried from the sentences before", () => {
  it("continues a dated sentence's time in the past simple, in the same paragraph", () => {
    const text = "On 18 May 2022, the police raided the office. Seven people were arrested.";
    expect(figure(text, 2023, "Seven").period.period).toBe("2022-05-18");
  });

  it("does not carry it into a sentence in the present, or into the next paragraph", () => {
    const present = "On 18 May 2022, the police raided the office. The party has 40 offices in the region.";
    expect(figure(present, 2023, "40").period).toMatchObject({ period: "2023", assumed: true });
    const next = "On 18 May 2022, the police raided the office.\n\nSeven people were arrested.";
    expect(figure(next, 2023, "Seven").period).toMatchObject({ period: "2023", assumed: true });
  });

  it("continues an interval up to the time of writing in the present perfect", () => {
    const text = "The two leagues have been rivals since their founding in 1950. They have played 140 finals.";
    expect(figure(text, 2024, "140").period.period).toBe("1950/2024");
    const closed = "Between 1990 and 1995, the league grew. It has 30 clubs.";
    expect(figure(closed, 2024, "30").period.period).toBe("2024");
  });
});

describe("the tense a sentence narrates in", () => {
  it("reads the first finite verb, not a participle before a noun or in a trailing phrase", async () => {
    const { tenseOf } = await import("./tense");
    expect(tenseOf("Seven people were arrested on the spot.")).toBe("past");
    expect(tenseOf("The two leagues have played 140 finals.")).toBe("perfect");
    expect(tenseOf("Russian armed forces guard the border.")).toBe("present");
    expect(tenseOf("There will be 5 new routes.")).toBe("future");
    expect(tenseOf("The government counts nine licensed importers, all of them based in Tbilisi.")).not.toBe("past");
  });
});

describe("an event dated once and measured later", () => {
  it("gives the length of the event the date the article first gave it", () => {
    const text = "The 2008 war reshaped the region.\n\nVeterans of the five-day war met in Tbilisi.";
    expect(figure(text, 2024, "five").period).toMatchObject({ period: "2008", assumed: false });
    const other = "The 2008 war reshaped the region.\n\nThe three-day summit ended without a statement.";
    expect(figure(other, 2024, "three").period).toMatchObject({ period: "2024", assumed: true });
  });
});

describe("month names", () => {
  it("are whole words: 'Since March 2021' is not 'since Mar'", () => {
    const year = buildCandidates("Since March 2021, the port has handled 40 ships.", "2025-06").find(
      (c) => c.raw === "2021",
    );
    expect(year?.period.cue).not.toMatch(/^since mar$/i);
    expect(period("Since March 2021, the port has handled 40 ships.", "2025-06", "40")[0]).toBe("2021-03/2025-06");
  });
});
