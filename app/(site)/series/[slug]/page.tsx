import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChartFigure } from "@/components/chart-figure";
import { getChartSpec } from "@/server/chart-specs";
import { getSeriesData, getSeriesSlugs } from "@/db/queries/series";
import { SERIES_CHART_PREFIX } from "@/lib/registry/charts";
import { oembedAlternates } from "@/lib/embed/oembed-discovery";
import { absoluteUrl } from "@/lib/site/site";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getSeriesSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [s] = await getSeriesData((await params).slug);
  if (!s) return {};
  return {
    title: s.title,
    description: s.description ?? undefined,
    alternates: oembedAlternates(`/series/${s.slug}`, s.title),
  };
}

export default async function SeriesPage({ params }: Props) {
  const { slug } = await params;
  const [[series], spec] = await Promise.all([getSeriesData(slug), getChartSpec(`${SERIES_CHART_PREFIX}${slug}`)]);
  if (!series || !spec) notFound();
  return (
    <article>
      <p className="text-sm text-[var(--muted)]">Series · {series.measure.replace(/-/g, " ")}</p>
      <h1 className="text-2xl font-semibold">{series.title}</h1>
      {series.description ? <p className="mt-1 max-w-3xl">{series.description}</p> : null}
      <p className="mt-1 text-sm text-[var(--muted)]">
        {series.entities.map((e) => `${e.entity.name} (${e.role})`).join(" · ")}
      </p>
      <ChartFigure spec={spec} permalink={absoluteUrl(`/series/${slug}`)} />
    </article>
  );
}
