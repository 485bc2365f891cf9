import type { ReactNode } from "react";
import { PageLink } from "@/components/page-link";
import { SITE_NAME } from "@/lib/site/site";
import { STORIES } from "@/lib/registry/stories";
import { routes } from "@/lib/site/routes";
import { DataVersionLine } from "@/components/data-version-line";
import { getServedVersion } from "@/server/changes";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const served = await getServedVersion();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:m-2 focus:p-2">
        Skip to content
      </a>
      <header className="border-b border-[var(--rule)] no-print">
        <nav aria-label="Site" className="mx-auto flex max-w-5xl flex-wrap items-baseline gap-x-6 gap-y-1 px-4 py-3">
          <PageLink href={routes.home()} className="font-semibold text-[var(--fg)] no-underline">
            {SITE_NAME}
          </PageLink>
          {STORIES.map((s) => (
            <PageLink key={s.slug} href={routes.story(s.slug)}>
              {s.navLabel}
            </PageLink>
          ))}
          <PageLink href={routes.explore()}>Compare</PageLink>
          <PageLink href={routes.sources()}>Sources</PageLink>
          <PageLink href={routes.apiDocs()}>Data API</PageLink>
          <form action={routes.search()} method="get" role="search" className="ml-auto">
            <label htmlFor="site-search" className="sr-only">
              Search figures
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              placeholder="Search figures"
              maxLength={200}
              className="w-40 rounded border border-[var(--rule)] px-2 py-0.5 text-sm"
            />
          </form>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
      <footer className="mx-auto max-w-5xl border-t border-[var(--rule)] px-4 py-6 text-sm text-[var(--muted)]">
        Every figure links to the sentence it was taken from. Bounds are shown as the articles state them: “≤” at most,
        “≥” at least, “&gt;” more than, “&lt;” less than, “≈” approximately. Derived figures are computed from others
        and show their formula.{" "}
        <PageLink href={`${routes.apiDocs()}#download`} className="underline">
          Download all the data
        </PageLink>
        .
        <DataVersionLine served={served} />
      </footer>
    </>
  );
}
