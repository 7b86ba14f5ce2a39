#!/usr/bin/env node
// Makes a synthetic news corpus for scale tests: articles assembled from the
// paragraphs of the shared articles (and PolNeAR train/dev texts when present)
// by a seeded generator, so the same command always writes the same files.
//
//   node scripts/make-synthetic-corpus.mjs --count 10000 --out /tmp/synthetic [--seed 7] [--sources DIR,...]
import fs from "node:fs";
import path from "node:path";

const argv = process.argv.slice(2);
const args = Object.fromEntries(argv.flatMap((a, i) => (a.startsWith("--") ? [[a.slice(2), argv[i + 1]]] : [])));
const count = Number(args.count ?? 10000);
const out = args.out ?? "synthetic-corpus";
const seed = Number(args.seed ?? 7);
const root = path.resolve(import.meta.dirname, "..");
const shared = process.env.NEWSGRAPH_SHARED ?? path.resolve(root, "../shared");
const sources = (
  args.sources ??
  [
    path.join(shared, "articles"),
    path.join(shared, "data/polnear/train/text"),
    path.join(shared, "data/polnear/dev/text"),
    path.join(root, "data/articles"),
  ].join(",")
)
  .split(",")
  .filter((d) => fs.existsSync(d));

/** mulberry32: a tiny seeded PRNG, so the corpus is reproducible. */
function rng(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const headlines = [];
const paragraphs = [];
for (const dir of sources) {
  for (const name of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    const lines = fs
      .readFileSync(path.join(dir, name), "utf8")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines[0] && lines[0].length < 200) headlines.push(lines[0]);
    for (const l of lines.slice(1)) if (l.length >= 60) paragraphs.push(l);
  }
}
if (paragraphs.length === 0) throw new Error(`no source paragraphs in ${sources.join(", ") || "(no source folders)"}`);

const random = rng(seed);
const pick = (list) => list[Math.floor(random() * list.length)];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
fs.mkdirSync(out, { recursive: true });
const width = String(count).length;
for (let i = 0; i < count; i++) {
  const n = 4 + Math.floor(random() * 12);
  const date = `${pick(MONTHS)} ${1 + Math.floor(random() * 28)}, ${2015 + Math.floor(random() * 8)}`;
  const body = Array.from({ length: n }, () => pick(paragraphs));
  const text = [pick(headlines), date, "", ...body.flatMap((p) => [p, ""])].join("\n");
  fs.writeFileSync(path.join(out, `synthetic-${String(i + 1).padStart(width, "0")}.txt`), text);
}
process.stdout.write(`wrote ${count} articles to ${out} (from ${paragraphs.length} paragraphs of ${sources.length} folders, seed ${seed})\n`);
