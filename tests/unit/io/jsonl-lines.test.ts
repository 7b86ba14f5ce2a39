import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readLineAt, scanLines } from "../../../src/io/jsonl-lines.js";

const write = (content: string): string => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ng-lines-")), "c.jsonl");
  fs.writeFileSync(file, content);
  return file;
};

describe("io: JSON Lines scanning", () => {
  it.each([1, 3, 7, 1 << 20])("finds every non-blank line with its offsets (chunks of %i bytes)", (chunk) => {
    const file = write('{"text":"a"}\r\n\n  \n{"text":"é€"}\n{"text":"c"}');
    const lines = [...scanLines(file, chunk)];
    expect(lines.map((l) => [l.line, l.bytes.toString()])).toEqual([
      [1, '{"text":"a"}'],
      [4, '{"text":"é€"}'],
      [5, '{"text":"c"}'],
    ]);
    for (const l of lines) expect(readLineAt(file, l.offset, l.length).toString()).toBe(l.bytes.toString());
  });

  it("yields nothing for an empty file", () => {
    expect([...scanLines(write(""))]).toEqual([]);
  });
});
