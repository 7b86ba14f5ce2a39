import { describe, expect, it } from "vitest";
import type { Token } from "../../../../../src/model/doc.js";
import { findTaggedSpans } from "../../../../../src/stages/statements/tagger/tagged-spans.js";
import { TAGS } from "../../../../../src/stages/statements/tagger/tags.js";

const tokens: Token[] = Array.from({ length: 8 }, (_v, i) => ({ start: i * 2, end: i * 2 + 1, pos: "X", sentence: 0 }));
const tagsOf = (names: readonly string[]): Uint8Array => Uint8Array.from(names, (n) => TAGS.indexOf(n as (typeof TAGS)[number]));

describe("tagger/tagged-spans", () => {
  it.each([
    [
      ["B-SRC", "I-SRC", "B-CUE", "B-CON", "I-CON", "O", "O", "O"],
      ["source 0-1", "cue 2-2", "content 3-4"],
    ],
    [
      ["B-CON", "I-CON", "B-CON", "I-CON", "O", "B-CUE", "I-CUE", "B-SRC"],
      ["content 0-1", "content 2-3", "cue 5-6", "source 7-7"],
    ],
    [["O", "O", "O", "O", "O", "O", "O", "O"], []],
  ])("tagged-spans: %j reads as %j", (names, expected) => {
    expect(findTaggedSpans(tokens, tagsOf(names)).map((s) => `${s.role} ${s.first}-${s.last}`)).toEqual(expected);
  });
});
