import { describe, expect, it } from "vitest";
import { isNewsgraphError } from "../../../../src/pipeline/errors.js";
import { parseJsonlArticle } from "../../../../src/stages/read/jsonl.js";

const codeOf = (line: string): string | undefined => {
  try {
    parseJsonlArticle(line, "c.jsonl:3");
  } catch (e) {
    return isNewsgraphError(e) ? `${e.code} ${e.message}` : "other";
  }
  return undefined;
};

describe("read: JSON Lines", () => {
  it("reads text and the optional fields", () => {
    const line = JSON.stringify({
      id: 7,
      text: "Putin spoke.",
      title: "Talks",
      author: "Jane Doe",
      published: "2021-12-08T10:00:00Z",
      url: "https://example.com/a",
    });
    expect(parseJsonlArticle(line, "c.jsonl:1")).toEqual({
      text: "Putin spoke.",
      id: "7",
      title: "Talks",
      author: "Jane Doe",
      published: "2021-12-08T10:00:00",
      url: "https://example.com/a",
    });
  });

  it("accepts `date` for the publication date and ignores unknown fields", () => {
    expect(parseJsonlArticle('{"text":"x","date":"2020-01-02","extra":[1]}', "l").published).toBe("2020-01-02");
  });

  it.each([
    ["not JSON", "{text:", /E_BAD_INPUT c\.jsonl:3: not valid JSON/],
    ["an array", "[1]", /E_BAD_INPUT .*JSON object/],
    ["no text", '{"title":"x"}', /E_BAD_INPUT .*no "text"/],
    ["empty text", '{"text":"  "}', /E_EMPTY/],
    ["a title that is not a string", '{"text":"x","title":5}', /E_BAD_INPUT .*"title" must be a string/],
  ])("rejects %s, naming the line", (_name, line, message) => {
    expect(codeOf(line)).toMatch(message);
  });
});
