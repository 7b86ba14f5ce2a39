#!/usr/bin/env -S npx tsx
// Rewrites tests/golden/<id>/expected.json and expected.ttl for every article in
// data/articles/. Review the diff like code: a golden file pins behaviour.
import fs from "node:fs";
import path from "node:path";
import { goldenOutputs } from "../tests/golden/outputs.js";

const root = path.resolve(import.meta.dirname, "..");
const articles = path.join(root, "data/articles");
for (const file of fs
  .readdirSync(articles)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  const { id, json, turtle } = await goldenOutputs(path.join(articles, file));
  const dir = path.join(root, "tests/golden", id);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "expected.json"), json);
  fs.writeFileSync(path.join(dir, "expected.ttl"), turtle);
  console.log(`updated tests/golden/${id}`);
}
