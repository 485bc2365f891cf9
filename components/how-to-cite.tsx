import { citationText } from "@/lib/cite/citation-text";
import type { ChartSpec } from "@/lib/chart/types";
import type { DataStamp } from "@/lib/cite/data-stamp";
import { CopyButton } from "./copy-button";

type Props = { spec: ChartSpec; permalink: string; stamp?: DataStamp | null };

export function HowToCite({ spec, permalink, stamp }: Props) {
  const text = citationText(spec, permalink, stamp);
  const id = `cite-${spec.id}`;
  return (
    <section aria-label="How to cite" className="mt-4 text-sm">
      <h3 className="flex items-center gap-2 font-semibold">
        How to cite <CopyButton text={text} label="Copy citation" targetId={id} />
      </h3>
      <p
        id={id}
        className="mt-1 rounded bg-[color-mix(in_srgb,var(--rule)_35%,transparent)] p-2 [overflow-wrap:anywhere]"
      >
        {text}
      </p>
    </section>
  );
}
