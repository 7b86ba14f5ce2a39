import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expandInputs } from "../../../src/io/inputs.js";

function tree(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "ng-inputs-"));
  for (const f of ["a.txt", "sub/b.html", "sub/deep/c.md", "sub/d.jsonl", "sub/e.pdf", ".hidden/f.txt", "g.HTM"]) {
    fs.mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
    fs.writeFileSync(path.join(d, f), "x");
  }
  return d;
}

describe("io: inputs", () => {
  it("walks folders recursively for every article format, skipping hidden folders", () => {
    const d = tree();
    const { files, problems } = expandInputs([d]);
    expect(files.map((f) => path.relative(d, f))).toEqual(["a.txt", "g.HTM", "sub/b.html", "sub/d.jsonl", "sub/deep/c.md"]);
    expect(problems).toEqual([]);
  });

  it("expands globs and keeps - for standard input", () => {
    const d = tree();
    const r = expandInputs([`${d}/**/*.md`, "-"]);
    expect(r.files.map((f) => path.basename(f))).toEqual(["c.md"]);
    expect(r.stdin).toBe(true);
  });

  it("reports paths that match nothing", () => {
    const d = tree();
    const r = expandInputs([path.join(d, "missing.txt"), `${d}/**/*.docx`]);
    expect(r.problems.map((p) => p.code)).toEqual(["E_NOT_FOUND", "E_NO_ARTICLES"]);
  });
});
