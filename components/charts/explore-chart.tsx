"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { InteractiveSpec } from "@/lib/chart/interactive-spec";
import "./interactive-chart.css";

// Recharts (~100 KB gzip) is fetched only when the reader opens the interactive view.
const InteractiveChart = dynamic(() => import("./interactive-chart").then((m) => m.InteractiveChart), {
  ssr: false,
  loading: () => <p className="text-sm">Loading the interactive chart…</p>,
});

export function ExploreChart({ spec }: { spec: InteractiveSpec }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="no-print mt-2">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        className="rounded border border-[var(--rule)] px-2 py-0.5 text-xs"
        data-explore={spec.id}
      >
        {open ? "Hide interactive chart" : "Explore interactively"}
      </button>
      {open ? <InteractiveChart spec={spec} /> : null}
    </div>
  );
}
