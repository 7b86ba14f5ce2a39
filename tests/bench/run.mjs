// `npm run bench`: words per second, side by side, on the shared corpora —
// newsgraph's full extraction on one core (with the neural tagger, and with
// --fast's perceptron) and on all cores, wink-nlp's bare
// tokenise-and-tag, compromise's people/places/organizations, newsgraph's
// recogniser alone (segmenting and entity mentions) — with ratios and
// peak memory. Prints a table and writes tests/bench/results/latest.json (and
// appends to history.jsonl). Needs the compiled code: npx tsc -p tsconfig.json.
//
//   node tests/bench/run.mjs [--limit N] [--jobs N] [--only wink,compromise,newsgraph-ner,newsgraph-1,newsgraph-fast-1,newsgraph-all]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { countWords, CORPUS_DIRS, loadTexts, ROOT } from "./corpora.mjs";

const argv = process.argv.slice(2);
const args = Object.fromEntries(argv.flatMap((a, i) => (a.startsWith("--") ? [[a.slice(2), argv[i + 1]]] : [])));
const limit = args.limit ? Number(args.limit) : Number.POSITIVE_INFINITY;
const jobs = Number(args.jobs ?? os.availableParallelism());
const only = args.only ? new Set(args.only.split(",")) : null;
const wanted = (name) => !only || only.has(name);
const EXTRACT = path.join(ROOT, "dist/src/extract.js");
if (!fs.existsSync(EXTRACT)) throw new Error(`${EXTRACT} is missing: run "npx tsc -p tsconfig.json" first`);

const texts = loadTexts(limit);
const words = texts.reduce((n, t) => n + countWords(t), 0);
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const results = {};

/**
 * One-core contenders run interleaved: the texts are cut into rounds and each
 * contender takes its turn on every round, so a machine whose load changes
 * during the run slows them all alike and the ratios stay fair.
 */
const ROUNDS = 10;
const contenders = [];

if (wanted("wink")) {
  const winkNLP = (await import("wink-nlp")).default;
  const model = (await import("wink-eng-lite-web-model")).default;
  const nlp = winkNLP(model, ["sbd", "pos"]);
  const its = nlp.its;
  contenders.push({ name: "wink", run: (t) => nlp.readDoc(t).tokens().out(its.pos) });
}

if (wanted("compromise")) {
  const nlp = (await import("compromise")).default;
  contenders.push({
    name: "compromise",
    run: (t) => {
      const doc = nlp(t);
      doc.people().out("array");
      doc.places().out("array");
      doc.organizations().out("array");
    },
  });
}

if (wanted("newsgraph-1")) {
  const { extract } = await import(pathToFileURL(EXTRACT).href);
  let n = 0;
  contenders.push({ name: "newsgraph-1", run: (t) => extract(t, { id: `b${n++}` }) });
}

if (wanted("newsgraph-fast-1")) {
  // --fast: the perceptron tagger instead of the neural one
  const { extract } = await import(pathToFileURL(EXTRACT).href);
  let n = 0;
  contenders.push({ name: "newsgraph-fast-1", run: (t) => extract(t, { id: `f${n++}`, fast: true }) });
}

if (wanted("newsgraph-ner")) {
  // The recogniser alone, from raw text as compromise gets it: reading, segmenting and the mentions stage.
  const dist = (p) => import(pathToFileURL(path.join(ROOT, "dist/src", p)).href);
  const [{ readPlainText }, { runPipeline }, { segmentStage }, { mentionsStage }] = await Promise.all([
    dist("stages/read/plain-text.js"),
    dist("pipeline/run-pipeline.js"),
    dist("stages/segment/segment.js"),
    dist("stages/mentions/mentions.js"),
  ]);
  let n = 0;
  contenders.push({ name: "newsgraph-ner", run: (t) => runPipeline(readPlainText(t, { id: `n${n++}` }), [segmentStage, mentionsStage]) });
}

for (const c of contenders) c.run(texts[0] ?? "");
const seconds = new Map(contenders.map((c) => [c.name, 0]));
for (let r = 0; r < ROUNDS; r++) {
  const round = texts.filter((_, i) => i % ROUNDS === r);
  for (const c of contenders) {
    const started = performance.now();
    for (const t of round) c.run(t);
    seconds.set(c.name, (seconds.get(c.name) ?? 0) + (performance.now() - started) / 1000);
  }
}
for (const c of contenders) {
  const s = seconds.get(c.name) ?? 0;
  results[c.name] = { seconds: +s.toFixed(3), wordsPerSecond: Math.round(words / s) };
  process.stderr.write(`${c.name.padEnd(16)} ${results[c.name].wordsPerSecond.toLocaleString("en").padStart(10)} words/s  (${s.toFixed(1)} s)\n`);
}

/** All cores: worker threads, warmed up first, each given an interleaved share of the texts. */
async function extractOnAllCores() {
  const workers = Array.from(
    { length: jobs },
    () => new Worker(new URL("./extract-worker.mjs", import.meta.url), { workerData: { extractModule: pathToFileURL(EXTRACT).href } }),
  );
  const next = (w, type) =>
    new Promise((resolve, reject) => {
      w.once("message", (m) => (m.type === type ? resolve() : reject(new Error(`unexpected ${m.type}`))));
      w.once("error", reject);
    });
  await Promise.all(workers.map((w) => next(w, "ready")));
  const started = performance.now();
  await Promise.all(
    workers.map((w, k) => {
      const done = next(w, "done");
      w.postMessage(texts.filter((_, i) => i % jobs === k));
      return done;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(workers.map((w) => w.terminate()));
  return seconds;
}

if (wanted("newsgraph-all")) {
  const seconds = await extractOnAllCores();
  results["newsgraph-all"] = { seconds: +seconds.toFixed(3), wordsPerSecond: Math.round(words / seconds), jobs, peakRssMbSoFar: peakMb() };
  process.stderr.write(
    `${"newsgraph-all".padEnd(16)} ${results["newsgraph-all"].wordsPerSecond.toLocaleString("en").padStart(10)} words/s  (${seconds.toFixed(1)} s, ${jobs} workers)\n`,
  );
}

const rate = (name) => results[name]?.wordsPerSecond;
const ratio = (a, b) => (rate(a) && rate(b) ? +(rate(a) / rate(b)).toFixed(3) : null);
const report = {
  date: new Date().toISOString(),
  // Load average at the end: figures from a busy machine are not comparable with a quiet one's.
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model ?? "",
    node: process.version,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
  },
  corpus: { dirs: CORPUS_DIRS.map((d) => path.relative(ROOT, d)), articles: texts.length, words },
  results,
  ratios: {
    "newsgraph-1 / wink": ratio("newsgraph-1", "wink"),
    "newsgraph-1 / compromise": ratio("newsgraph-1", "compromise"),
    "newsgraph-fast-1 / wink": ratio("newsgraph-fast-1", "wink"),
    "newsgraph-fast-1 / compromise": ratio("newsgraph-fast-1", "compromise"),
    "newsgraph-ner / compromise": ratio("newsgraph-ner", "compromise"),
    "newsgraph-all / newsgraph-1": ratio("newsgraph-all", "newsgraph-1"),
  },
  goals: { "newsgraph-1 / wink": 0.5, "newsgraph-1 / compromise": 8 },
  peakRssMb: peakMb(),
};
const dir = path.join(ROOT, "tests/bench/results");
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
fs.appendFileSync(path.join(dir, "history.jsonl"), `${JSON.stringify(report)}\n`);
process.stdout.write(`${texts.length} articles, ${words.toLocaleString("en")} words\n`);
for (const [k, v] of Object.entries(report.ratios))
  if (v !== null) process.stdout.write(`${k.padEnd(28)} ${v}${report.goals[k] ? `  (goal ≥ ${report.goals[k]})` : ""}\n`);
process.stdout.write(
  `peak RSS ${report.peakRssMb} MB; load average ${report.machine.loadAverage.join(" ")} on ${report.machine.cpus} cores; figures in ${path.relative(ROOT, dir)}/latest.json\n`,
);
