import { describe, expect, it } from "vitest";
import {
  EMPTY_STATE,
  MAX_NAMED,
  MAX_SERIES,
  TEXT_LIMITS,
  isCanonical,
  parseExploreState,
  serialiseExploreState,
  withSeries,
  withoutSeries,
} from "./state";

const parse = (q: string) => parseExploreState(new URLSearchParams(q));

describe("explorer URL state", () => {
  it("reads the canonical form and writes it back unchanged", () => {
    const q = "series=a-b~c~d-e-f&time=2011..2025&title=India+%26+Pakistan&subtitle=In+%24&note=Mine";
    const { state, errors } = parse(q);
    expect(errors).toEqual([]);
    expect(state).toEqual({
      series: ["a-b", "c", "d-e-f"],
      from: 2011,
      to: 2025,
      title: "India & Pakistan",
      subtitle: "In $",
      note: "Mine",
    });
    expect(serialiseExploreState(state)).toBe(q);
    expect(isCanonical(new URLSearchParams(q), state)).toBe(true);
  });

  it("reads what a plain form sends (repeated series, from/to, empty fields) and is not canonical", () => {
    const params = new URLSearchParams("series=a&series=b&from=2015&to=&title=&add=");
    const { state, errors } = parseExploreState(params);
    expect(errors).toEqual([]);
    expect(state).toEqual({ ...EMPTY_STATE, series: ["a", "b"], from: 2015 });
    expect(serialiseExploreState(state)).toBe("series=a~b&time=2015..");
    expect(isCanonical(params, state)).toBe(false);
  });

  it("keeps the series readable: ~ and .. are never percent-encoded", () => {
    const s = serialiseExploreState({ ...EMPTY_STATE, series: ["x", "y"], from: null, to: 2020 });
    expect(s).toBe("series=x~y&time=..2020");
  });

  it("round-trips any text, escapes included, through URLSearchParams", () => {
    const title = `<script>alert("x")</script> & ~.. +%20 “quotes” Երևան`;
    const state = { ...EMPTY_STATE, series: ["a"], title };
    const back = parse(serialiseExploreState(state)).state;
    expect(back.title).toBe(title);
  });

  it("makes text plain: control characters dropped, white space collapsed", () => {
    const { state } = parse(`title=${encodeURIComponent("  A\u0000\tB\n\nC ")}`);
    expect(state.title).toBe("A B C");
  });

  it("says when a text is too long and cuts it to the limit, counting characters not UTF-16 units", () => {
    const long = "🙂".repeat(TEXT_LIMITS.title);
    expect(parse(`title=${encodeURIComponent(long)}`).errors).toEqual([]);
    const { state, errors } = parse(`title=${encodeURIComponent(`${long}x`)}`);
    expect(errors[0]).toMatch(/at most 100/);
    expect([...state.title]).toHaveLength(TEXT_LIMITS.title);
  });

  it.each([
    ["time=2025..2011", /ends \(2011\) before it starts \(2025\)/],
    ["time=last+year", /must read like 2011\.\.2025/],
    ["time=1066..2011", /from 1900 to 2100/],
    ["from=20x1", /from 1900 to 2100/],
    ["series=Bad_Slug", /is not a series name/],
    ["title=a&title=b", /given more than once/],
  ])("refuses %s with a clear message", (q, message) => {
    const { errors } = parse(q);
    expect(errors.join(" ")).toMatch(message);
  });

  it("keeps at most MAX_SERIES series, drops duplicates, and says so", () => {
    const many = Array.from({ length: MAX_SERIES + 2 }, (_, i) => `s${i}`);
    const { state, errors } = parse(`series=${many.join("~")}~s0`);
    expect(state.series).toEqual(many.slice(0, MAX_SERIES));
    expect(errors[0]).toMatch(`at most ${MAX_SERIES}`);
  });

  it("reads up to MAX_NAMED names for the server to check, and says so beyond", () => {
    const many = Array.from({ length: MAX_NAMED + 3 }, (_, i) => `s${i}`);
    const { state, errors } = parseExploreState(new URLSearchParams(`series=${many.join("~")}`), MAX_NAMED);
    expect(state.series).toEqual(many.slice(0, MAX_NAMED));
    expect(errors).toEqual([`only the first ${MAX_NAMED} series names are looked up`]);
  });

  it("adds and removes series without duplicates or overflow", () => {
    const one = withSeries(EMPTY_STATE, "a");
    expect(withSeries(one, "a").series).toEqual(["a"]);
    expect(withoutSeries(withSeries(one, "b"), "a").series).toEqual(["b"]);
    const full = { ...EMPTY_STATE, series: Array.from({ length: MAX_SERIES }, (_, i) => `s${i}`) };
    expect(withSeries(full, "z").series).toHaveLength(MAX_SERIES);
  });
});
