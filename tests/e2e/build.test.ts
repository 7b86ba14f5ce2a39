// `newsgraph build` end to end with worker threads: formats and standard
// input, per-article time limit and crashes, a killed build resumed, the
// same bytes for any --jobs, and shards that add up to the whole.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT } from "../helpers/cli.js";

/** The built CLI in a subprocess, with standard input and extra environment. */
function runCli(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string> } = {},
): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input: options.input ?? "",
    env: { ...process.env, ...options.env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ARTICLES: Record<string, string> = {
  "a-putin.txt": 'Putin warns NATO\n\nRussian President Vladimir Putin said on Wednesday in Sochi that NATO must stop. "We will respond," Putin said.\n',
  "b-biden.txt": 'Biden calls Putin\n\nPresident Joe Biden told reporters in Washington that he would call Vladimir Putin. "We are ready," Biden said.\n',
  "c-page.html":
    '<html><head><meta name="author" content="Jane Doe"><meta property="article:published_time" content="2022-01-10T09:00:00Z"></head><body><article><h1>Talks in Geneva</h1><p>Secretary of State Antony Blinken said on Friday that the talks in Geneva were "frank and substantive," according to Reuters.</p></article></body></html>',
  "d-scholz.md":
    "---\ntitle: Scholz in Paris\nauthor: John Roe\n---\n# Scholz in Paris\n\nGerman Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday, the Elysee said.\n",
  "e-wire.jsonl": `${JSON.stringify({ id: "wire-1", text: "Macron said on Tuesday that Europe must act.", title: "Macron" })}\n${JSON.stringify({ id: "wire-2", text: "Erdogan met Zelensky in Istanbul on Friday." })}\n`,
};

function corpus(extra: Record<string, string | Buffer> = {}): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "ng-e2e-build-"));
  for (const [name, content] of Object.entries({ ...ARTICLES, ...extra })) fs.writeFileSync(path.join(d, name), content);
  return d;
}

const read = (out: string, file: string): string => fs.readFileSync(path.join(out, file), "utf8");
const CORPUS_FILES = ["graph.json", "graph.ttl", "graph.nq", "manifest.json", "errors.json"];

describe("build: inputs", () => {
  it("reads text, web pages, Markdown, JSON Lines and standard input, with their metadata", () => {
    const d = corpus();
    const out = `${d}-out`;
    const r = runCli(["build", d, "-", "--out", out, "--quiet", "--jobs", "2"], { input: "Kremlin spokesman Dmitry Peskov said the talks would continue." });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const manifest = JSON.parse(read(out, "manifest.json")) as { articles: string[] };
    expect(manifest.articles).toEqual(["a-putin", "b-biden", "c-page", "d-scholz", "stdin", "wire-1", "wire-2"]);
    const page = JSON.parse(read(out, "extractions/c-page.json")) as { article: Record<string, unknown> };
    expect(page.article).toMatchObject({ title: "Talks in Geneva", author: "Jane Doe", published: "2022-01-10T09:00:00" });
    expect(read(out, "texts/c-page.txt")).toMatch(/^Talks in Geneva\n\nSecretary of State Antony Blinken/);
    const md = JSON.parse(read(out, "extractions/d-scholz.json")) as { article: Record<string, unknown> };
    expect(md.article).toMatchObject({ title: "Scholz in Paris", author: "John Roe" });
    expect(read(out, "graph.nq")).toContain("<https://w3id.org/newsgraph/data/article/wire-2> .");
  });

  it("decodes Windows-1252 with a warning, and reports undecodable files", () => {
    const d = corpus({
      "f-latin.txt": Buffer.from([0x93, ...Buffer.from("Putin said no in Moscow."), 0x94]),
      "g-bad.txt": Buffer.from([0x48, 0x81, 0x8d, 0x6f]),
    });
    const r = runCli(["build", d, "--out", `${d}-out`, "--quiet"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/warning: .*f-latin\.txt: not valid UTF-8; decoded as Windows-1252/);
    expect(r.stderr).toMatch(/E_ENCODING +.*g-bad\.txt/);
    expect(read(`${d}-out`, "texts/f-latin.txt")).toBe("“Putin said no in Moscow.”");
  });
});

describe("build: never losing an article", () => {
  it("stops an article past its time limit and a crashing stage, lists both, and builds the rest", () => {
    const d = corpus({ "h-empty.txt": "", "i-big.txt": Buffer.alloc(21 * 1024 * 1024, 0x61) });
    const out = `${d}-out`;
    const r = runCli(["build", d, "--out", out, "--quiet", "--jobs", "2", "--time-limit", "3"], {
      env: { NEWSGRAPH_TEST_FAULT: "hang:a-putin,throw:b-biden,exit:d-scholz" },
    });
    expect(r.code).toBe(1);
    const errors = JSON.parse(read(out, "errors.json")) as { id: string; code: string; message: string }[];
    expect(errors.map((e) => [e.id, e.code])).toEqual([
      ["a-putin", "E_TIMEOUT"],
      ["b-biden", "E_INTERNAL"],
      ["d-scholz", "E_CRASH"],
      ["h-empty", "E_EMPTY"],
      ["i-big", "E_TOO_LARGE"],
    ]);
    expect(errors[1]?.message).toMatch(/b-biden\.txt: extraction failed \(TypeError: injected fault/);
    expect(r.stderr).toMatch(/5 articles failed:/);
    expect(r.stdout).toMatch(/Built 3 articles .*5 failed/);
    expect((JSON.parse(read(out, "manifest.json")) as { articles: string[] }).articles).toEqual(["c-page", "wire-1", "wire-2"]);
  }, 60_000);
});

describe("build: scale", () => {
  it("writes the same bytes with one worker, two workers and none", () => {
    const d = corpus();
    const outs = ["0", "1", "2"].map((jobs) => {
      const out = `${d}-out-${jobs}`;
      expect(runCli(["build", d, "--out", out, "--quiet", "--jobs", jobs]).code).toBe(0);
      return out;
    });
    for (const f of [...CORPUS_FILES, "extractions/a-putin.json", "texts/c-page.txt"]) {
      expect(read(outs[1] as string, f), f).toBe(read(outs[0] as string, f));
      expect(read(outs[2] as string, f), f).toBe(read(outs[0] as string, f));
    }
  }, 60_000);

  it("--fast extracts with the perceptron tagger, in workers too, and switching re-extracts every article", () => {
    const d = corpus();
    const out = `${d}-out-fast`;
    expect(runCli(["build", d, "--out", out, "--quiet", "--jobs", "1", "--fast"]).code).toBe(0);
    const fast = JSON.parse(read(out, "extractions/a-putin.json")) as { statements: unknown[] };
    expect(fast.statements.length).toBeGreaterThan(0);
    // the same options again: nothing to do; without --fast: every article again
    expect(runCli(["build", d, "--out", out, "--quiet", "--jobs", "1", "--fast"]).stdout).toMatch(/0 extracted, 6 unchanged/);
    expect(runCli(["build", d, "--out", out, "--quiet", "--jobs", "1"]).stdout).not.toMatch(/unchanged/);
  }, 60_000);

  it("splits a corpus into shards whose articles add up to the whole", () => {
    const d = corpus();
    const ids = [1, 2].flatMap((k) => {
      const out = `${d}-shard-${k}`;
      const r = runCli(["build", d, "--out", out, "--quiet", "--jobs", "1", "--shard", `${k}/2`]);
      expect(r.stderr).toBe("");
      return r.code === 0 ? (JSON.parse(read(out, "manifest.json")) as { articles: string[] }).articles : [];
    });
    expect(ids.sort()).toEqual(["a-putin", "b-biden", "c-page", "d-scholz", "wire-1", "wire-2"]);
  }, 60_000);
});

describe("build: interrupted", () => {
  it("resumes a killed build without redoing finished articles, to the bytes of a clean build", async () => {
    const d = corpus();
    const out = `${d}-out`;
    // One worker; the third article hangs, so the first two are done when the build is killed.
    const child = spawn(process.execPath, [BIN, "build", d, "--out", out, "--quiet", "--jobs", "1"], {
      cwd: ROOT,
      env: { ...process.env, NEWSGRAPH_TEST_FAULT: "hang:c-page" },
      stdio: "ignore",
    });
    // generous: on a loaded machine a worker can take long to load its models
    const deadline = Date.now() + 90_000;
    while (!(fs.existsSync(path.join(out, "state", "b-biden.json")) && fs.existsSync(path.join(out, "state", "a-putin.json")))) {
      if (Date.now() > deadline) throw new Error("the build never finished its first articles");
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    expect(fs.existsSync(path.join(out, "manifest.json"))).toBe(false);
    const resumed = runCli(["build", d, "--out", out, "--quiet"]);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(/4 extracted, 2 unchanged/);
    const clean = `${d}-clean`;
    runCli(["build", d, "--out", clean, "--quiet"]);
    for (const f of CORPUS_FILES) expect(read(out, f), f).toBe(read(clean, f));
  }, 180_000);
});
