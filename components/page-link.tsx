import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link to another page of the dashboard: next/link without prefetching. With it, loading one story
 * on a phone sent 14 background requests for the routes its links point to, and their processing
 * added long tasks while the page was loading (docs/benchmarks.md, Lighthouse). Navigation still
 * happens in the client; the next page's data is fetched on click.
 */
export function PageLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
