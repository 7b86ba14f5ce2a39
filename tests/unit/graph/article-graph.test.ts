import { describe, expect, it } from "vitest";
import { extractArticleGraph, MAX_ARTICLE_BYTES, normaliseArticleText, pastedArticleId } from "../../../src/graph/article-graph.js";

const TEXT = 'Olaf Scholz met Emmanuel Macron in Paris on Friday.\n\n"Europe must stand together," Scholz said.';

describe("extractArticleGraph: one added article as a graph file", () => {
  it("gives the article's entities and statements, under the id its text hashes to", () => {
    const id = pastedArticleId(TEXT);
    const added = extractArticleGraph(id, TEXT, "Scholz in Paris");
    expect(added.article).toBe(id);
    expect(added.text).toBe(TEXT);
    const labels = added.graph.graph.nodes.map((n) => n.attributes?.label);
    expect(labels).toEqual(expect.arrayContaining(["Olaf Scholz", "Emmanuel Macron", "Paris"]));
    expect(Object.values(added.graph.statements).map((s) => TEXT.slice(s.content.start, s.content.end))).toContain('"Europe must stand together,"');
    expect(added.graph.articles[id]?.title).toBe("Scholz in Paris");
  });

  it("ids: the same text gives the same id, another text another", () => {
    expect(pastedArticleId(TEXT)).toBe(pastedArticleId(`${TEXT}`));
    expect(pastedArticleId(TEXT)).toMatch(/^pasted-[0-9a-f]{12}$/);
    expect(pastedArticleId(TEXT)).not.toBe(pastedArticleId(`${TEXT} `));
  });

  it("normalises a byte-order mark and Windows line ends", () => {
    expect(normaliseArticleText("\uFEFFa\r\nb\rc")).toBe("a\nb\nc");
  });

  it("refuses an empty or an oversized article with a coded error", () => {
    expect(() => extractArticleGraph("x", " \n ", null)).toThrow(expect.objectContaining({ code: "E_EMPTY" }));
    expect(() => extractArticleGraph("x", "é".repeat(MAX_ARTICLE_BYTES / 2 + 1), null)).toThrow(expect.objectContaining({ code: "E_TOO_LARGE" }));
  });
});
