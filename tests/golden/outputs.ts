// What a golden test compares: the extraction JSON and the Turtle of one
// article, produced exactly as `newsgraph extract` and `build` produce them.
import fs from "node:fs";
import path from "node:path";
import { Corpus } from "../../src/corpus/corpus.js";
import { extract } from "../../src/extract.js";
import { articleQuads } from "../../src/rdf/article-quads.js";
import { entityQuads } from "../../src/rdf/entity-quads.js";
import { Iris } from "../../src/rdf/iris.js";
import { writeN3 } from "../../src/rdf/serialize.js";

export interface GoldenOutputs {
  readonly id: string;
  readonly json: string;
  readonly turtle: string;
}

export async function goldenOutputs(file: string): Promise<GoldenOutputs> {
  const text = fs.readFileSync(file, "utf8");
  const source = path.relative(path.resolve(import.meta.dirname, "../.."), file);
  const result = extract(text, { source });
  const iris = new Iris();
  const corpus = new Corpus();
  corpus.add(result, text);
  const turtle = await writeN3([...articleQuads(result, iris), ...entityQuads(corpus.entities.values(), iris)], "ttl", iris.base);
  return { id: result.article.id, json: `${JSON.stringify(result, null, 2)}\n`, turtle };
}
