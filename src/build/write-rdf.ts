// Streams the corpus RDF while articles are read: graph.nq holds each
// article's facts in its own named graph and the entities' labels and types in
// <…/graph/entities> (the layout of `export --format nq` and `push`);
// graph.ttl holds the same facts merged, corpus-wide triples (entity labels
// and types, authors, entity-to-entity links) de-duplicated and written last.
import { DataFactory, type Quad, Writer } from "n3";
import type { CorpusEntity } from "../corpus/corpus.js";
import { AtomicFileWriter } from "../io/atomic-stream.js";
import type { ExtractionResult } from "../model/result.js";
import { articleQuads } from "../rdf/article-quads.js";
import { entityQuads } from "../rdf/entity-quads.js";
import type { Iris } from "../rdf/iris.js";
import { prefixes, sortQuads } from "../rdf/serialize.js";

const { namedNode, quad: makeQuad } = DataFactory;

export class RdfStreams {
  private readonly nq: AtomicFileWriter;
  private readonly ttlFile: AtomicFileWriter;
  private readonly ttl: Writer;
  private readonly line = new Writer({ format: "N-Quads" });
  private readonly shared = new Map<string, Quad>();
  triples = 0;

  constructor(
    nquadsFile: string,
    turtleFile: string,
    private readonly iris: Iris,
  ) {
    this.nq = new AtomicFileWriter(nquadsFile);
    this.ttlFile = new AtomicFileWriter(turtleFile);
    const sink = { write: (chunk: string) => this.ttlFile.write(chunk), end: (done?: () => void) => done?.() };
    this.ttl = new Writer(sink, { format: "Turtle", prefixes: prefixes(iris.base) });
  }

  /** Whether a subject belongs to one article (its IRI, its character ranges, statements and relations). */
  private ownedBy(subject: string, article: string): boolean {
    const a = this.iris.article(article);
    return (
      subject === a ||
      subject.startsWith(`${a}#`) ||
      subject.startsWith(this.iris.statement(article, "")) ||
      subject.startsWith(this.iris.relation(article, ""))
    );
  }

  addArticle(result: ExtractionResult): void {
    const id = result.article.id;
    const graph = namedNode(this.iris.article(id));
    for (const q of sortQuads(articleQuads(result, this.iris))) {
      this.nq.write(this.line.quadToString(q.subject, q.predicate, q.object, graph));
      if (this.ownedBy(q.subject.value, id)) {
        this.ttl.addQuad(q);
        this.triples++;
      } else this.shared.set(`${q.subject.value}\u0000${q.predicate.value}\u0000${q.object.id}`, q);
    }
  }

  /** Writes the corpus-wide triples and moves both files into place. */
  finish(entities: Iterable<CorpusEntity>): Promise<void> {
    const labels = entityQuads(entities, this.iris);
    const rest = sortQuads([...this.shared.values(), ...labels].map((q) => makeQuad(q.subject, q.predicate, q.object)));
    for (const q of rest) this.ttl.addQuad(q);
    const entitiesGraph = namedNode(this.iris.entitiesGraph());
    for (const q of sortQuads(labels)) this.nq.write(this.line.quadToString(q.subject, q.predicate, q.object, entitiesGraph));
    this.triples += rest.length;
    return new Promise((resolve, reject) => {
      this.ttl.end((error: Error | null) => {
        if (error) return reject(error);
        try {
          this.ttlFile.close();
          this.nq.close();
          resolve();
        } catch (e) {
          reject(e);
        }
      });
    });
  }

  abort(): void {
    this.ttlFile.abort();
    this.nq.abort();
  }
}
