// Where one core's time goes: each pipeline stage's share of newsgraph's full
// extraction, over the bench's texts (warmed up, best of --rounds runs).
// Needs the compiled code: npx tsc -p tsconfig.json.
//
//   node tests/bench/stages.mjs [--limit N] [--rounds N]
import path from "node:path";
import { pathToFileURL } from "node:url";
import { countWords, loadTexts, ROOT } from "./corpora.mjs";

const argv = process.argv.slice(2);
const args = Object.fromEntries(argv.flatMap((a, i) => (a.startsWith("--") ? [[a.slice(2), argv[i + 1]]] : [])));
const dist = (p) => import(pathToFileURL(path.join(ROOT, "dist/src", p)).href);
const [{ readPlainText }, { DEFAULT_STAGES }, { toResult }] = await Promise.all([
  dist("stages/read/plain-text.js"),
  dist("pipeline/default-stages.js"),
  dist("pipeline/to-result.js"),
]);

const texts = loadTexts(args.limit ? Number(args.limit) : Number.POSITIVE_INFINITY);
const words = texts.reduce((n, t) => n + countWords(t), 0);
const steps = [["read", null], ...DEFAULT_STAGES.map((s) => [s.name, s]), ["to-result", null]];

function once() {
  const ms = new Map(steps.map(([name]) => [name, 0]));
  texts.forEach((text, k) => {
    let t = performance.now();
    let doc = readPlainText(text, { id: `s${k}` });
    ms.set("read", ms.get("read") + performance.now() - t);
    for (const stage of DEFAULT_STAGES) {
      t = performance.now();
      doc = stage.run(doc);
      ms.set(stage.name, ms.get(stage.name) + performance.now() - t);
    }
    t = performance.now();
    toResult(doc);
    ms.set("to-result", ms.get("to-result") + performance.now() - t);
  });
  return ms;
}

once(); // warm-up: models loaded, code optimised
const best = new Map();
for (let r = 0; r < Number(args.rounds ?? 2); r++) for (const [name, v] of once()) best.set(name, Math.min(best.get(name) ?? Number.POSITIVE_INFINITY, v));
const total = [...best.values()].reduce((a, b) => a + b, 0);
process.stdout.write(`${texts.length} articles, ${words.toLocaleString("en")} words, one core\n`);
for (const [name, v] of best)
  process.stdout.write(
    `${name.padEnd(12)} ${(v / 1000).toFixed(2).padStart(7)} s ${((100 * v) / total).toFixed(1).padStart(6)} %  ${Math.round(words / (v / 1000))
      .toLocaleString("en")
      .padStart(12)} words/s\n`,
  );
process.stdout.write(
  `${"total".padEnd(12)} ${(total / 1000).toFixed(2).padStart(7)} s ${"".padStart(8)} ${Math.round(words / (total / 1000))
    .toLocaleString("en")
    .padStart(12)} words/s\n`,
);
