import { describe, expect, it } from "vitest";
import { isNewsgraphError } from "../../../../src/pipeline/errors.js";
import { decodeArticle, decodeArticleBytes } from "../../../../src/stages/read/decode.js";

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

  it.each([
    ["UTF-16 LE", [0xff, 0xfe, 0x48, 0x00, 0x69, 0x00], "utf-16le"],
    ["UTF-16 BE", [0xfe, 0xff, 0x00, 0x48, 0x00, 0x69], "utf-16be"],
  ])("decodes %s with a BOM", (_name, bytes, encoding) => {
    expect(decodeArticleBytes(new Uint8Array(bytes), "a.txt")).toEqual({ text: "Hi", encoding, warnings: [] });
  });

  it("decodes Windows-1252 (curly quotes, accents) with a warning", () => {
    // “Hé said ‘no’ — €5” in Windows-1252.
    const bytes = new Uint8Array([0x93, 0x48, 0xe9, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x91, 0x6e, 0x6f, 0x92, 0x20, 0x97, 0x20, 0x80, 0x35, 0x94]);
    const decoded = decodeArticleBytes(bytes, "a.txt");
    expect(decoded.text).toBe("“Hé said ‘no’ — €5”");
    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.warnings[0]).toMatch(/a\.txt: not valid UTF-8; decoded as Windows-1252/);
  });

  it("prefers UTF-8 whenever the bytes are valid UTF-8", () => {
    expect(decodeArticleBytes(new TextEncoder().encode("“Hé”"), "a.txt").encoding).toBe("utf-8");
  });

  it.each([
    ["empty", new Uint8Array([]), "E_EMPTY"],
    ["blank", new TextEncoder().encode(" \n\t "), "E_EMPTY"],
    ["binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), "E_BINARY"],
    ["bytes undefined in Windows-1252", new Uint8Array([0x48, 0xe9, 0x81, 0x6c, 0x6f]), "E_ENCODING"],
    ["control bytes", new Uint8Array([0x48, 0xe9, 0x01, 0x02, 0x6f]), "E_ENCODING"],
    ["a UTF-8 BOM before invalid UTF-8", new Uint8Array([0xef, 0xbb, 0xbf, 0x48, 0xe9, 0x6c]), "E_ENCODING"],
    ["odd-length UTF-16", new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x00, 0xd8]), "E_ENCODING"],
  ])("rejects %s input with a typed error", (_name, bytes, code) => {
    expect(codeOf(() => decodeArticle(bytes, "a.txt"))).toBe(code);
  });

  it("refuses input over the size limit before decoding it", () => {
    expect(codeOf(() => decodeArticle(new Uint8Array(21 * 1024 * 1024), "big.txt"))).toBe("E_TOO_LARGE");
  });
});
