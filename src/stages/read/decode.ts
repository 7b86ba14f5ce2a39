// Bytes to text: UTF-8 (a BOM stripped), UTF-16 with a BOM, or Windows-1252
// when the bytes are not UTF-8 but read as 1252 text (with a warning).
// Binary or undecodable input is rejected with a typed error, never guessed at.
import { NewsgraphError } from "../../pipeline/errors.js";

/** Files above this size are refused rather than risking the process. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
  /** Things worth telling the user, such as a guessed encoding. */
  readonly warnings: readonly string[];
}

/** Bytes that Windows-1252 leaves undefined, and C0 controls no article has. */
const NOT_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const isStrayControl = (b: number): boolean => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c;

export function checkSize(size: number, label: string): void {
  if (size > MAX_ARTICLE_BYTES) {
    throw new NewsgraphError(
      "E_TOO_LARGE",
      `${label}: ${(size / 1048576).toFixed(1)} MB is larger than the ${MAX_ARTICLE_BYTES / 1048576} MB limit for one article`,
    );
  }
}

/** Decodes and checks that something is left: the text of an article. */
export function decodeArticleBytes(bytes: Uint8Array, label: string): DecodedText {
  checkSize(bytes.length, label);
  const decoded = decodeBytes(bytes, label);
  if (decoded.text.trim() === "") throw new NewsgraphError("E_EMPTY", `${label}: the file is empty`);
  return decoded;
}

/** The text only; see decodeArticleBytes for the encoding and warnings. */
export function decodeArticle(bytes: Uint8Array, label: string): string {
  return decodeArticleBytes(bytes, label).text;
}

export function decodeBytes(bytes: Uint8Array, label: string): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return decoded(decodeStrict("utf-16le", bytes.subarray(2), label), "utf-16le");
  if (b0 === 0xfe && b1 === 0xff) return decoded(decodeStrict("utf-16be", bytes.subarray(2), label), "utf-16be");
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) {
    throw new NewsgraphError("E_BINARY", `${label}: this looks like a binary file (it contains NUL bytes), not an article`);
  }
  const utf8 = tryDecode("utf-8", body);
  if (utf8 !== null) return decoded(utf8, "utf-8");
  if (!bom && looksLike1252(body)) {
    return decoded(decodeWindows1252(body), "windows-1252", [`${label}: not valid UTF-8; decoded as Windows-1252 (check accented letters and quotes)`]);
  }
  throw new NewsgraphError("E_ENCODING", `${label}: the file is not valid UTF-8 text (nor Windows-1252)`);
}

/**
 * Windows-1252 by hand: Node's TextDecoder reads it as Latin-1, which turns
 * curly quotes and dashes (0x80–0x9F) into control characters.
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

/** Windows-1252 is a guess only when every byte is defined there and no stray control bytes appear. */
function looksLike1252(bytes: Uint8Array): boolean {
  for (const b of bytes) if (NOT_1252.has(b) || isStrayControl(b)) return false;
  return true;
}

const decoded = (text: string, encoding: TextEncoding, warnings: string[] = []): DecodedText => ({ text, encoding, warnings });

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeStrict(encoding: string, bytes: Uint8Array, label: string): string {
  const text = tryDecode(encoding, bytes);
  if (text === null) throw new NewsgraphError("E_ENCODING", `${label}: the file is not valid ${encoding.toUpperCase()} text`);
  return text;
}
