import { PageLink } from "@/components/page-link";
import { SeriesTable } from "@/components/series-table";
import { StoryCard } from "@/components/story-card";
import { TopicMoreLink } from "@/components/topic-pager";
import { routes } from "@/lib/site/routes";
import { SITE_TAGLINE } from "@/lib/site/site";
import { getHomePage } from "@/server/pages";

export default async function HomePage() {
  const { stories, topics } = await getHomePage();
  return (
    <>
      <h1 className="text-2xl font-semibold">South Caucasus trade and arms flows</h1>
      <p className="mt-1 max-w-3xl text-[var(--muted)]">
        {SITE_TAGLINE}. Figures are never shown more precisely than the articles state them; see{" "}
        <PageLink href={routes.sources()}>the sources</PageLink>.
      </p>
      <section aria-labelledby="stories" className="mt-6">
        <h2 id="stories" className="text-lg font-semibold">
          Stories
        </h2>
        <ul className="mt-3 grid gap-4 md:grid-cols-3">
          {stories.map(({ story, spec }) => (
            <StoryCard key={story.slug} story={story} spec={spec} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="all-series" className="mt-10">
        <h2 id="all-series" className="text-lg font-semibold">
          Every series, by topic
        </h2>
        <p className="text-sm text-[var(--muted)]">
          The latest figure of each series, as its article states it. Indicators first: figures that can be compared
          over time or across places; then single facts and context.
        </p>
        {topics.map((g) => (
          <section key={g.topic} aria-labelledby={`topic-${g.topic}`} className="mt-6" data-topic={g.topic}>
            <h3 id={`topic-${g.topic}`} className="font-semibold">
              <PageLink href={routes.topic(g.topic)}>{g.title}</PageLink>
            </h3>
            <p className="text-sm text-[var(--muted)]">{g.dek}</p>
            <SeriesTable rows={g.rows} />
            <TopicMoreLink group={g} shown={g.rows.length} />
          </section>
        ))}
      </section>
    </>
  );
}
