import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./embed.css";

// An embed repeats a chart that has its own page on the dashboard; search engines should index that page.
export const metadata: Metadata = { robots: { index: false, follow: true } };

/** No site navigation: an embed is a guest on another site's page. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return children;
}
