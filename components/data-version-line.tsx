import { publishDate } from "@/lib/model/figure-change";
import { routes } from "@/lib/site/routes";
import { PageLink } from "./page-link";

/** "Data version 3f2a…, last updated 2026-12-04": what every page was made from. */
export function DataVersionLine({ served }: { served: { version: string; publishedAt: string | null } | null }) {
  if (!served) return null;
  return (
    <p className="mt-2" data-data-version={served.version}>
      Data version <code>{served.version}</code>
      {served.publishedAt ? `, last updated ${publishDate(served.publishedAt)}` : null} ·{" "}
      <PageLink href={routes.changes()} className="underline">
        what changed
      </PageLink>
    </p>
  );
}
