import { PageLink } from "@/components/page-link";
import { SeriesTable } from "@/components/series-table";
import { StoryCard } from "@/components/story-card";
import { getChartSpec } from "@/server/chart-specs";
import { getAllSeriesData } from "@/db/queries/series";
import { seriesIndex } from "@/lib/registry/series-index";
import { SITE_TAGLINE } from "@/lib/site/site";
import { STORIES } from "@/lib/registry/stories";

export default async function HomePage() {
  const [data, specs] = await Promise.all([
    getAllSeriesData(),
    Promise.all(STORIES.map((s) => getChartSpec(s.charts[0]?.id ?? ""))),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold">South Caucasus trade and arms flows</h1>
      <p className="mt-1 max-w-3xl text-[var(--muted)]">
        {SITE_TAGLINE}. Figures are never shown more precisely than the articles state them; see{" "}
        <PageLink href="/sources">the sources</PageLink>.
      </p>
      <section aria-labelledby="stories" className="mt-6">
        <h2 id="stories" className="text-lg font-semibold">
          Stories
        </h2>
        <ul className="mt-3 grid gap-4 md:grid-cols-3">
          {STORIES.map((story, i) => {
            const spec = specs[i];
            return spec ? <StoryCard key={story.slug} story={story} spec={spec} /> : null;
          })}
        </ul>
      </section>
      <section aria-labelledby="all-series" className="mt-10">
        <h2 id="all-series" className="text-lg font-semibold">
          Every series
        </h2>
        <p className="text-sm text-[var(--muted)]">The latest figure of each series, as its article states it.</p>
        <SeriesTable rows={seriesIndex(data)} />
      </section>
    </>
  );
}
