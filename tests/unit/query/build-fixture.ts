// Test helper: a build folder written by hand (manifest and extraction
// results), so query tests need no extraction run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ExtractionResult } from "../../../src/model/result.js";
import { RESULT } from "../rdf/fixture.js";

export const SECOND: ExtractionResult = {
  ...RESULT,
  article: { ...RESULT.article, id: "a2", published: "2021-12-09" },
  statements: [
    {
      ...(RESULT.statements[0] as ExtractionResult["statements"][number]),
      id: "s-1-9",
      kind: "indirect",
      speaker: { start: 50, end: 55, text: "Biden", entity: "joe-biden" },
      content: { start: 1, end: 9, text: "be calm" },
      about: ["vladimir-putin"],
      addressee: null,
      date: null,
      via: null,
    },
  ],
  relations: [],
};

export function writeBuild(results: readonly ExtractionResult[] = [RESULT, SECOND]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-query-"));
  fs.mkdirSync(path.join(dir, "extractions"));
  for (const r of results) fs.writeFileSync(path.join(dir, "extractions", `${r.article.id}.json`), JSON.stringify(r));
  const manifest = { format: "newsgraph-build", version: 1, base: "https://w3id.org/newsgraph/data/", articles: results.map((r) => r.article.id).sort() };
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
  return dir;
}
