import { describe, expect, it } from "vitest";
import { mentionIndex } from "../../../../../src/stages/statements/speaker.js";
import { assembleStatements, contentsOfCue } from "../../../../../src/stages/statements/tagger/assemble.js";
import { tokenView } from "../../../../../src/stages/token-view.js";
import { makeDoc } from "../../../../helpers/make-doc.js";
import type { TaggedSpan } from "../../../../../src/stages/statements/tagger/tagged-spans.js";

const span = (role: TaggedSpan["role"], first: number, last: number): TaggedSpan => ({ role, first, last, start: first * 10, end: last * 10 + 5 });
const always = (): boolean => true;

describe("tagger/assemble", () => {
  it("assemble: joins a quote broken by its cue (“…,” he said, “…”)", () => {
    const cue = span("cue", 6, 6);
    expect(contentsOfCue(cue, [span("content", 0, 4), span("content", 8, 14)], always)).toEqual([{ role: "content", first: 0, last: 14, start: 0, end: 145 }]);
  });

  it("assemble: keeps the halves apart when other words sit between them", () => {
    const cue = span("cue", 6, 6);
    const glue = (k: number): boolean => k !== 5;
    expect(contentsOfCue(cue, [span("content", 0, 4), span("content", 8, 14)], glue)).toHaveLength(2);
  });

  it("assemble: keeps the halves apart when the source between them outweighs the smaller half", () => {
    const cue = span("cue", 30, 30);
    expect(contentsOfCue(cue, [span("content", 0, 1), span("content", 31, 60)], always)).toHaveLength(2);
  });

  it("assemble: merges contents of one cue separated only by a token or two", () => {
    const cue = span("cue", 0, 0);
    expect(contentsOfCue(cue, [span("content", 1, 4), span("content", 6, 9)], always)).toHaveLength(1);
  });
});

describe("tagger/assemble: unquoted words after a quotation's cue", () => {
  it("assemble: drops unquoted words after a quotation's cue (“…,” she said to the crowd)", () => {
    const cue = span("cue", 6, 6);
    const quoted = (s: TaggedSpan): boolean => s.first === 0;
    expect(contentsOfCue(cue, [span("content", 0, 4), span("content", 8, 12)], always, quoted)).toEqual([span("content", 0, 4)]);
  });
});

describe("tagger/assemble: quotations on both sides of their cue", () => {
  it("assemble: joins two quotations around their cue even with words between (“…,” Trump warned in Everett. “…”)", () => {
    const cue = span("cue", 10, 10);
    const glue = (k: number): boolean => k === 9;
    const quoted = (): boolean => true;
    expect(contentsOfCue(cue, [span("content", 0, 8), span("content", 15, 25)], glue, quoted)).toEqual([
      { role: "content", first: 0, last: 25, start: 0, end: 255 },
    ]);
  });
});

describe("tagger/assemble: speakers", () => {
  it("assemble: a source tagged in a later sentence does not speak the words of this one", () => {
    const text = "By now it should be obvious that voters want the returns. A poll released in August showed the same.";
    const doc = makeDoc(text);
    const view = tokenView(doc);
    const tagged = (role: TaggedSpan["role"], words: string): TaggedSpan => {
      const start = text.indexOf(words);
      const end = start + words.length;
      return { role, first: view.indexAt(start), last: view.indexBefore(end), start, end };
    };
    const spans = [tagged("cue", "should be obvious"), tagged("content", "that voters want the returns"), tagged("source", "A poll released in August")];
    const [draft] = assembleStatements(view, mentionIndex([]), spans, [0, 0]);
    expect(draft?.speaker).toBeNull();
  });
});
