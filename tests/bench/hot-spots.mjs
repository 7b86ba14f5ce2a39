// Summarises a V8 CPU profile (node --cpu-prof) by self time per function and
// file: where the pipeline spends its time.
//
//   node --cpu-prof --cpu-prof-dir=prof tests/bench/run.mjs --only newsgraph-1 --limit 200
//   node tests/bench/hot-spots.mjs prof/*.cpuprofile [top]
import fs from "node:fs";
import path from "node:path";

const [file, top = "25"] = process.argv.slice(2);
if (!file) throw new Error("usage: node tests/bench/hot-spots.mjs PROFILE.cpuprofile [top]");
const profile = JSON.parse(fs.readFileSync(file, "utf8"));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
profile.samples.forEach((id, i) => {
  const f = nodes.get(id).callFrame;
  const where = f.url ? `${path.relative(process.cwd(), f.url.replace(/^file:\/\//, ""))}:${f.lineNumber + 1}` : "";
  const key = `${f.functionName || "(anonymous)"} ${where}`.trim();
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  process.stdout.write(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${k}\n`);
}
