import { describe, expect, it } from "vitest";
import { isNewsgraphError } from "../../../../src/pipeline/errors.js";
import { decodeArticle } from "../../../../src/stages/read/decode.js";

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return isNewsgraphError(e) ? e.code : "other";
  }
  return undefined;
};

describe("read: decoding", () => {
  it("strips a UTF-8 BOM and keeps everything else", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Héllo\u00a0—")]);
    expect(decodeArticle(bytes, "a.txt")).toBe("Héllo\u00a0—");
  });

  it("decodes UTF-16 with a BOM", () => {
    const le = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(decodeArticle(le, "a.txt")).toBe("Hi");
  });

  it.each([
    ["empty", new Uint8Array([]), "E_EMPTY"],
    ["blank", new TextEncoder().encode(" \n\t "), "E_EMPTY"],
    ["binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), "E_BINARY"],
    ["not UTF-8", new Uint8Array([0x48, 0xe9, 0x6c, 0x6c, 0x6f]), "E_ENCODING"],
  ])("rejects %s input with a typed error", (_name, bytes, code) => {
    expect(codeOf(() => decodeArticle(bytes, "a.txt"))).toBe(code);
  });
});
