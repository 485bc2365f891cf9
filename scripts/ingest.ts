// npm run ingest -- <article.html|.txt|.md> [--published YYYY[-MM[-DD]]] — proposes candidate figures.
// Reads only the given file (nothing is fetched) and writes a draft for `npm run review` into .data/drafts/.
// Relative time cues ("last year", "since 2020", "on January 23") are read against the publication date:
// a page's own metadata, or --published for plain text (or to correct the page); without either, today.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readDataFiles } from "@/db/dataset-files";
import { entityRecord, seriesRecord } from "@/lib/dataset/schema";
import { datelineDate } from "@/lib/ingest/article-date";
import { buildDraft } from "@/lib/ingest/draft";
import { extractHtml, type ArticleMeta } from "@/lib/ingest/extract-html";

const root = fileURLToPath(new URL("..", import.meta.url));
const USAGE = "usage: npm run ingest -- <article.html|.htm|.txt|.md> [--published YYYY[-MM[-DD]]]";
const args = process.argv.slice(2);
const flag = args.indexOf("--published");
const publishedArg = flag >= 0 ? args.splice(flag, 2)[1] : undefined;
const file = args[0];
if (!file || args.length > 1 || !/\.(html?|txt|md)$/i.test(file)) {
  console.error(USAGE);
  process.exit(2);
}
if (flag >= 0 && !/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(publishedArg ?? "")) {
  console.error(`--published: "${publishedArg ?? ""}" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD\n${USAGE}`);
  process.exit(2);
}
let raw: string;
try {
  raw = readFileSync(file, "utf8");
} catch (e) {
  console.error(`${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  process.exit(2);
}
const blankMeta: ArticleMeta = { title: null, author: null, publication: null, published: null, url: null };
const extracted = /\.html?$/i.test(file) ? extractHtml(raw) : { text: raw, meta: blankMeta };
const { text } = extracted;
// Without a date from the page or --published, a dateline ("TBILISI, 14 November 2024 —") gives it.
const dateline = publishedArg || extracted.meta.published ? null : datelineDate(text);
const published = publishedArg ?? dateline ?? extracted.meta.published;
const meta = { ...extracted.meta, published };
if (!text.trim()) {
  console.error(`${file}: no article text found`);
  process.exit(1);
}
const { files } = readDataFiles(process.env.INGEST_DATA_DIR ?? join(root, "data"));
const records = (kind: string) => files.filter((f) => f.kind === kind).flatMap((f) => f.content as unknown[]);
const index = {
  series: records("series").flatMap((s) => seriesRecord.safeParse(s).data ?? []),
  entities: records("entities").flatMap((s) => entityRecord.safeParse(s).data ?? []),
};
const draft = buildDraft(basename(file), text, meta, index, new Date());
const out = join(
  process.env.INGEST_OUT_DIR ?? join(root, ".data", "drafts"),
  `${basename(file, extname(file))}.draft.json`,
);
mkdirSync(join(out, ".."), { recursive: true });
writeFileSync(out, JSON.stringify(draft, null, 1));
const figures = draft.candidates.filter((c) => !c.notFigure);
console.log(
  `${figures.length} candidate figures (${draft.candidates.length - figures.length} other numbers marked: ` +
    `years, dates, ordinals, names), ${figures.filter((c) => c.series).length} with a suggested series.`,
);
if (dateline) console.log(`Publication date read from the article's dateline: ${dateline} (check it in review).`);
if (!meta.published)
  console.log("No publication date in the file: relative time cues were read against today (use --published).");
console.log(`Draft: ${out}\nNext: npm run review -- ${out}`);
