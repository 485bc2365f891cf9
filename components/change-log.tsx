import { describeChange, publishDate, type ChangeEntry } from "@/lib/model/figure-change";
import { routes } from "@/lib/site/routes";
import { PageLink } from "./page-link";

type Publish = {
  id: number;
  version: string;
  publishedAt: string;
  initial: boolean;
  added: number;
  changed: number;
  removed: number;
};

function counts(p: Publish): string {
  if (p.initial) return `first load: ${p.added} figure${p.added === 1 ? "" : "s"}`;
  const parts = [
    [p.added, "added"],
    [p.changed, "corrected"],
    [p.removed, "removed"],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, word]) => `${n} ${word}`);
  return said.length > 0 ? said.join(", ") : "no figure changed";
}

function Change({ c }: { c: ChangeEntry }) {
  return (
    <li id={`change-${c.id}`}>
      <PageLink href={routes.seriesChange(c.seriesSlug, c.id)}>{c.seriesTitle}</PageLink>, {c.period}:{" "}
      {describeChange(c, c.unit)}
      {c.newQuote && c.kind !== "removed" ? <span className="block text-[var(--muted)]">“{c.newQuote}”</span> : null}
    </li>
  );
}

/** Every publish, newest first, with the figures it added, corrected or removed. */
export function ChangeLog({ publishes, changes }: { publishes: Publish[]; changes: Map<number, ChangeEntry[]> }) {
  return (
    <article>
      <h1 className="text-2xl font-semibold">Changes to the data</h1>
      <p className="mt-1 max-w-3xl text-[var(--muted)]">
        Every publish of the dataset, newest first, with each figure it added, corrected or removed. Also as an{" "}
        <a href={routes.changesFeed()}>Atom feed</a>.
      </p>
      {publishes.length === 0 ? <p className="mt-4">No publish has been recorded yet.</p> : null}
      <ol className="mt-4 space-y-6">
        {publishes.map((p) => (
          <li key={p.id} id={`publish-${p.id}`}>
            <h2 className="font-semibold">
              {publishDate(p.publishedAt)} · data version <code>{p.version}</code>
            </h2>
            <p className="text-sm text-[var(--muted)]">{counts(p)}</p>
            <ul className="mt-1 space-y-1 text-sm">
              {(changes.get(p.id) ?? []).map((c) => (
                <Change key={c.id} c={c} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </article>
  );
}
