// The story pages: which series each chart shows and the words around them. Values never live here;
// they come from the database through the chart spec.
import type { ChartDef } from "../chart/build";

export type Ratio = { label: string; numerator: string; denominator: string };

export type Story = {
  slug: string;
  /** The story's name in the site navigation. */
  navLabel: string;
  title: string;
  dek: string;
  charts: ChartDef[];
  /** Multiples computed from two observations, shown as derived figures with their inputs. */
  ratios?: Ratio[];
  /** Related single figures of another unit, shown as facts beside the chart (observation ids). */
  facts?: string[];
};

export const STORIES: Story[] = [
  {
    slug: "russia-armenia-trade",
    navLabel: "Trade",
    title: "Russia–Armenia trade growth",
    dek: "Russia–Armenia trade turnover in 2021 and 2024, the 2022 level implied by that year's near-70% growth, and Russia–Iran trade in 2024 for comparison.",
    charts: [
      {
        id: "russia-armenia-trade",
        kind: "time",
        title: "Russia–Armenia trade turnover, with Russia–Iran trade for comparison",
        subtitle: "Trade turnover (Russia–Armenia) and reported trade volume (Russia–Iran), US dollars",
        series: ["ru-am-trade-turnover", "ru-ir-trade-turnover"],
        notes: [
          "The 2022 level is not reported: it is derived from the 2021 turnover and the near-70% growth another article gives for 2022, so it carries two significant figures at most. The two articles' statistics may not be comparable.",
          "Neither article says what its trade figure counts (goods only, or goods and services).",
        ],
      },
    ],
    ratios: [
      {
        label: "Russia–Armenia trade, 2024 vs 2021",
        numerator: "ru-am-trade-turnover/2024",
        denominator: "ru-am-trade-turnover/2021",
      },
    ],
    facts: ["ru-am-trade-growth/2022"],
  },
  {
    slug: "india-pakistan-arms",
    navLabel: "Arms deals",
    title: "India and Pakistan's arms deals in the South Caucasus",
    dek: "India arms Armenia; Pakistan arms Azerbaijan. What the deals are worth, and what can be compared.",
    charts: [
      {
        id: "india-pakistan-arms",
        kind: "bars",
        title: "Arms deals in the South Caucasus by supplier",
        subtitle: "Contract and loan values, US dollars",
        series: ["in-am-defence-contracts", "pk-az-jf17-contract", "ru-am-arms-loans"],
        categories: {
          "in-am-defence-contracts": "India → Armenia: defence contracts since 2020",
          "pk-az-jf17-contract": "Pakistan → Azerbaijan: JF-17 Block III agreement",
          "ru-am-arms-loans": "Russia → Armenia: low-interest arms loans since 2020",
        },
        notes: [
          "Not like for like: India's figure is an estimate of the defence contracts concluded since 2020 (the article names Pinaka multiple-launch rocket systems and Akash anti-aircraft systems); Pakistan's is one agreement signed in February (2024, from the article's estimated date), covering aircraft, ammunition and pilot training.",
          "Russia's loans are context, not a deal: the article gives only a lower bound.",
        ],
      },
    ],
    facts: ["pk-az-jf17-jets-requested/2024"],
  },
  {
    slug: "armenia-arms-dependence",
    navLabel: "Arms dependence",
    title: "Armenia's arms-import dependence on Russia",
    dek: "Russia supplied no less than 94 percent of Armenia's arms imports in 2011–2020. As of 2025, one article puts its share below 10%, with India and, to some extent, France as Armenia's main defence partners.",
    charts: [
      {
        id: "armenia-arms-dependence",
        kind: "time",
        title: "Russia's share of Armenia's arms supplies",
        subtitle: "Percent, in each article's words: arms imports, major arms imports, weapons sourced from Russia",
        series: ["ru-share-am-arms-imports"],
        events: [
          { observation: "am-az-war-duration/2020", label: "44-day war" },
          { observation: "am-coup-plot-arrests/2024-09-18", label: "Coup plot announced" },
        ],
      },
    ],
  },
];

/** The series a story's ratios and facts read: observation ids start with their series' slug. */
export function storyFactSeries(story: Story): string[] {
  const ids = [...(story.ratios ?? []).flatMap((r) => [r.numerator, r.denominator]), ...(story.facts ?? [])];
  return [...new Set(ids.map((id) => id.split("/")[0] ?? ""))];
}

export function getStory(slug: string): Story | undefined {
  return STORIES.find((s) => s.slug === slug);
}
