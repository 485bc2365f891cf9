import type { SeriesIndexRow } from "@/lib/registry/series-index";
import { PageLink } from "./page-link";
import { routes } from "@/lib/site/routes";
import { TableHead } from "./table-head";

export function SeriesTable({ rows }: { rows: SeriesIndexRow[] }) {
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="stack-table w-full border-collapse text-left text-sm">
        <TableHead columns={["Series", "Latest", "Period", "Source"]} />
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.slug}
              className="border-b border-[var(--rule)] align-top"
              data-series={r.slug}
              data-kind={r.kind}
            >
              <td className="py-1 pr-3">
                <PageLink href={routes.series(r.slug)}>{r.title}</PageLink>
                <div className="text-xs text-[var(--muted)]">
                  {r.kind} · {r.entities}
                </div>
              </td>
              <td className="py-1 pr-3 whitespace-nowrap font-semibold tabular-nums" data-label="Latest">
                {/* The figure leads to its row on the series page, whose footnotes quote its sentences: a
                    document load, not next/link's, so the row is the page's :target and is marked. */}
                {r.latest ? <a href={r.latest.href}>{r.latest.label}</a> : "—"}
                {r.latest?.derived ? (
                  <span className="block text-xs font-normal text-[var(--muted)]">derived</span>
                ) : null}
              </td>
              <td className="py-1 pr-3 whitespace-nowrap" data-label="Period">
                {r.latest?.period}
              </td>
              <td className="py-1" data-label="Source">
                {r.latest?.sources.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 ? "; " : ""}
                    <PageLink href={routes.source(s.id)}>{s.author}</PageLink>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
