// Data IRI paths, relative to the base: the one scheme behind both the RDF the
// CLI writes (iris.ts) and the explorer's Turtle export (web/src/turtle.ts).
// No dependencies, so the explorer bundle takes it without n3.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The string with every lone surrogate replaced by U+FFFD (a lone surrogate cannot be written as UTF-8). */
export function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, "\uFFFD");
}

/** Percent-encodes an id into one IRI path segment: any article or entity name gives a valid IRI. */
export function iriSegment(s: string): string {
  return encodeURIComponent(wellFormed(s)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export const dataPaths = {
  article: (id: string): string => `article/${iriSegment(id)}`,
  entity: (id: string): string => `entity/${iriSegment(id)}`,
  author: (name: string): string => `author/${iriSegment(name.toLowerCase().replace(/\s+/g, "-"))}`,
  statement: (article: string, id: string): string => `statement/${iriSegment(article)}/${iriSegment(id)}`,
  /** The unnamed source of one statement ("officials said"): the statement's IRI with #source. */
  unnamedSource: (article: string, id: string): string => `${dataPaths.statement(article, id)}#source`,
  relation: (article: string, id: string): string => `relation/${iriSegment(article)}/${iriSegment(id)}`,
} as const;
