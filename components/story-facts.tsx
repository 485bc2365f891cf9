import type { SeriesData } from "@/db/queries/series";
import { formatBounded } from "@/lib/model/format";
import { formatPeriod } from "@/lib/model/period";
import { computeRatio } from "@/lib/model/ratio";
import type { Story } from "@/lib/registry/stories";
import { isUnit } from "@/lib/model/units";
import { PageLink } from "./page-link";

function findObservation(data: SeriesData[], id: string) {
  for (const s of data) {
    const o = s.observations.find((x) => x.id === id);
    if (o && isUnit(s.unit)) return { s, o, unit: s.unit };
  }
  return undefined;
}

/** Derived multiples and related single figures, each with where it came from. */
export function StoryFacts({ story, data }: { story: Story; data: SeriesData[] }) {
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
      {facts.map(({ s, o, unit }) => (
        <div key={o.id} className="rounded border border-[var(--rule)] p-3">
          <dt className="text-sm text-[var(--muted)]">
            <PageLink href={`/series/${s.slug}`}>{s.title}</PageLink>, {formatPeriod(o.period)}
          </dt>
          <dd className="text-2xl font-semibold tabular-nums">
            {formatBounded({ value: o.value, unit, bound: o.bound, strict: o.strict })}
          </dd>
          {o.citations.map((c) => (
            <dd key={c.id} className="text-xs text-[var(--muted)]">
              “{c.quote}” — <PageLink href={`/sources/${c.source.id}`}>{c.source.author}</PageLink>
            </dd>
          ))}
          {o.formula ? <dd className="text-xs text-[var(--muted)]">Derived: {o.formula}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
