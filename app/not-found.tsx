import Link from "next/link";

export default function NotFound() {
  return (
    <article>
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2">There is no page at this address. The figures are listed on the <Link href="/">overview</Link>, and the articles under <Link href="/sources">Sources</Link>.</p>
    </article>
  );
}
