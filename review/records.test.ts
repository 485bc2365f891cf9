// The reviewer's edits of a range, a period kind and a circa period reach the observation record as
// data/README.md writes them; a span and a plain period add no field.
import { describe, expect, it } from "vitest";
import { saveRequest, toRecords } from "./records";

const request = (figure: Record<string, unknown>) =>
  saveRequest.parse({
    source: {
      id: "doe-2024-ports",
      title: "Ports",
      author: "Jane Doe",
      publication: "Port Review",
      publisher: "Port Review",
      published: "2024-10",
      url: null,
    },
    newSeries: [],
    figures: [{ series: "port-calls", period: "2024", value: 2, bound: "exact", strict: false, quote: "q", ...figure }],
  });

describe("figures from the review page", () => {
  it("keeps a range, an uncertain period and circa", () => {
    const req = request({ value: 2, valueHigh: 2.5, periodKind: "uncertain", circa: true, period: "2020/2024" });
    const [obs] = toRecords(req, new Set()).observations;
    expect(obs).toMatchObject({
      id: "port-calls/2020-2024",
      value: 2,
      valueHigh: 2.5,
      periodKind: "uncertain",
      circa: true,
    });
  });

  it("writes no period kind for a span and no circa when unticked", () => {
    const [obs] = toRecords(request({ periodKind: "span", circa: false }), new Set()).observations;
    expect(obs && ["periodKind", "circa", "valueHigh"].filter((k) => k in obs)).toEqual([]);
  });

  it("refuses an unknown period kind", () => {
    expect(() => request({ periodKind: "sometime" })).toThrow();
  });
});
