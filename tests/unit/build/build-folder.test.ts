// Incremental and interrupted builds, in this thread (jobs: 0) on short
// articles; the worker pool and its time limit are covered end to end.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type BuildReport, buildFolder } from "../../../src/build/build-folder.js";
import { expandInputs } from "../../../src/io/inputs.js";

const ARTICLES: Record<string, string> = {
  "putin.txt": 'Putin warns NATO\n\nRussian President Vladimir Putin said on Wednesday in Sochi that NATO must stop. "We will respond," Putin said.\n',
  "biden.txt": 'Biden calls Putin\n\nPresident Joe Biden told reporters in Washington that he would call Vladimir Putin. "We are ready," Biden said.\n',
  "scholz.md": "# Scholz in Paris\n\nGerman Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday, the Elysee said.\n",
  "feed.jsonl": `${JSON.stringify({ id: "wire-1", text: "Macron said on Tuesday that Europe must act.", title: "Macron" })}\n`,
  "broken.txt": "",
};

function corpus(files: Record<string, string> = ARTICLES): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "ng-build-"));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(d, name), content);
  return d;
}

/** Outputs beside, not inside, the input folder (a build never reads its own folder either). */
const outFor = (dir: string): string => `${dir}-out`;

const build = (dir: string, out: string, extra: { retryFailed?: boolean } = {}): Promise<BuildReport> =>
  buildFolder(expandInputs([dir]).files, { out, jobs: 0, ...extra });

/** Every output file of a build folder (state excluded: it names the run's labels) with its bytes. */
function outputs(out: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (!full.includes(`${path.sep}state${path.sep}`)) files[path.relative(out, full)] = fs.readFileSync(full, "utf8");
    }
  };
  walk(out);
  return files;
}

/** The same build from scratch, for comparison with an incremental one. */
async function clean(dir: string): Promise<Record<string, string>> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ng-clean-")), "out");
  expect(out.startsWith(dir)).toBe(false);
  await build(dir, out);
  return outputs(out);
}

describe("build: batch error report", () => {
  it("never reads its own output folder as input", async () => {
    const dir = corpus({ "a.txt": "Putin spoke in Moscow on Monday." });
    const out = path.join(dir, "out");
    await build(dir, out);
    expect((await build(dir, out)).reused).toBe(1);
  });

  it("builds the good articles, lists the bad one with its reason, and writes errors.json", async () => {
    const dir = corpus();
    const out = outFor(dir);
    const report = await build(dir, out);
    expect(report.articles).toBe(4);
    expect(report.failures).toEqual([{ id: "broken", file: path.join(dir, "broken.txt"), code: "E_EMPTY", message: expect.stringMatching(/empty/) }]);
    expect(JSON.parse(fs.readFileSync(path.join(out, "errors.json"), "utf8"))).toEqual(report.failures);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8")) as { articles: string[] };
    expect(manifest.articles).toEqual(["biden", "putin", "scholz", "wire-1"]);
  });
});

describe("build: incremental", () => {
  it("a rerun extracts nothing and writes the same bytes", async () => {
    const dir = corpus();
    const out = outFor(dir);
    await build(dir, out);
    const first = outputs(out);
    const again = await build(dir, out);
    expect([again.extracted, again.reused]).toEqual([0, 5]);
    expect(again.failures.map((f) => f.code)).toEqual(["E_EMPTY"]);
    expect(outputs(out)).toEqual(first);
  });

  it("re-extracts only the article whose content changed, and matches a clean build", async () => {
    const dir = corpus();
    const out = outFor(dir);
    await build(dir, out);
    fs.writeFileSync(path.join(dir, "biden.txt"), "Biden meets Xi\n\nPresident Joe Biden met Xi Jinping in Bali on Monday.\n");
    const report = await build(dir, out);
    expect([report.extracted, report.reused]).toEqual([1, 4]);
    expect(outputs(out)).toEqual(await clean(dir));
  });

  it("removing an article removes exactly its outputs and facts", async () => {
    const dir = corpus();
    const out = outFor(dir);
    await build(dir, out);
    fs.rmSync(path.join(dir, "scholz.md"));
    const report = await build(dir, out);
    expect(report.extracted).toBe(0);
    for (const f of ["extractions/scholz.json", "texts/scholz.txt", "state/scholz.json"]) expect(fs.existsSync(path.join(out, f)), f).toBe(false);
    expect(fs.readFileSync(path.join(out, "graph.json"), "utf8")).not.toMatch(/olaf-scholz|"scholz"/);
    expect(outputs(out)).toEqual(await clean(dir));
  });

  it("re-extracts when the pipeline version changes, and failed articles only when asked", async () => {
    const dir = corpus();
    const out = outFor(dir);
    await build(dir, out);
    const stateFile = path.join(out, "state", "putin.json");
    fs.writeFileSync(stateFile, fs.readFileSync(stateFile, "utf8").replace(/"pipeline":"[^"]*"/, '"pipeline":"older"'));
    expect((await build(dir, out)).extracted).toBe(1);
    expect((await build(dir, out, { retryFailed: true })).extracted).toBe(1);
  });
});

describe("build: interrupted", () => {
  it("finishes a killed build without redoing done work and without corrupt output", async () => {
    const dir = corpus();
    const out = outFor(dir);
    await build(dir, out);
    // What a kill leaves: an article whose state was never written, another never started,
    // a temporary file of a write in flight, and stale corpus files.
    fs.rmSync(path.join(out, "state", "putin.json"));
    for (const f of ["extractions/biden.json", "texts/biden.txt", "state/biden.json"]) fs.rmSync(path.join(out, f));
    fs.writeFileSync(path.join(out, "extractions", ".biden.json.999-0.tmp"), '{"article": {"id": "bi');
    fs.writeFileSync(path.join(out, ".graph.json.999-0.tmp"), "{");
    const report = await build(dir, out);
    expect([report.extracted, report.reused]).toEqual([2, 3]);
    expect(fs.readdirSync(path.join(out, "extractions")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(outputs(out)).toEqual(await clean(dir));
  });
});

describe("build: unchanged reruns", () => {
  it("keeps the corpus files of an unchanged rerun, and rebuilds them when an article changed in a killed run", async () => {
    const dir = corpus();
    const out = outFor(dir);
    await build(dir, out);
    const stamp = fs.statSync(path.join(out, "graph.json")).mtimeMs;
    const again = await build(dir, out);
    expect(fs.statSync(path.join(out, "graph.json")).mtimeMs).toBe(stamp);
    expect(again.statements).toBeGreaterThan(0);
    // A killed run re-extracted biden but never wrote the corpus files: the next run must.
    fs.writeFileSync(path.join(dir, "biden.txt"), "Biden meets Xi\n\nPresident Joe Biden met Xi Jinping in Bali on Monday.\n");
    const manifest = fs.readFileSync(path.join(out, "manifest.json"), "utf8");
    await build(dir, out);
    fs.writeFileSync(path.join(out, "manifest.json"), manifest);
    const after = await build(dir, out);
    expect(after.extracted).toBe(0);
    expect(outputs(out)).toEqual(await clean(dir));
  });
});
