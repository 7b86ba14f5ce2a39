// Bytes to text: UTF-8 (a BOM stripped) or UTF-16 with a BOM. Anything that is
// binary or not valid in its encoding is rejected with a typed error, never
// guessed at.
import { NewsgraphError } from "../../pipeline/errors.js";

/** Files above this size are refused rather than risking the process. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export function decodeArticle(bytes: Uint8Array, label: string): string {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new NewsgraphError(
      "E_TOO_LARGE",
      `${label}: ${(bytes.length / 1048576).toFixed(1)} MB is larger than the ${MAX_ARTICLE_BYTES / 1048576} MB limit for one article`,
    );
  }
  const text = decodeBytes(bytes, label);
  if (text.trim() === "") throw new NewsgraphError("E_EMPTY", `${label}: the file is empty`);
  return text;
}

function decodeBytes(bytes: Uint8Array, label: string): string {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xff && b1 === 0xfe) return decodeStrict("utf-16le", bytes.subarray(2), label);
  if (b0 === 0xfe && b1 === 0xff) return decodeStrict("utf-16be", bytes.subarray(2), label);
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) {
    throw new NewsgraphError("E_BINARY", `${label}: this looks like a binary file (it contains NUL bytes), not an article`);
  }
  return decodeStrict("utf-8", body, label);
}

function decodeStrict(encoding: string, bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new NewsgraphError("E_ENCODING", `${label}: the file is not valid ${encoding.toUpperCase()} text`);
  }
}
