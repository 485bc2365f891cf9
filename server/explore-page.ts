import "server-only";
import { cache } from "react";
// What /explore shows for a request: a redirect to the canonical URL (a submitted form, a typed name that
// names one series), or the resolved state with its chart, its share links and the picker's matches.
import { getEnv } from "@/lib/site/env";
import { exploreEmbedCode } from "@/lib/embed/explore-embed";
import { isCanonical, mistakeOf, parseExploreState } from "@/lib/explore/state";
import { citationText } from "@/lib/cite/citation-text";
import { chartBibtex } from "@/lib/cite/bibtex";
import { UNIT_INFO } from "@/lib/model/units";
import { routes } from "@/lib/site/routes";
import { addByName, getExploreView, type ExploreView } from "./explore";

export type SearchParams = Record<string, string | string[] | undefined>;

type Link = { href: string; text: string };
export type ExploreShareData = {
  embedCode: string;
  citation: string;
  bibtex: string;
  permalink: string;
  images: Link[];
  data: Link[];
};

export type ExplorePageData =
  | { kind: "redirect"; to: string }
  | {
      kind: "page";
      view: ExploreView;
      share: ExploreShareData | null;
      choices: { slug: string; title: string; unitLabel: string }[] | null;
      typed: string;
    };

function toParams(search: SearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(search))
    for (const one of Array.isArray(v) ? v : v === undefined ? [] : [v]) params.append(k, one);
  return params;
}

function shareOf(view: ExploreView): ExploreShareData | null {
  const chart = view.chart;
  const first = chart?.panels[0];
  if (!chart || !first) return null;
  const q = view.query;
  // The same words as a built-in chart's citation and BibTeX: the title, this address, every article drawn on.
  const whole = { ...first, title: chart.title, footnotes: chart.footnotes };
  return {
    embedCode: exploreEmbedCode(chart, q, getEnv().SITE_URL),
    citation: citationText(whole, view.permalink),
    bibtex: chartBibtex(whole),
    permalink: view.permalink,
    images: [
      { href: routes.exploreFile("svg", q), text: "SVG" },
      { href: routes.exploreFile("svg", q, { text: "outlines" }), text: "SVG for Word or Inkscape (text as outlines)" },
      { href: routes.exploreFile("png", q), text: "PNG" },
      { href: routes.exploreFile("png", q, { width: "16cm", dpi: 300 }), text: "PNG for print (16 cm, 300 dpi)" },
      { href: routes.exploreFile("pdf", q), text: "PDF (16 cm)" },
      { href: routes.exploreFile("pdf", q, { page: "a4" }), text: "PDF on A4" },
    ],
    data: [
      { href: routes.exploreFile("csv", q), text: "CSV (one row per value, its sources in columns)" },
      { href: routes.exploreFile("json", q), text: "JSON" },
    ],
  };
}

/** What /explore shows; its metadata and its body ask with the same query and share one answer per request. */
export async function getExplorePage(search: SearchParams): Promise<ExplorePageData> {
  return explorePage(toParams(search).toString());
}

const explorePage = cache(async (query: string): Promise<ExplorePageData> => {
  const params = new URLSearchParams(query);
  const hadAdd = params.has("add");
  const add = params.get("add") ?? "";
  params.delete("add");
  const parsed = parseExploreState(params);
  const view = await getExploreView(params.toString());
  if (add.trim() && view.errors.length === 0) {
    const result = await addByName(view.state, add);
    if (result.kind === "added") return { kind: "redirect", to: routes.explore(result.query) };
    const choices = result.choices.map((c) => ({ slug: c.slug, title: c.title, unitLabel: UNIT_INFO[c.unit].label }));
    return { kind: "page", view, share: shareOf(view), choices, typed: add.trim().slice(0, 100) };
  }
  if (view.errors.length === 0 && (hadAdd || !isCanonical(params, parsed.state)))
    return { kind: "redirect", to: routes.explore(view.query) };
  return { kind: "page", view, share: shareOf(view), choices: null, typed: "" };
});

export type ExploreEmbedData =
  | { chart: NonNullable<ExploreView["chart"]>; query: string; theme: "light" | "dark" | "auto"; error: null }
  | { chart: null; query: string; theme: "light"; error: string; status: 400 | 404 };

/**
 * The embed of a state: strict like the files (a wrong state is said, never drawn differently), plus
 * `theme`. A state that cannot be drawn carries its HTTP status: 404 when all that is wrong is series that
 * do not exist, else 400 (the server sets it on the page that says so: scripts/serve.ts).
 */
export async function getExploreEmbed(search: SearchParams): Promise<ExploreEmbedData> {
  return embedOf(toParams(search));
}

async function embedOf(params: URLSearchParams): Promise<ExploreEmbedData> {
  const theme = params.get("theme") ?? "light";
  params.delete("theme");
  const view = await getExploreView(params.toString());
  const error = view.errors[0] ?? (view.chart ? null : "no series chosen");
  // The mistake alone: the explorer's page repairs it ("…; it was left out"), an embed draws nothing.
  const failed = (message: string, status: 400 | 404) =>
    ({ chart: null, query: view.query, theme: "light", error: mistakeOf(message), status }) as const;
  if (theme !== "light" && theme !== "dark" && theme !== "auto")
    return failed("theme must be light, dark or auto", 400);
  if (error === null && view.chart) return { chart: view.chart, query: view.query, theme, error: null };
  const onlyUnknown = view.unknown.length > 0 && view.errors.length === view.unknown.length;
  return failed(error ?? "", onlyUnknown ? 404 : 400);
}

/** The status of the explorer embed a query asks for: null when it draws (200). */
export async function exploreEmbedStatus(query: string): Promise<400 | 404 | null> {
  const page = await embedOf(new URLSearchParams(query));
  return page.chart ? null : page.status;
}
