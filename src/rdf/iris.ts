// Data IRIs: stable for the same input, the base followed by the paths of
// paths.ts (ids percent-encoded, so any article or entity name gives a valid IRI).
import { NewsgraphError } from "../pipeline/errors.js";
import { dataPaths } from "./paths.js";
import { DEFAULT_BASE } from "./vocab.js";

export interface IriOptions {
  /** Base for data IRIs, ending in "/" or "#". */
  readonly base?: string;
}

export function checkBase(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new NewsgraphError("E_BAD_OPTION", `--base must be an absolute IRI, got "${base}"`);
  }
  if (!/^https?:$|^urn:$|^tag:$/.test(url.protocol) || !/[/#]$/.test(base) || /[\s<>"{}|\\^`]/.test(base)) {
    throw new NewsgraphError("E_BAD_OPTION", `--base must be an http(s) IRI ending in "/" or "#", got "${base}"`);
  }
  return base;
}

export class Iris {
  readonly base: string;
  constructor(options: IriOptions = {}) {
    this.base = checkBase(options.base ?? DEFAULT_BASE);
  }
  article(id: string): string {
    return `${this.base}${dataPaths.article(id)}`;
  }
  /** A RFC 5147 character range of an article: the evidence of a fact. */
  chars(article: string, start: number, end: number): string {
    return `${this.article(article)}#char=${start},${end}`;
  }
  entity(id: string): string {
    return `${this.base}${dataPaths.entity(id)}`;
  }
  author(name: string): string {
    return `${this.base}${dataPaths.author(name)}`;
  }
  statement(article: string, id: string): string {
    return `${this.base}${dataPaths.statement(article, id)}`;
  }
  /** The unnamed source of one statement ("officials said"): the statement's IRI with #source. */
  unnamedSource(article: string, statementId: string): string {
    return `${this.base}${dataPaths.unnamedSource(article, statementId)}`;
  }
  relation(article: string, id: string): string {
    return `${this.base}${dataPaths.relation(article, id)}`;
  }
  /** The named graph of one article's facts: the article IRI itself. */
  articleGraph(id: string): string {
    return this.article(id);
  }
  /** The named graph of corpus-level facts: entity types and labels. */
  entitiesGraph(): string {
    return `${this.base}graph/entities`;
  }
}
