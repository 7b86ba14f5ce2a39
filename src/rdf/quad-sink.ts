// Collects the quads of one mapping step, all in one graph (or the default
// graph), with helpers for IRIs, text, counts and dates.
import { DataFactory, type Literal, type Quad } from "n3";
import { dateLiteral, textLiteral } from "./literals.js";
import { xsd } from "./vocab.js";

const { namedNode, literal, quad, defaultGraph } = DataFactory;

export class QuadSink {
  readonly quads: Quad[] = [];
  private readonly graph;
  constructor(graph?: string) {
    this.graph = graph ? namedNode(graph) : defaultGraph();
  }
  add(s: string, p: string, o: string | Literal): void {
    this.quads.push(quad(namedNode(s), namedNode(p), typeof o === "string" ? namedNode(o) : o, this.graph));
  }
  text(s: string, p: string, value: string): void {
    this.add(s, p, textLiteral(value));
  }
  int(s: string, p: string, value: number): void {
    this.add(s, p, literal(String(value), namedNode(xsd("nonNegativeInteger"))));
  }
  /** A number as an xsd:decimal (never in exponent notation; six decimals at most). */
  decimal(s: string, p: string, value: number): void {
    this.add(s, p, literal(value.toFixed(6).replace(/\.?0+$/, ""), namedNode(xsd("decimal"))));
  }
  /** Adds a typed date; a value that is no ISO date is left out. */
  date(s: string, p: string, value: string): void {
    const lit = dateLiteral(value);
    if (lit) this.add(s, p, lit);
  }
}
