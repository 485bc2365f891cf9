import { describe, expect, it } from "vitest";
import { textFragmentUrl } from "./footnotes";

describe("textFragmentUrl", () => {
  it("links a long sentence by its first and last four words, escaping the directive's - and ,", () => {
    expect(
      textFragmentUrl(
        "https://example.org/a#old",
        "  The Gyumri military base hosts\ta squadron of attack-helicopters,\nofficials said.  ",
      ),
    ).toBe(
      "https://example.org/a#:~:text=The%20Gyumri%20military%20base,of%20attack%2Dhelicopters%2C%20officials%20said.",
    );
  });

  it("links a short sentence whole, and keeps an address without a fragment", () => {
    expect(textFragmentUrl("https://example.org/a", "Trade rose 40 %")).toBe(
      "https://example.org/a#:~:text=Trade%20rose%2040%20%25",
    );
    expect(textFragmentUrl("https://example.org/a", "   ")).toBe("https://example.org/a#:~:text=");
  });
});
