/** The header row every data table on the site uses: column names, padded apart, the last flush right. */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr className="border-b border-[var(--rule)]">
        {columns.map((c, i) => (
          <th key={c} scope="col" className={i < columns.length - 1 ? "py-1 pr-3" : "py-1"}>
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
