import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { planUnits } from "../../../src/build/plan.js";
import { inShard, parseShard } from "../../../src/build/shard.js";
import { isNewsgraphError } from "../../../src/pipeline/errors.js";

function folder(files: Record<string, string>): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "ng-plan-"));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(d, name)), { recursive: true });
    fs.writeFileSync(path.join(d, name), content);
  }
  return d;
}

describe("build: planning", () => {
  it("gives one unit per file and per JSON line, with unique ids", () => {
    const d = folder({ "a/news.txt": "A.", "b/news.txt": "B.", "c.jsonl": '{"id":"X 1","text":"x"}\n\n{"text":"y"}\n{"id":"X 1","text":"z"}\n' });
    const units = planUnits([path.join(d, "a/news.txt"), path.join(d, "b/news.txt"), path.join(d, "c.jsonl")]);
    expect(units.map((u) => u.id)).toEqual(["news", expect.stringMatching(/^news-[0-9a-f]{8}$/), "x-1", "c-3", expect.stringMatching(/^x-1-[0-9a-f]{8}$/)]);
    expect(units.map((u) => u.label.replace(d, ""))).toEqual(["/a/news.txt", "/b/news.txt", "/c.jsonl:1", "/c.jsonl:3", "/c.jsonl:4"]);
    expect(new Set(units.map((u) => u.hash)).size).toBe(5);
  });

  it("hashes content, so the same bytes give the same hash", () => {
    const d = folder({ "a.txt": "Same.", "b.txt": "Same." });
    const [a, b] = planUnits([path.join(d, "a.txt"), path.join(d, "b.txt")]);
    expect(a?.hash).toBe(b?.hash);
  });

  it("reads standard input as one article, or as JSON Lines", () => {
    expect(planUnits([], { stdin: new TextEncoder().encode("Putin spoke.") }).map((u) => [u.id, u.input.kind])).toEqual([["stdin", "bytes"]]);
    const jsonl = new TextEncoder().encode('{"text":"a"}\n{"text":"b","id":"k"}\n');
    expect(planUnits([], { stdin: jsonl }).map((u) => u.id)).toEqual(["stdin-1", "k"]);
  });

  it("splits into shards that cover every article exactly once", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`a${i}.txt`] = `Article ${i}.`;
    const d = folder(files);
    const paths = Object.keys(files).map((f) => path.join(d, f));
    const all = planUnits(paths)
      .map((u) => u.id)
      .sort();
    const shards = [1, 2, 3].map((k) => planUnits(paths, { shard: { index: k, count: 3 } }).map((u) => u.id));
    expect(shards.flat().sort()).toEqual(all);
    for (const s of shards) expect(s.length).toBeGreaterThan(5);
    expect(inShard("a", { index: 1, count: 1 })).toBe(true);
  });

  it.each(["0/2", "3/2", "1", "a/b", "1/0"])("rejects the shard %s", (value) => {
    expect(() => parseShard(value)).toThrow(expect.objectContaining({ code: "E_BAD_OPTION" }));
    try {
      parseShard(value);
    } catch (e) {
      expect(isNewsgraphError(e)).toBe(true);
    }
  });
});
