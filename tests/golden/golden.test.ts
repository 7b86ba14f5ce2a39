// Golden tests: the whole pipeline on each reviewed article in data/articles/
// must give exactly the reviewed output (`npm run golden:update` rewrites it).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRdf } from "../helpers/rdf.js";
import { schemaErrors } from "../helpers/schema.js";
import { goldenOutputs } from "./outputs.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ARTICLES = path.join(ROOT, "data/articles");
const files = fs.readdirSync(ARTICLES).filter((f) => f.endsWith(".txt")).sort();

describe.each(files)("golden: %s", (file) => {
  it("matches the reviewed extraction JSON and Turtle", async () => {
    const { id, json, turtle } = await goldenOutputs(path.join(ARTICLES, file));
    const dir = path.join(ROOT, "tests/golden", id);
    expect(fs.existsSync(dir), `no golden files for ${id}; run npm run golden:update and review them`).toBe(true);
    expect(schemaErrors(JSON.parse(json))).toEqual([]);
    expect(parseRdf(turtle).length).toBeGreaterThan(0);
    expect(json).toBe(fs.readFileSync(path.join(dir, "expected.json"), "utf8"));
    expect(turtle).toBe(fs.readFileSync(path.join(dir, "expected.ttl"), "utf8"));
  });
});
