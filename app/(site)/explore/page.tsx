import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ExploreFigure } from "@/components/explore/explore-figure";
import { ExploreForm } from "@/components/explore/explore-form";
import { ExploreShare } from "@/components/explore/explore-share";
import { oembedAlternates } from "@/lib/embed/oembed-discovery";
import { routes } from "@/lib/site/routes";
import { getExplorePage, type SearchParams } from "@/server/explore-page";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = await getExplorePage(await searchParams);
  if (page.kind === "redirect") return {};
  const title = page.view.chart?.title ?? "Compare series";
  return {
    title,
    description: page.view.chart?.summary ?? "Put any series side by side, with their sources.",
    alternates: {
      canonical: routes.explore(page.view.query),
      ...(page.view.chart ? oembedAlternates(routes.explore(page.view.query), title) : {}),
    },
  };
}

export default async function ExplorePage({ searchParams }: Props) {
  const page = await getExplorePage(await searchParams);
  if (page.kind === "redirect") redirect(page.to);
  const { view, share, choices, typed } = page;
  return (
    <article>
      <h1 className="text-2xl font-semibold">Compare series</h1>
      <p className="mt-1 max-w-3xl">
        Put any figures side by side. Series in different units get their own panels on one time axis; every value keeps
        its bound, its period and its sentence.
      </p>
      {view.errors.length ? (
        <div role="alert" className="mt-4 rounded border border-[var(--accent)] p-2 text-sm" data-explore-errors>
          <p className="font-semibold">Some of this address could not be used:</p>
          <ul className="list-disc pl-5">
            {view.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ExploreForm state={view.state} chosen={view.chosen} choices={choices} typed={typed} />
      {view.chart && share ? (
        <ExploreFigure chart={view.chart} citation={share.citation}>
          <ExploreShare {...share} />
        </ExploreFigure>
      ) : (
        <p className="mt-6 text-[var(--muted)]">Choose at least one series to draw a chart.</p>
      )}
    </article>
  );
}
