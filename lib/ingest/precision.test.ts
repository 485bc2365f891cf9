// Numbers a reviewer would reject, marked with the reason (kept in the draft, never dropped), and a figure
// stated twice grouped: on sentences written for these tests (none is from the seed articles).
import { describe, expect, it } from "vitest";
import { buildCandidates } from "./candidates";
import { commentsStart } from "./comments";
import { splitSentences } from "./sentences";

const reason = (text: string, raw: string) => buildCandidates(text, 2024).find((c) => c.raw === raw)?.notFigure;

describe("numbers that are not figures", () => {
  it.each([
    ["The reform rests on three pillars.", "three", "enumeration"],
    ["Two Lessons From the Crisis", "Two", "enumeration"],
    ["The ministry sees four main risks for the harvest.", "four", "enumeration"],
    ["One obvious answer is a new bridge.", "One", "enumeration"],
    ["The plan is one that few voters like.", "one", "enumeration"],
    ["Six years later, the court reopened the case.", "Six", "time"],
    ["The next 18 months will decide the outcome.", "18", "time"],
    ["The pact of the Three Rivers was signed in Kyiv.", "Three", "name"],
  ])("%s → %s is %s", (text, raw, why) => {
    expect(reason(text, raw)).toBe(why);
  });

  it.each([
    ["The army lost three tanks.", "three"],
    ["One soldier was wounded.", "One"],
    ["The fund spent 18 million dollars in the next year.", "18 million"],
    ["The project took six years to finish.", "six"],
  ])("still proposes %s (%s)", (text, raw) => {
    expect(reason(text, raw)).toBeNull();
  });
});

describe("reader comments in plain text", () => {
  const article = "The port handled 40 ships.\n\n";
  it("starts at a comments heading", () => {
    const text = `${article}3 Comments\n\nAna says:\nIt was 90 ships, I counted.`;
    expect(commentsStart(text)).toBe(article.length);
    expect(reason(text, "90")).toBe("comment");
    expect(reason(text, "40")).toBeNull();
  });
  it("starts at the indented comments before a comment form", () => {
    const text = `${article}  1. Great piece. My uncle saw 70 ships.\n\n    • No, 12.\n\nLeave a Reply\n`;
    expect(reason(text, "70")).toBe("comment");
    expect(reason(text, "12")).toBe("comment");
    expect(reason(text, "40")).toBeNull();
  });
  it("finds none in an article without them", () => {
    expect(commentsStart(`${article}The harbour has 3 cranes.`)).toBeNull();
  });
});

describe("a figure stated twice", () => {
  it("groups the later mention with the first, and keeps different figures apart", () => {
    const text =
      "The 12-day strike hit the port. Dockers won 3 new cranes.\n\nAfter the 12-day strike, the port hired 3 pilots.";
    const cands = buildCandidates(text, 2024).filter((c) => !c.notFigure);
    const [first, cranes, second, pilots] = cands;
    expect(second?.repeatOf).toBe(first?.id);
    expect([first?.repeatOf, cranes?.repeatOf, pilots?.repeatOf]).toEqual([null, null, null]);
  });
  it("reads each of two equal numbers in one sentence by its own following words", () => {
    const text = "The ministry counted 3 villages and 3 protocols. Later it signed the 3 protocols.";
    const [villages, protocols, again] = buildCandidates(text, 2024).filter((c) => !c.notFigure);
    expect([villages?.repeatOf, protocols?.repeatOf]).toEqual([null, null]);
    expect(again?.repeatOf).toBe(protocols?.id);
  });
});

describe("sentences", () => {
  it("does not end one at an abbreviated month before a day", () => {
    const s = splitSentences("Putin spoke in Vladivostok on Sept. 12, 2023 about 5 ports. He left.");
    expect(s.map((x) => x.text)).toEqual(["Putin spoke in Vladivostok on Sept. 12, 2023 about 5 ports.", "He left."]);
    expect(reason("The forum opened on Sept. 12, 2023 with 40 delegations.", "12")).toBe("date");
  });
});

describe("changes stated with an object", () => {
  it("reads 'cut its staff by 15 percent' as a fall", () => {
    const c = buildCandidates("The firm cut its staff by 15 percent.", 2024).find((x) => x.raw === "15");
    expect([c?.unit, c?.value, c?.change?.kind]).toEqual(["percent-change", -15, "growth"]);
  });
});

describe("the dateline of a plain-text article", () => {
  it.each([
    ["Grain Exports\n\nBATUMI, 14 November 2024 — The port grew.", "2024-11-14"],
    ["BAKU, Nov. 3, 2023 (Reuters) - Oil rose.", "2023-11-03"],
    ["Title\nPublished on March 9, 2022\n\nText.", "2022-03-09"],
  ])("reads %j as %s", async (text, date) => {
    const { datelineDate } = await import("./article-date");
    expect(datelineDate(text)).toBe(date);
  });
  it("reads none from a date in the body", async () => {
    const { datelineDate } = await import("./article-date");
    expect(datelineDate("The port grew. On 14 November 2024, it opened a berth.")).toBeNull();
  });
});
