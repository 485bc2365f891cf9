import { describe, expect, it } from "vitest";
import { didYouMean } from "./problem";

const SLUGS = [
  "am-az-peace-treaty-drafted-share",
  "ru-am-trade-turnover",
  "ru-ir-trade-turnover",
  "in-am-defence-contracts",
];

describe("didYouMean", () => {
  it("suggests the slug a typo or a mistyped beginning meant", () => {
    expect(didYouMean("ru-am-tarde-turnover", SLUGS)).toBe("ru-am-trade-turnover");
    expect(didYouMean("ru-am-tarde", SLUGS)).toBe("ru-am-trade-turnover");
    expect(didYouMean("AX", ["AM", "AZ-X"])).toBe("AM");
  });
  it("does not guess from a letter or two, or from a name unlike any", () => {
    for (const name of ["a", "r", "ru", "zz", "x"]) expect(didYouMean(name, SLUGS), name).toBeNull();
    expect(didYouMean("gas-prices", SLUGS)).toBeNull();
  });
});
