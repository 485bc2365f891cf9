import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/chart-figure";
import { CompareLink } from "@/components/compare-link";
import { FactCard } from "@/components/fact-card";
import { FigureHistory } from "@/components/figure-history";
import { oembedAlternates } from "@/lib/embed/oembed-discovery";
import { routes } from "@/lib/site/routes";
import { getSeriesPage } from "@/server/pages";

type Props = { params: Promise<{ slug: string }> };

// Rendered on first request and cached until the replica sees a new data version (scripts/version-sync.ts):
// nothing is built from the data or the address, so a publish or a new SITE_URL needs no rebuild. An
// unknown slug renders the not-found page on the server (404), cached like any page.
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getSeriesPage((await params).slug);
  if (!page) return {};
  const { series: s } = page;
  return {
    title: s.title,
    description: s.description ?? undefined,
    alternates: oembedAlternates(routes.series(s.slug), s.title),
  };
}

export default async function SeriesPage({ params }: Props) {
  const page = await getSeriesPage((await params).slug);
  if (!page) notFound();
  const { series, spec, single, related, relatedTotal, history, stamp, permalink } = page;
  return (
    <article>
      <p className="text-sm text-[var(--muted)]">Series · {series.measure.replace(/-/g, " ")}</p>
      <h1 className="text-2xl font-semibold">{series.title}</h1>
      {series.description ? <p className="mt-1 max-w-3xl">{series.description}</p> : null}
      <p className="mt-1 text-sm text-[var(--muted)]">
        {series.entities.map((e) => `${e.entity.name} (${e.role})`).join(" · ")}
      </p>
      {single ? <CompareLink series={[series.slug]} label="Compare this figure with other series" /> : null}
      {single ? (
        <FactCard series={series} observation={single} related={related} relatedTotal={relatedTotal} />
      ) : (
        <ChartFigure spec={spec} permalink={permalink} stamp={stamp} />
      )}
      <FigureHistory changes={history} />
    </article>
  );
}
