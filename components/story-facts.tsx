import { viewObservation } from "@/lib/model/observation-view";
import { computeRatio, findObservation } from "@/lib/model/ratio";
import type { SeriesWithObservations } from "@/lib/model/types";
import type { Story } from "@/lib/registry/stories";
import { routes } from "@/lib/site/routes";
import { PageLink } from "./page-link";

/** Derived multiples and related single figures, each with where it came from. */
export function StoryFacts({ story, data }: { story: Story; data: SeriesWithObservations[] }) {
  const ratios = (story.ratios ?? []).flatMap((r) => computeRatio(r.label, r.numerator, r.denominator, data) ?? []);
  const facts = (story.facts ?? []).flatMap((id) => findObservation(data, id) ?? []);
  if (ratios.length + facts.length === 0) return null;
  return (
    <dl className="mt-4 grid gap-3 sm:grid-cols-2">
      {ratios.map((r) => (
        <div key={r.label} className="rounded border border-[var(--rule)] p-3" data-derived-figure>
          <dt className="text-sm text-[var(--muted)]">{r.label}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{r.text}</dd>
          <dd className="text-xs text-[var(--muted)]">Derived: {r.formula}, from the chart’s sources below.</dd>
        </div>
      ))}
      {facts.map(({ series, observation: o, unit }) => {
        const view = viewObservation(o, unit);
        return (
          <div key={o.id} className="rounded border border-[var(--rule)] p-3">
            <dt className="text-sm text-[var(--muted)]">
              <PageLink href={routes.series(series.slug)}>{series.title}</PageLink>, {view.period}
            </dt>
            <dd className="text-2xl font-semibold tabular-nums">{view.value}</dd>
            {o.citations.map((c) => (
              <dd key={c.id} className="text-xs text-[var(--muted)]">
                “{c.quote}” — <PageLink href={routes.source(c.source.id)}>{c.source.author}</PageLink>
              </dd>
            ))}
            {view.formula ? <dd className="text-xs text-[var(--muted)]">Derived: {view.formula}</dd> : null}
          </div>
        );
      })}
    </dl>
  );
}
