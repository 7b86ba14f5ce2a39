// Property-based tests at the library's front door: random Unicode, random
// HTML and random mixtures of quotes and punctuation never make `extract`
// throw anything but a typed error, and every span it returns indexes the text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../../src/extract.js";
import { isNewsgraphError } from "../../../src/pipeline/errors.js";
import { readHtml } from "../../../src/stages/read/html.js";
import { readMarkdown } from "../../../src/stages/read/markdown.js";

interface SpanLike {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const isSpan = (v: unknown): v is SpanLike =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as SpanLike).start === "number" &&
  typeof (v as SpanLike).end === "number" &&
  typeof (v as SpanLike).text === "string";

/** Every span anywhere in a result, with the path to it for the failure message. */
function spansOf(value: unknown, at = "$", out: [string, SpanLike][] = []): [string, SpanLike][] {
  if (isSpan(value)) out.push([at, value]);
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      spansOf(v, `${at}[${i}]`, out);
    });
  } else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) spansOf(v, `${at}.${k}`, out);
  return out;
}

/** The property: a typed error, or a result whose spans all index `text` (BOM stripped, as extract does). */
function checkExtract(input: string): void {
  const text = input.replace(/^\uFEFF/, "");
  let result: unknown;
  try {
    result = extract(input, { id: "prop" });
  } catch (error) {
    if (isNewsgraphError(error)) return;
    throw error;
  }
  for (const [where, s] of spansOf(result)) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end), where).toBe(true);
    expect(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${where} ${s.start}-${s.end} outside 0-${text.length}`).toBe(true);
    expect(text.slice(s.start, s.end), where).toBe(s.text);
  }
}

const QUOTES = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "`", "''", "``"];
const PUNCT = [".", ",", ";", ":", "!", "?", "…", "—", "–", "-", "(", ")", "[", "]", "/", "\\", "*", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00a0"];
const WORDS = [
  "Putin",
  "said",
  "told",
  "Biden",
  "NATO",
  "in",
  "Moscow",
  "on",
  "Monday",
  "he",
  "she",
  "the",
  "President",
  "according",
  "to",
  "Reuters",
  "met",
  "U.S.",
  "Mr.",
  "it's",
  "don't",
  "2021",
  "Dec.",
  "8",
];

const mixture = fc
  .array(fc.oneof(fc.constantFrom(...QUOTES), fc.constantFrom(...PUNCT), fc.constantFrom(...WORDS)), { maxLength: 80 })
  .map((parts) => parts.join(""));
const spacedMixture = fc.array(fc.oneof(fc.constantFrom(...QUOTES), fc.constantFrom(...WORDS)), { maxLength: 60 }).map((parts) => parts.join(" "));
const unicode = fc.string({ unit: "binary", maxLength: 200 });
const graphemes = fc.string({ unit: "grapheme", maxLength: 200 });

const TAGS = ["p", "div", "h1", "span", "b", "script", "style", "article", "br", "li", "ul", "a", "title", "meta", "time", "nav", "table", "td"];
const htmlNode: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.oneof(mixture, fc.constantFrom("&amp;", "&quot;", "&nbsp;", "&#8220;", "<!-- c -->", "<", ">", "&")),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(tie("node"), { maxLength: 4 })).map(([tag, kids]) => `<${tag}>${kids.join("")}</${tag}>`),
  ),
})).node;

const RUNS = { numRuns: 120 };

describe("extract: properties", () => {
  it("random Unicode (any code units, lone surrogates included)", () => {
    fc.assert(fc.property(unicode, checkExtract), RUNS);
  });

  it("random text of whole graphemes (emoji, combining marks, scripts)", () => {
    fc.assert(fc.property(graphemes, checkExtract), RUNS);
  });

  it("random mixtures of quotes, punctuation and news words", () => {
    fc.assert(fc.property(mixture, checkExtract), RUNS);
    fc.assert(fc.property(spacedMixture, checkExtract), RUNS);
  });

  it("random HTML through the web page reader", () => {
    fc.assert(
      fc.property(htmlNode, (html) => {
        checkExtract(readHtml(html).text);
      }),
      RUNS,
    );
  });

  it("random Markdown-ish text through the Markdown reader", () => {
    const md = fc
      .array(fc.oneof(mixture, fc.constantFrom("# ", "> ", "- ", "**", "_", "[x](y)", "---\n", "```\n", "\n\n", "|a|b|\n|-|-|\n")), { maxLength: 30 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(md, (text) => {
        checkExtract(readMarkdown(text).text);
      }),
      RUNS,
    );
  });

  it.each([
    ["a lone quote", '"'],
    ["only quotes", "“”“”‘’«»"],
    ["a BOM and a quote", '\uFEFF"Putin" said'],
    ["lone surrogates", "Putin \ud800 said \udfff “no”"],
    ["CRLF paragraphs", 'Putin said:\r\n\r\n"No," he said.\r\n'],
  ])("regression: %s", (_name, text) => {
    checkExtract(text);
  });
});
