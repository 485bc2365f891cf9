import type { ChartSpec } from "@/lib/chart/types";
import { figureAnchor } from "@/lib/site/routes";
import { footnoteId } from "./footnote-list";
import { TableHead } from "./table-head";

export function ValueTable({ spec }: { spec: ChartSpec }) {
  const rows = spec.series.flatMap((s) => s.points.map((p) => ({ s, p })));
  return (
    <section aria-label="Table view" className="mt-4 overflow-x-auto">
      <h3 className="text-sm font-semibold">Table</h3>
      <table className="stack-table mt-2 w-full border-collapse text-left text-sm" data-chart-table={spec.id}>
        <caption className="sr-only">{spec.title}: every value with its bound and sources</caption>
        <TableHead columns={["Series", "Period", "Value", "Kind", "Sources"]} />
        <tbody>
          {rows.map(({ s, p }) => (
            <tr
              key={p.id}
              id={figureAnchor(spec.id, p.id)}
              className="border-b border-[var(--rule)] align-top"
              data-observation={p.id}
              data-value={p.value}
              data-bound={p.bound}
            >
              <td className="py-1 pr-3">{p.category ?? s.title}</td>
              <td className="py-1 pr-3 whitespace-nowrap" data-label="Period">
                {p.periodLabel}
              </td>
              <td
                className="py-1 pr-3 whitespace-nowrap font-semibold tabular-nums"
                title={p.description}
                data-label="Value"
              >
                {p.label}
              </td>
              <td className="py-1 pr-3" data-label="Kind">
                {p.kind}
                {p.details.map((line) => (
                  <div key={line} className="text-xs text-[var(--muted)]">
                    {line}
                  </div>
                ))}
              </td>
              <td className="py-1" data-label="Sources">
                {/* At least 24 × 24 px each, so a finger can hit one source marker and not its neighbour. */}
                {p.footnotes.map((n) => (
                  <a
                    key={n}
                    href={`#${footnoteId(spec.id, n)}`}
                    className="mr-1 inline-flex min-h-6 min-w-6 items-center justify-center"
                    aria-label={`Source ${n}`}
                  >
                    [{n}]
                  </a>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
