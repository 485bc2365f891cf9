import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";
import { articleHeading } from "@/lib/cite/source-line";
import { formatPublished } from "@/lib/model/period";
import { routes } from "@/lib/site/routes";
import { getSourcesPage } from "@/server/pages";

export const metadata: Metadata = { title: "Sources", description: "The articles every figure comes from." };

export default async function SourcesPage() {
  const sources = await getSourcesPage();
  return (
    <article>
      <h1 className="text-2xl font-semibold">Sources</h1>
      <p className="mt-1 max-w-3xl text-[var(--muted)]">
        The articles the figures come from. Dates marked “c.” are inferred from the text, not confirmed by the
        publisher.
      </p>
      <ul className="mt-4 divide-y divide-[var(--rule)]">
        {sources.map(({ source: s, figureCount }) => (
          <li key={s.id} className="py-3">
            <PageLink href={routes.source(s.id)} className="font-semibold">
              {articleHeading(s)}
            </PageLink>
            <div className="text-sm">
              {s.author} · <i>{s.publication}</i> · {formatPublished(s.published, s.publishedInferred)}
            </div>
            <div className="text-sm text-[var(--muted)]">{figureCount} figures</div>
          </li>
        ))}
      </ul>
    </article>
  );
}
