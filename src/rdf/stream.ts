// Streams a dataset as N-Triples or N-Quads, chunk by chunk: each chunk is
// sorted and written before the next is made, so a large corpus never sits in
// memory as text. Triples shared by articles (an author, a shortcut between
// two entities) are written once in N-Triples.
import type { Writable } from "node:stream";
import { type Quad, termToId, Writer } from "n3";
import type { DatasetChunk } from "./dataset.js";
import { sortQuads } from "./serialize.js";

export type LineFormat = "nt" | "nq";

export interface StreamReport {
  readonly quads: number;
  readonly bytes: number;
}

function write(out: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = out.write(text, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else out.once("drain", resolve);
  });
}

/** One N-Triples or N-Quads line per quad; nt drops graph names. */
export function lines(quads: readonly Quad[], format: LineFormat): string {
  const writer = new Writer({ format: format === "nt" ? "N-Triples" : "N-Quads" });
  let text = "";
  for (const q of quads) text += writer.quadToString(q.subject, q.predicate, q.object, format === "nq" ? q.graph : undefined);
  return text;
}

export async function streamLines(chunks: Iterable<DatasetChunk>, format: LineFormat, out: Writable): Promise<StreamReport> {
  const shared = new Set<string>();
  let quads = 0;
  let bytes = 0;
  for (const chunk of chunks) {
    let sorted = sortQuads(chunk.quads);
    if (format === "nt") {
      sorted = sorted.filter((q) => {
        if (chunk.article === null || chunk.scope.some((prefix) => q.subject.value.startsWith(prefix))) return true;
        const key = `${termToId(q.subject)} ${termToId(q.predicate)} ${termToId(q.object)}`;
        if (shared.has(key)) return false;
        shared.add(key);
        return true;
      });
    }
    const text = lines(sorted, format);
    quads += sorted.length;
    bytes += Buffer.byteLength(text);
    await write(out, text);
  }
  return { quads, bytes };
}
