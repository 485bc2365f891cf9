// Cue parsing on sentences written for these tests (not taken from the seed articles).
import { describe, expect, it } from "vitest";
import { buildCandidates, type Candidate } from "./candidates";

const one = (sentence: string, year = 2025): Candidate => {
  const figures = buildCandidates(sentence, year).filter((c) => !c.notFigure);
  expect(figures, sentence).toHaveLength(1);
  return figures[0] as Candidate;
};
const all = (sentence: string, year = 2025) => buildCandidates(sentence, year);

describe("values and units", () => {
  it.each([
    ["Exports to Turkey reached $12.4 billion last spring.", 12.4e9, "USD"],
    ["The loan was worth US$ 1.6 billion at signing.", 1.6e9, "USD"],
    ["The port earned $7.3bn from transit fees.", 7.3e9, "USD"],
    ["A $499mn credit line was opened for the railway.", 499e6, "USD"],
    ["Unemployment stood at 94 percent of the pre-war level.", 94, "percent"],
    ["The ministry counted 3,000 registered volunteers.", 3000, "people"],
    ["The delegation included nine ministers.", 9, "people"],
    ["The bill has nine articles on customs.", 9, "count"],
    ["The fund paid €250 million to the contractors.", 250e6, "EUR"],
    ["The new highway is 120 kilometers long.", 120, "km"],
    ["The pipeline will carry 10 billion cubic meters a year.", 10, "bcm"],
    ["Each convoy carried 40 tonnes of flour.", 40, "tonnes"],
    ["The strike lasted six weeks in total.", 6, "weeks"],
    ["A dozen inspectors visited the site.", 12, "people"],
    ["The airport lies five miles from the border crossing.", 5, "miles"],
  ])("%s → %d %s", (sentence, value, unit) => {
    const c = one(sentence);
    expect(c.value).toBe(value);
    expect(c.unit).toBe(unit);
  });
});

describe("bounds", () => {
  it.each([
    ["Freight volumes did not exceed $2 billion in the first quarter.", "max", false],
    ["The ministry hired no less than 40 new auditors.", "min", false],
    ["The agency employs more than 500 people.", "min", true],
    ["Output fell to below 10% of capacity.", "max", true],
    ["A near-70% share of voters backed the reform.", "approx", false],
    ["The court heard some 200 witnesses.", "approx", false],
    ["Turnout was up to 35 percent in rural districts.", "max", false],
    ["The bank lent at least US$ 300 million to farmers.", "min", false],
    ["The garrison houses about 1,500 troops.", "approx", false],
    ["Prices rose to over 80 percent of the EU average.", "min", true],
    ["Fewer than 20 ships called at the port.", "max", true],
    ["The tender was estimated at $3 billion by analysts.", "approx", false],
    ["The government holds 60 percent of the shares.", "exact", false],
  ])("%s → %s", (sentence, bound, strict) => {
    const c = one(sentence);
    expect([c.bound, c.strict]).toEqual([bound, strict]);
  });

  it("does not read a preposition before a partitive as a bound", () => {
    const [two] = all("The rebels held control over two of the five provinces.");
    expect([two?.value, two?.bound]).toEqual([2, "exact"]);
  });

  it("keeps the qualifier in the clause to quote", () => {
    expect(one("By then, exports had not exceeded $2 billion, officials said.").clause).toContain("$2 billion");
    expect(one("Freight volumes did not exceed $2 billion in the first quarter.").clause).toContain("did not exceed");
  });
});

describe("ranges, growth and multiples", () => {
  it("reads a range as one figure, low and high, sharing the scale", () => {
    const figures = all("Annual losses were put at $14-16bn by the auditors.").filter((c) => !c.notFigure);
    expect(figures.map((c) => [c.value, c.valueHigh, c.bound, c.unit])).toEqual([[14e9, 16e9, "exact", "USD"]]);
    expect(figures[0]?.range).toEqual({ low: 14e9, high: 16e9 });
    expect(figures[0]?.raw).toBe("14-16bn");
  });

  it("reads a percentage range and a decimal range, and a bound before the range", () => {
    const pct = all("Support for the party ranged 40-44% in the polls.").filter((c) => !c.notFigure);
    expect(pct.map((c) => [c.value, c.valueHigh, c.unit, c.bound])).toEqual([[40, 44, "percent", "exact"]]);
    const years = all("Repairs will take 2-2.5 years to finish.").filter((c) => !c.notFigure);
    expect(years.map((c) => [c.value, c.valueHigh, c.unit])).toEqual([[2, 2.5, "years"]]);
    const some = one("The fire destroyed some 30-40 houses in the valley.");
    expect([some.value, some.valueHigh, some.bound]).toEqual([30, 40, "approx"]);
  });

  it("reads growth as a percent change, with the sign of the verb", () => {
    const grew = one("Remittances grew by 56% compared with the year before.");
    expect([grew.value, grew.unit, grew.change?.kind]).toEqual([56, "percent-change", "growth"]);
    expect(one("Tourist arrivals fell by 12% after the closure.").value).toBe(-12);
    expect(one("A 30% rise in fuel prices followed the ban.").unit).toBe("percent-change");
  });

  it("reads multiples", () => {
    expect([one("Wine exports doubled after the embargo ended.").value, "times"]).toEqual([2, "times"]);
    const tenfold = one("Imports of drones grew tenfold in a single year.");
    expect([tenfold.value, tenfold.unit, tenfold.change?.kind]).toEqual([10, "times", "multiple"]);
    expect(one("The new battery is fourteen times stronger than the old one.").unit).toBe("times");
  });
});

describe("numbers that are not figures are marked, not dropped", () => {
  it("still reads a count of people or things as a figure", () => {
    expect(one("The court freed two Armenian prisoners.").value).toBe(2);
    expect(one("The two sides exchanged 40 prisoners.").value).toBe(40);
    expect(one("Growth was 1.5 percent in the spring.").value).toBe(1.5);
  });

  it.each([
    ["The treaty was signed in 1994 in Bishkek.", "year"],
    ["The vote took place on March 3, 2021 in the capital.", "date"],
    ["The brigade, the 102nd of its kind, moved north.", "ordinal"],
    ["The general, aged 58, retired.", "age"],
    ["The 3+3 platform met again.", "name"],
    ["Article 9 of the statement covers transit.", "name"],
    ["The air force bought JF-17 fighters.", "name"],
    ["She was one of the negotiators.", "pronoun"],
    ["Trade between the two countries has stalled.", "reference"],
    ["Talks between these three foreign ministers resumed.", "reference"],
    ["He called it a one-sided deal.", "idiom"],
    ["[2] The agreement covers transit.", "footnote"],
    ["Photo taken 2023-05-14 at 09.15.42 AM by the agency.", "date"],
    ["Photo taken 2023-05-14 at 09.15.42 AM by the agency.", "name"],
    ["Image: archive 48213377, courtesy of the ministry.", "name"],
  ])("%s → %s", (sentence, reason) => {
    const marked = all(sentence).filter((c) => c.notFigure);
    expect(marked.map((c) => c.notFigure)).toContain(reason);
  });
});

describe("periods", () => {
  it.each([
    ["In 2023, the ministry hired 40 new auditors.", "2023", false],
    ["Since 2019, the fund has paid out $5 million.", "2019/2025", false],
    ["Between 2011 and 2020, Moscow supplied 80 percent of the rifles.", "2011/2020", false],
    ["As of 2024, 12 factories were running.", "2024", false],
    ["In May 2022, 300 workers went on strike.", "2022-05", false],
    ["On 4 July 2019, 15 ships left the port.", "2019-07-04", false],
    ["The city had 30 cinemas a few years ago.", "2020/2023", true],
    ["Last year the council approved 14 projects.", "2024", false],
  ])("%s → %s", (sentence, period, vague) => {
    const c = one(sentence);
    expect([c.period.period, c.period.vague]).toEqual([period, vague]);
  });

  it("uses the article's year, marked as assumed, when the sentence gives no time", () => {
    const c = one("The council approved 14 projects.", 2025);
    expect([c.period.period, c.period.assumed]).toEqual(["2025", true]);
  });

  it("reads the previous sentence's time when the sentence points back to it", () => {
    const text = "Between 2015 and 2019, prices rose. Wages grew by 9 percent during this period.";
    const wages = buildCandidates(text, 2025).find((x) => x.raw === "9");
    expect(wages?.period.period).toBe("2015/2019");
    const text2 = "In 2019, prices rose. Wages are 9 percent higher.";
    const alone = buildCandidates(text2, 2025).find((x) => x.raw === "9");
    expect(alone?.period.period).toBe("2025");
  });
});
