import { citationText } from "@/lib/cite/citation-text";
import type { ChartSpec } from "@/lib/chart/types";
import { CopyButton } from "./copy-button";

export function HowToCite({ spec, permalink }: { spec: ChartSpec; permalink: string }) {
  const text = citationText(spec, permalink);
  const id = `cite-${spec.id}`;
  return (
    <section aria-label="How to cite" className="mt-4 text-sm">
      <h3 className="flex items-center gap-2 font-semibold">
        How to cite <CopyButton text={text} label="Copy citation" targetId={id} />
      </h3>
      <p id={id} className="mt-1 rounded bg-[color-mix(in_srgb,var(--rule)_35%,transparent)] p-2">
        {text}
      </p>
    </section>
  );
}
