import { MARK_WORDS, type MarkKind } from "@/lib/chart/legend-words";
import type { ChartSpec } from "@/lib/chart/types";

const ITEMS: { kind: MarkKind; glyph: React.ReactNode }[] = [
  { kind: "exact", glyph: <circle cx="10" cy="10" r="4.5" fill="currentColor" /> },
  {
    kind: "approx",
    glyph: <circle cx="10" cy="10" r="4.5" fill="none" stroke="currentColor" strokeWidth="2" />,
  },
  {
    kind: "min",
    glyph: <path d="M10 16V4M6 8l4-4 4 4" fill="none" stroke="currentColor" strokeWidth="2" />,
  },
  {
    kind: "max",
    glyph: <path d="M10 4v12M6 12l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" />,
  },
  {
    kind: "derived",
    glyph: <circle cx="10" cy="10" r="5" fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="2.5 2" />,
  },
  {
    kind: "interval",
    glyph: <path d="M2 10h16M2 6v8M18 6v8" fill="none" stroke="currentColor" strokeWidth="2" />,
  },
];

export function BoundLegend({ marks }: { marks: ChartSpec["marks"] }) {
  const shown = ITEMS.filter((i) => marks[i.kind]);
  return (
    <ul aria-label="How values are marked" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-[var(--muted)]">
      {shown.map((i) => (
        <li key={i.kind} className="flex items-center gap-1">
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" className="text-[var(--fg)]">
            {i.glyph}
          </svg>
          {MARK_WORDS[i.kind]}
        </li>
      ))}
    </ul>
  );
}
