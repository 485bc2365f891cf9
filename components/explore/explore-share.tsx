import { CopyField as Field, ShareLinks as Links, type ShareLink as Link } from "../share-fields";

type Props = { embedCode: string; citation: string; bibtex: string; permalink: string; images: Link[]; data: Link[] };

/** What a built-in chart's share panel offers, for an explorer state: embed code, files, citation, permalink. */
export function ExploreShare({ embedCode, citation, bibtex, permalink, images, data }: Props) {
  return (
    <details className="no-print mt-4 rounded border border-[var(--rule)] p-2 text-sm" data-share-panel="explore" open>
      <summary className="cursor-pointer font-semibold">Share, embed or download this chart</summary>
      <div className="mt-3 space-y-4">
        <Field id="share-explore-embed" label="Embed code" copyLabel="Copy embed code" text={embedCode} rows={4} />
        <dl className="space-y-1">
          <Links label="Image" links={images} />
          <Links label="Data" links={data} />
        </dl>
        <Field id="share-explore-citation" label="Citation" copyLabel="Copy citation" text={citation} rows={3} />
        <Field id="share-explore-bibtex" label="BibTeX" copyLabel="Copy BibTeX" text={bibtex} rows={6} />
        <Field id="share-explore-permalink" label="Permalink" copyLabel="Copy link" text={permalink} />
      </div>
    </details>
  );
}
