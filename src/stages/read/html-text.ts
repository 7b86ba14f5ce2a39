// Visible text of an HTML element with its paragraph structure: blocks become
// paragraphs separated by a blank line, <br> a line break, runs of white space
// one space. Scripts, styles and other invisible elements are left out.

/** The structural slice of a DOM node this module needs (linkedom or a browser). */
export interface HtmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<HtmlNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "CANVAS", "IFRAME", "OBJECT", "HEAD", "BUTTON", "FORM", "NAV", "SELECT"]);
const BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TR",
  "UL",
  "BODY",
  "HTML",
]);

/** Collects text into paragraphs; a paragraph break is only emitted between non-empty paragraphs. */
class Paragraphs {
  private readonly done: string[] = [];
  private current = "";
  text(value: string): void {
    this.current += value.replace(/[ \t\n\r\f]+/g, " ");
  }
  lineBreak(): void {
    this.current = `${this.current.trimEnd()}\n`;
  }
  paragraph(): void {
    const p = this.current
      .split("\n")
      .map((l) => l.trim())
      .join("\n")
      .trim();
    if (p !== "") this.done.push(p);
    this.current = "";
  }
  result(): string {
    this.paragraph();
    return this.done.join("\n\n");
  }
}

function walk(node: HtmlNode, out: Paragraphs, depth: number): void {
  if (depth > 400) return;
  if (node.nodeType === TEXT_NODE) {
    out.text(node.nodeValue ?? "");
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIP.has(name)) return;
  if (name === "BR") {
    out.lineBreak();
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.paragraph();
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i];
    if (child) walk(child, out, depth + 1);
  }
  if (block) out.paragraph();
  else if (name === "TD" || name === "TH") out.text(" ");
}

export function htmlText(node: HtmlNode): string {
  const out = new Paragraphs();
  walk(node, out, 0);
  return out.result();
}
