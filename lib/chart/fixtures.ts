// Three hand-made chart specs covering every mark kind, for the renderer's tests and visual review.
import { describeBounded, formatBounded } from "../format";
import type { BoundKind, Unit } from "../units";
import type { ChartPoint, ChartSpec, Footnote } from "./types";

type PointInput = {
  id: string; series: string; period: string; value: number; bound?: BoundKind; strict?: boolean;
  derived?: boolean; footnotes: number[]; category?: string;
};

function yearsOf(period: string): { start: number; end: number; label: string } {
  const [a, b] = period.split("/");
  const from = Number(a);
  const to = Number(b ?? a);
  return { start: from, end: to + 1, label: b ? `${a}–${b}` : String(a) };
}

function point(unit: Unit, i: PointInput): ChartPoint {
  const { start, end, label } = yearsOf(i.period);
  const bounded = { value: i.value, unit, bound: i.bound ?? "exact", strict: i.strict ?? false };
  return {
    id: i.id, seriesSlug: i.series, period: i.period, periodLabel: label, start, end, mid: (start + end) / 2,
    isInterval: i.period.includes("/"), value: i.value, bound: bounded.bound, strict: bounded.strict,
    derived: i.derived ?? false, formula: i.derived ? "2021 turnover × (1 + 2022 growth ÷ 100)" : null, note: null,
    label: formatBounded(bounded), description: `${label}: ${describeBounded(bounded)}${i.derived ? " (derived)" : ""}`,
    category: i.category ?? null, footnotes: i.footnotes,
  };
}

function footnote(n: number, f: Partial<Footnote> & Pick<Footnote, "author" | "publication" | "published" | "publishedDate" | "quote">): Footnote {
  return {
    n, sourceId: `src-${n}`, title: null, titleNote: null, context: null, publishedInferred: false, href: null, listingUrl: null,
    observationIds: [], ...f,
  };
}

const GIRAGOSIAN = footnote(1, {
  author: "Richard Giragosian", title: "Russian power in the South Caucasus: an overview of trade and leverage",
  publication: "Carnegie Politika", published: "12 Mar 2021", publishedDate: "2021-03-12",
  quote: "Trade turnover between Russia and Armenia reached $2.6 billion in 2021, the highest in a decade.",
  href: "https://carnegieendowment.org/politika/2021/03/russian-power-south-caucasus#:~:text=Trade%20turnover%20between%20Russia,highest%20in%20a%20decade.",
});
const POGHOSYAN = footnote(2, {
  author: "Hovhannes Poghosyan", titleNote: "headline not recovered from the archive", publication: "Aravot",
  published: "c. Feb 2023", publishedDate: "2023-02/2023-02", publishedInferred: true,
  quote: "Turnover grew by roughly two thirds in 2022, officials said.",
  listingUrl: "https://www.aravot.am/category/economy/",
});
const SUKHANKIN = footnote(3, {
  author: "Sergey Sukhankin", title: "The Russia–Iran treaty and the South Caucasus", publication: "Jamestown Foundation",
  published: "21 Feb 2025", publishedDate: "2025-02-21", quote: "Re-exports to Russia are estimated at no more than $4 billion for 2024.",
  href: "https://jamestown.org/program/the-russia-iran-treaty-and-the-south-caucasus/#:~:text=Re%2Dexports%20to%20Russia,for%202024.",
});
const CUTLER = footnote(4, {
  author: "Robert M. Cutler", title: "Bilateral talks and the trade numbers", publication: "Asia Times",
  published: "3 Mar 2025", publishedDate: "2025-03-03", quote: "Armenia’s trade with Russia stood at $7.4 billion last year.",
  href: "https://asiatimes.com/2025/03/bilateral-talks-and-the-trade-numbers/",
});

const usd = (i: PointInput) => point("USD", i);

/** Trade in US dollars: an exact–derived line, a gap in 2023, a lone 2024 value and an "at most" in a second series. */
export const TRADE_SPEC: ChartSpec = {
  id: "ru-am-trade", kind: "time", title: "Russia–Armenia trade turnover more than doubled after 2021",
  subtitle: "Annual trade turnover and re-exports to Russia, US dollars", unit: "USD", axisLabel: "US dollars",
  yDomain: [0, 7.4e9 * 1.15], xDomain: [2021, 2025],
  series: [
    {
      slug: "ru-am-trade-turnover", title: "Trade turnover", colorIndex: 0, segments: [["t-2021", "t-2022"]],
      points: [
        usd({ id: "t-2021", series: "ru-am-trade-turnover", period: "2021", value: 2.6e9, footnotes: [1] }),
        usd({ id: "t-2022", series: "ru-am-trade-turnover", period: "2022", value: 4.3e9, bound: "approx", derived: true, footnotes: [2] }),
        usd({ id: "t-2024", series: "ru-am-trade-turnover", period: "2024", value: 7.4e9, footnotes: [4] }),
      ],
    },
    {
      slug: "am-ru-reexports", title: "Re-exports to Russia", colorIndex: 1, segments: [],
      points: [usd({ id: "r-2024", series: "am-ru-reexports", period: "2024", value: 4e9, bound: "max", footnotes: [3] })],
    },
  ],
  annotations: [{ at: 2022.15, label: "Sanctions on Russia widen" }],
  notes: ["The 2022 figure is calculated from the 2021 turnover and the reported growth rate."],
  footnotes: [GIRAGOSIAN, POGHOSYAN, SUKHANKIN, CUTLER],
  marks: { exact: true, approx: false, min: false, max: true, derived: true, interval: false },
  summary: "Trade turnover: 2021: $2.6B; 2022: approximately $4.3B (derived); 2024: $7.4B. Re-exports to Russia: 2024: at most $4B.",
};

const pct = (i: PointInput) => point("percent", i);

/** Shares in percent: a 2011–2020 period at 94% with two sources, an "at least 90%" period, a strict "< 10%" in 2025. */
export const GAS_SPEC: ChartSpec = {
  id: "am-gas-share", kind: "time", title: "Armenia still buys nearly all its gas from Russia",
  subtitle: "Share of Armenia’s natural gas imports by supplier, percent", unit: "percent", axisLabel: "percent",
  yDomain: [0, 100], xDomain: [2011, 2026],
  series: [
    {
      slug: "gas-from-russia", title: "From Russia", colorIndex: 0, segments: [],
      points: [
        pct({ id: "g-2011-2020", series: "gas-from-russia", period: "2011/2020", value: 94, footnotes: [1, 2] }),
        pct({ id: "g-2021-2023", series: "gas-from-russia", period: "2021/2023", value: 90, bound: "min", footnotes: [3] }),
      ],
    },
    {
      slug: "gas-from-iran", title: "From Iran", colorIndex: 1, segments: [],
      points: [pct({ id: "i-2025", series: "gas-from-iran", period: "2025", value: 10, bound: "max", strict: true, footnotes: [4] })],
    },
  ],
  annotations: [{ at: 2020.75, label: "2020 war" }],
  notes: [],
  footnotes: [
    { ...GIRAGOSIAN, quote: "Russia supplied some 94 percent of Armenia’s gas through the 2010s." },
    { ...CUTLER, n: 2, quote: "Between 2011 and 2020 about 94% of the gas Armenia imported came from Russia." },
    { ...SUKHANKIN, quote: "Since 2021 more than 90 percent of Armenian gas imports have been Russian." },
    { ...POGHOSYAN, n: 4, quote: "Iranian gas is expected to make up less than 10 percent of imports in 2025." },
  ],
  marks: { exact: true, approx: false, min: true, max: true, derived: false, interval: true },
  summary: "From Russia: 2011–2020: 94%; 2021–2023: at least 90%. From Iran: 2025: less than 10%.",
};

/** Bars in US dollars: an approximate $2B, an exact $1.6B and an "at least $300M". */
export const INVEST_SPEC: ChartSpec = {
  id: "ru-investment", kind: "bars", title: "Russian companies hold Armenia’s largest foreign investments",
  subtitle: "Reported investment by company, US dollars", unit: "USD", axisLabel: "US dollars",
  yDomain: [0, 2e9 * 1.15], xDomain: [2024, 2025],
  series: [
    { slug: "inv-gazprom", title: "Gazprom Armenia", colorIndex: 0, segments: [], points: [usd({ id: "inv-gazprom-2024", series: "inv-gazprom", period: "2024", value: 2e9, bound: "approx", footnotes: [1], category: "Gazprom Armenia" })] },
    { slug: "inv-railway", title: "South Caucasus Railway", colorIndex: 1, segments: [], points: [usd({ id: "inv-railway-2024", series: "inv-railway", period: "2024", value: 1.6e9, footnotes: [2], category: "South Caucasus Railway" })] },
    { slug: "inv-vtb", title: "VTB Bank (Armenia)", colorIndex: 2, segments: [], points: [usd({ id: "inv-vtb-2024", series: "inv-vtb", period: "2024", value: 3e8, bound: "min", footnotes: [3], category: "VTB Bank (Armenia)" })] },
  ],
  annotations: [], notes: [],
  footnotes: [
    { ...GIRAGOSIAN, quote: "Gazprom Armenia’s investments are put at around $2 billion." },
    { ...CUTLER, n: 2, quote: "The railway concession has absorbed $1.6 billion of Russian investment." },
    { ...SUKHANKIN, quote: "VTB has invested at least $300 million in its Armenian subsidiary." },
  ],
  marks: { exact: true, approx: true, min: true, max: false, derived: false, interval: false },
  summary: "Gazprom Armenia: approximately $2B; South Caucasus Railway: $1.6B; VTB Bank (Armenia): at least $300M.",
};

export const FIXTURES = { trade: TRADE_SPEC, gas: GAS_SPEC, invest: INVEST_SPEC } as const;
