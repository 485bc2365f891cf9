import { describe, expect, it } from "vitest";
import { numbersIn, quoteStates } from "./quote-numbers";

describe("quoteStates", () => {
  it.each([
    ["In 2024, trade turnover reached $12.4 billion, from $2.5 billion in 2021.", 12_400_000_000],
    ["In 2024, trade turnover reached $12.4 billion, from $2.5 billion in 2021.", 2_500_000_000],
    ["This development followed a US$ 1.6 billion agreement signed in February", 1_600_000_000],
    ["Russia accounted for 94 percent of Armenia's major arms imports", 94],
    ["some 3,000 troops were deployed", 3000],
    ["nine Armenian soldiers", 9],
    ["A near-70% growth in bilateral trade was registered in 2022.", 70],
    ["a twenty-five-year agreement", 25],
    ["at least US$ 300 million in such loans", 300_000_000],
    ["a capacity of 55 billion cubic meters (bcm)", 55],
    ["around 2,000 peacekeepers", 2000],
    ["about 1.5 million people", 1_500_000],
    ["two hundred observers", 200],
    ["the six-member Collective Security Treaty Organization", 6],
    ["The April 2016 Four-Day War", 4],
    ["a self-imposed five-year deadline", 5],
  ])("%s states %d", (quote, value) => {
    expect(quoteStates(quote, value)).toBe(true);
  });

  it.each([
    ["In 2024, trade turnover reached $12.4 billion, from $2.5 billion in 2021.", 12_000_000_000],
    ["Russia accounted for 94 percent of Armenia's major arms imports", 0.94],
    ["at least US$ 300 million in such loans", 3_000_000],
    ["nine Armenian soldiers", 90],
    ["someone said nothing", 1],
  ])("%s does not state %d", (quote, value) => {
    expect(quoteStates(quote, value)).toBe(false);
  });

  it("reads money only in base units", () => {
    const quote = "trade turnover reached $12.4 billion";
    expect(quoteStates(quote, 12.4, { money: true })).toBe(false);
    expect(quoteStates(quote, 12.4e9, { money: true })).toBe(true);
    expect(quoteStates("a capacity of 55 billion cubic meters", 55)).toBe(true);
  });

  it("does not read letters inside words as scales", () => {
    expect(numbersIn("5 km away")).toEqual([5]);
  });
});

describe("the shared reader's additions", () => {
  it("reads the low end of a range with the high end's scale", () => {
    expect(quoteStates("contracts worth $14-16bn a year", 14e9, { money: true })).toBe(true);
    expect(quoteStates("contracts worth $14-16bn a year", 16e9, { money: true })).toBe(true);
    expect(quoteStates("between 3 and 5 billion", 3e9, { money: true })).toBe(false);
  });

  it("reads a dozen and multiples written as words", () => {
    expect(quoteStates("a dozen observers arrived", 12)).toBe(true);
    expect(quoteStates("imports grew tenfold", 10)).toBe(true);
    expect(quoteStates("the budget doubled", 2)).toBe(true);
    expect(quoteStates("the budget doubled", 200)).toBe(false);
  });
});
