import { describe, expect, it } from "vitest";
import { articleIdFrom, readPlainText } from "../../../../src/stages/read/plain-text.js";

const ARTICLE = `Putin: Would Be "Criminal" To Stand By

Tyler Durden's Photo
by Tyler Durden
Wednesday, Dec 08, 2021 - 06:05 PM

Putin met with Greek Prime Minister Kyriakos Mitsotakis in Sochi on Wednesday, the Kremlin said in a statement.

Getty Images

The White House said Biden would brief allies.`;

describe("read: plain text", () => {
  it("reads headline, byline and dateline from the head", () => {
    const doc = readPlainText(ARTICLE, { source: "x/2021-12-08-putin.txt" });
    expect(doc.meta.title).toBe('Putin: Would Be "Criminal" To Stand By');
    expect(doc.meta.author).toBe("Tyler Durden");
    expect(doc.meta.published).toBe("2021-12-08T18:05:00");
    expect(doc.id).toBe("2021-12-08-putin");
  });

  it("marks byline, dateline and credit lines as boilerplate, not the headline", () => {
    const doc = readPlainText(ARTICLE);
    const lines = doc.meta.boilerplate.map((s) => doc.text.slice(s.start, s.end));
    expect(lines).toEqual(["Tyler Durden's Photo", "by Tyler Durden", "Wednesday, Dec 08, 2021 - 06:05 PM", "Getty Images"]);
  });

  it("keeps the text exactly as given", () => {
    const text = "Héllo\u00a0world — “quoted” \r\nline two";
    expect(readPlainText(text).text).toBe(text);
  });

  it("falls back to the date in the file name", () => {
    expect(
      readPlainText("Headline\n\nBody text that is long enough to be a paragraph of an article.", { source: "a/breitbart_2016-09-12_x.txt" }).meta.published,
    ).toBe("2016-09-12");
  });

  it.each([
    ["data/articles/2021-12-08-putin-nato-ukraine.txt", "2021-12-08-putin-nato-ukraine"],
    ["C:\\news\\Élection Day!.md", "election-day"],
    ["???", "article"],
  ])("makes the article id of %s", (source, id) => {
    expect(articleIdFrom(source)).toBe(id);
  });
});
