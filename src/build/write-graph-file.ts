// Streams graph.json (the explorer's GraphFile) to disk: the graph's nodes and
// edges one by one, and the statement and relation records read back article
// by article with their context, so no whole-corpus string is ever built.
import type { NewsGraph } from "../graph/build-graph.js";
import type { Corpus } from "../corpus/corpus.js";
import type { StatementRecord } from "../graph/serialized.js";
import { AtomicFileWriter } from "../io/atomic-stream.js";

/** Writes `"key":{…}` members of an object from a stream of records, keyed by id. */
function writeRecordObject<T extends { id: string }>(out: AtomicFileWriter, records: Iterable<readonly T[]>): void {
  out.write("{");
  let first = true;
  for (const batch of records) {
    for (const r of [...batch].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      out.write(`${first ? "" : ","}${JSON.stringify(r.id)}:${JSON.stringify(r)}`);
      first = false;
    }
  }
  out.write("}");
}

/** graphology's export, with its arrays written item by item. */
function writeGraph(out: AtomicFileWriter, graph: NewsGraph): void {
  const exported = graph.export() as unknown as Record<string, unknown>;
  out.write("{");
  Object.entries(exported).forEach(([key, value], i) => {
    out.write(`${i ? "," : ""}${JSON.stringify(key)}:`);
    if (!Array.isArray(value)) {
      out.write(JSON.stringify(value));
      return;
    }
    out.write("[");
    value.forEach((item: unknown, j) => {
      out.write(`${j ? "," : ""}${JSON.stringify(item)}`);
    });
    out.write("]");
  });
  out.write("}");
}

/**
 * `ids` sorted; `statementsOf` gives an article's statement records with their
 * context (the corpus keeps them without, to stay small).
 */
export function writeGraphFile(
  file: string,
  corpus: Corpus,
  graph: NewsGraph,
  ids: readonly string[],
  statementsOf: (id: string) => readonly StatementRecord[],
): void {
  const out = new AtomicFileWriter(file);
  try {
    out.write('{"format":"newsgraph-graph","version":1,"graph":');
    writeGraph(out, graph);
    out.write(',"statements":');
    writeRecordObject(
      out,
      (function* () {
        for (const id of ids) yield statementsOf(id);
      })(),
    );
    out.write(',"relations":');
    writeRecordObject(out, [[...corpus.relations.values()]]);
    out.write(',"articles":{');
    ids.forEach((id, i) => {
      const a = corpus.articles.get(id);
      if (a) out.write(`${i ? "," : ""}${JSON.stringify(id)}:${JSON.stringify(a)}`);
    });
    out.write("}}\n");
    out.close();
  } catch (error) {
    out.abort();
    throw error;
  }
}
