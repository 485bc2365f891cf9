/** One line above an embed whose figures changed since its code was made, linking to the change. */
export function EmbedChangedNotice({ notice }: { notice: { text: string; href: string } | null }) {
  if (!notice) return null;
  return (
    <p className="px-3 pt-2 text-sm" role="note" data-embed-changed>
      {notice.text}{" "}
      <a href={notice.href} target="_blank" rel="noopener" className="underline">
        What changed
      </a>
    </p>
  );
}
