// One broken dataset per rule the loader enforces, with the message it must give.
import type { Fixture } from "./dataset-fixture";

type Broken = { name: string; mutate?: (f: Fixture) => void; raw?: Record<string, string>; message: string };

const OBS = "data/observations/observations.yaml";
const obs = (f: Fixture, i: number) => f.observations[i] as Record<string, unknown>;
const cite = (f: Fixture, i: number) =>
  (obs(f, i).citations as Record<string, unknown>[])[0] as Record<string, unknown>;

export const BROKEN: Broken[] = [
  {
    name: "an unknown series",
    mutate: (f) => void (obs(f, 0).series = "ru-am-nope"),
    message: `${OBS}: ru-am-trade/2021: series: unknown series 'ru-am-nope'`,
  },
  {
    name: "an id that does not name its series",
    mutate: (f) => void (obs(f, 1).id = "trade/2024"),
    message: `${OBS}: trade/2024: id: must start with its series, 'ru-am-trade/'`,
  },
  {
    name: "an unknown source",
    mutate: (f) => void (cite(f, 0).source = "nobody-2020"),
    message: `${OBS}: ru-am-trade/2021: citations[0].source: unknown source 'nobody-2020'`,
  },
  {
    name: "an unknown entity",
    mutate: (f) => void ((f.series[0] as { entities: { entity: string }[] }).entities[0]!.entity = "XX"),
    message: "data/series/series.yaml: ru-am-trade: entities[0].entity: unknown entity 'XX'",
  },
  {
    name: "a duplicate observation id",
    mutate: (f) => void f.observations.push({ ...obs(f, 1) }),
    message: `${OBS}: ru-am-trade/2024: id: duplicate`,
  },
  {
    name: "a duplicate series slug",
    mutate: (f) => void f.series.push({ ...f.series[0] }),
    message: "data/series/series.yaml: ru-am-trade: slug: duplicate",
  },
  {
    name: "a duplicate source id",
    mutate: (f) => void f.sources.push({ ...f.sources[0] }),
    message: "data/sources.yaml: poghosyan-2025: id: duplicate",
  },
  {
    name: "a non-finite value",
    mutate: (f) => void (obs(f, 1).value = Number.POSITIVE_INFINITY),
    message: `${OBS}: ru-am-trade/2024: value: must be a finite number`,
  },
  {
    name: "a value that is not a number",
    mutate: (f) => void (obs(f, 1).value = "12.4 billion"),
    message: `${OBS}: ru-am-trade/2024: value: must be a number, in base units`,
  },
  {
    name: "a percent above 100",
    mutate: (f) => void (obs(f, 4).value = 140),
    message: `${OBS}: ru-share/2025: value: 140 is outside 0–100 for percent`,
  },
  {
    name: "a negative percent",
    mutate: (f) => void (obs(f, 4).value = -5),
    message: `${OBS}: ru-share/2025: value: -5 is outside 0–100 for percent`,
  },
  {
    name: "a malformed period",
    mutate: (f) => void (obs(f, 1).period = "2024-13"),
    message: `${OBS}: ru-am-trade/2024: period: is not an ISO 8601`,
  },
  {
    name: "a vague period",
    mutate: (f) => void (obs(f, 1).period = "a few years ago"),
    message: `${OBS}: ru-am-trade/2024: period: is not an ISO 8601`,
  },
  {
    name: "a backwards interval",
    mutate: (f) => void (obs(f, 1).period = "2024/2020"),
    message: `${OBS}: ru-am-trade/2024: period: is not an ISO 8601`,
  },
  {
    name: "an unknown bound",
    mutate: (f) => void (obs(f, 1).bound = "roughly"),
    message: `${OBS}: ru-am-trade/2024: bound: unknown bound 'roughly'`,
  },
  {
    name: "an unknown unit",
    mutate: (f) => void (f.series[0]!.unit = "billions"),
    message: "data/series/series.yaml: ru-am-trade: unit: unknown unit 'billions'",
  },
  {
    name: "a figure without a quote",
    mutate: (f) => void delete obs(f, 1).citations,
    message: `${OBS}: ru-am-trade/2024: citations: a figure that is not derived needs at least one quote`,
  },
  {
    name: "a quote that does not state the value",
    mutate: (f) => void (obs(f, 1).value = 12e9),
    message: `${OBS}: ru-am-trade/2024: citations[0].quote: the quote does not state 12000000000`,
  },
  {
    name: "a value stated in the wrong base unit",
    mutate: (f) => void (obs(f, 1).value = 12.4),
    message: `${OBS}: ru-am-trade/2024: citations[0].quote: the quote does not state 12.4`,
  },
  {
    name: "a quote too short to locate",
    mutate: (f) => void (cite(f, 0).quote = "2.5 billion"),
    message: `${OBS}: ru-am-trade/2021: citations[0].quote: must be at least 12 characters`,
  },
  {
    name: "a derived formula that does not reproduce its value",
    mutate: (f) => void (obs(f, 3).value = 4.5e9),
    message: `${OBS}: ru-am-trade/2022: value: the formula gives 4250000000, not 4500000000`,
  },
  {
    name: "a derived figure marked exact from an approximate input",
    mutate: (f) => void (obs(f, 3).bound = "exact"),
    message: `${OBS}: ru-am-trade/2022: bound: cannot be exact: it is computed from ru-am-growth/2022`,
  },
  {
    name: "a derived figure more precise than its least precise input",
    mutate: (f) => void ((obs(f, 3).derived as { precision: number }).precision = 3),
    message: `${OBS}: ru-am-trade/2022: derived.precision: 3 significant figures claims more than ru-am-trade/2021 supports (2 at most)`,
  },
  {
    name: "a derived figure without its precision",
    mutate: (f) => void delete (obs(f, 3).derived as { precision?: number }).precision,
    message: `${OBS}: ru-am-trade/2022: derived.precision: is required`,
  },
  {
    name: "a range whose high end is not above its low end",
    mutate: (f) => void (obs(f, 0).valueHigh = 2e9),
    message: `${OBS}: ru-am-trade/2021: valueHigh: must be above value (2500000000): a range runs low to high`,
  },
  {
    name: "a range whose high end the quote does not state",
    mutate: (f) => void (obs(f, 0).valueHigh = 3e9),
    message: `${OBS}: ru-am-trade/2021: citations[0].quote: the quote does not state the range's high end 3000000000`,
  },
  {
    name: "an unknown period kind",
    mutate: (f) => void (obs(f, 0).periodKind = "sometime"),
    message: `${OBS}: ru-am-trade/2021: periodKind: unknown period kind 'sometime'; use one of span, uncertain`,
  },
  {
    name: "a series without a topic",
    mutate: (f) => void delete (f.series[0] as { topic?: string }).topic,
    message: "data/series/series.yaml: ru-am-trade: topic: is required",
  },
  {
    name: "a formula reading an unknown observation",
    mutate: (f) => void (obs(f, 3).derived = { formula: "{ru-am-trade/2019} * 1.7", precision: 2 }),
    message: `${OBS}: ru-am-trade/2022: derived.formula: unknown observation {ru-am-trade/2019}`,
  },
  {
    name: "a formula with bad syntax",
    mutate: (f) => void (obs(f, 3).derived = { formula: "{ru-am-trade/2021} * (1.7", precision: 2 }),
    message: `${OBS}: ru-am-trade/2022: derived.formula: missing ')'`,
  },
  {
    name: "an unknown field",
    mutate: (f) => void (obs(f, 1).valeu = 3),
    message: `${OBS}: ru-am-trade/2024: record: Unrecognized key: "valeu"`,
  },
  {
    name: "a missing field",
    mutate: (f) => void delete obs(f, 1).bound,
    message: `${OBS}: ru-am-trade/2024: bound: is required`,
  },
  {
    name: "a source URL that is not http",
    mutate: (f) => void (f.sources[0]!.url = "javascript:alert(1)"),
    message: "data/sources.yaml: poghosyan-2025: url: must be an http(s) URL",
  },
  {
    name: "a file that is not a list",
    raw: { "entities.yaml": "id: RU\nname: Russia\n" },
    message: "data/entities.yaml: the file must be a YAML list of records",
  },
  {
    name: "YAML syntax errors",
    raw: { "series/series.yaml": "- slug: x\n  title: [unclosed\n" },
    message: "data/series/series.yaml: line",
  },
  {
    name: "a context that does not contain the quote",
    mutate: (f) => void (cite(f, 0).context = "Something else entirely."),
    message: `${OBS}: ru-am-trade/2021: citations[0].context: must contain the quote verbatim`,
  },
];
