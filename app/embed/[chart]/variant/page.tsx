import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedPage, embedMetadata } from "../embed-page";
import { parseEmbedOptions } from "@/lib/embed/embed-options";

// /embed/<chart>?theme=…&footnotes=…&height=… after proxy.ts has checked the options; rendered per request,
// since caching every height a host might ask for would let anyone fill the cache.
type Props = {
  params: Promise<{ chart: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function toSearch(query: Record<string, string | string[] | undefined>): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const v of [value ?? []].flat()) search.append(key, v);
  return search;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return embedMetadata((await params).chart);
}

export default async function EmbedVariantPage({ params, searchParams }: Props) {
  const options = parseEmbedOptions(toSearch(await searchParams));
  // Only reachable through the proxy, which answers a bad option with a 400 before this renders.
  if (!options.ok) notFound();
  return <EmbedPage chartId={(await params).chart} options={options.value} />;
}
