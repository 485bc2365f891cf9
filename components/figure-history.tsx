import { describeChange, type ChangeEntry } from "@/lib/model/figure-change";
import { routes } from "@/lib/site/routes";
import { PageLink } from "./page-link";

/** "History": each figure of the series that a publish added, corrected or removed, newest first. */
export function FigureHistory({ changes }: { changes: ChangeEntry[] }) {
  if (changes.length === 0) return null;
  return (
    <section aria-labelledby="history" className="mt-8 text-sm">
      <h2 id="history" className="text-lg font-semibold">
        History of these figures
      </h2>
      <ul className="mt-2 space-y-2" data-figure-history>
        {changes.map((c) => (
          <li key={c.id} id={`change-${c.id}`}>
            <span className="font-medium">{c.period}</span>: {describeChange(c, c.unit)}
            {c.newQuote && c.kind !== "removed" ? (
              <span className="block text-[var(--muted)]">“{c.newQuote}”</span>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="mt-2">
        <PageLink href={routes.changes()}>Every change to the data</PageLink>
      </p>
    </section>
  );
}
