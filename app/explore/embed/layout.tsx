import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./embed.css";

// As app/embed/layout.tsx: a guest on another site's page, not indexed (the explorer URL is the chart's page).
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default function ExploreEmbedLayout({ children }: { children: ReactNode }) {
  return children;
}
