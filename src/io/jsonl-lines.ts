// Scans a JSON Lines file line by line with byte offsets, so a corpus of any
// size is planned without holding it, and one line is read back by offset.
import fs from "node:fs";

export interface LineRef {
  /** 1-based line number. */
  readonly line: number;
  /** Byte offset and length of the line, without its line break. */
  readonly offset: number;
  readonly length: number;
  readonly bytes: Buffer;
}

const CHUNK = 1 << 20;

/** Non-blank lines of a file; a trailing "\r" is not part of a line. */
export function* scanLines(file: string, chunkSize = CHUNK): Generator<LineRef> {
  const fd = fs.openSync(file, "r");
  try {
    let carry = Buffer.alloc(0);
    let carryOffset = 0;
    let line = 0;
    const buffer = Buffer.alloc(chunkSize);
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, chunkSize, null);
      const data = n === 0 ? carry : Buffer.concat([carry, buffer.subarray(0, n)]);
      let start = 0;
      for (let nl = data.indexOf(10, start); nl !== -1 || (n === 0 && start < data.length); nl = data.indexOf(10, start)) {
        const end = nl === -1 ? data.length : nl;
        const trimmedEnd = end > start && data[end - 1] === 13 ? end - 1 : end;
        line++;
        const bytes = data.subarray(start, trimmedEnd);
        if (bytes.some((b) => b !== 32 && b !== 9)) yield { line, offset: carryOffset + start, length: trimmedEnd - start, bytes: Buffer.from(bytes) };
        start = end + 1;
        if (nl === -1) break;
      }
      if (n === 0) return;
      carry = Buffer.from(data.subarray(start));
      carryOffset += start;
    }
  } finally {
    fs.closeSync(fd);
  }
}

export function readLineAt(file: string, offset: number, length: number): Buffer {
  const fd = fs.openSync(file, "r");
  try {
    const bytes = Buffer.alloc(length);
    fs.readSync(fd, bytes, 0, length, offset);
    return bytes;
  } finally {
    fs.closeSync(fd);
  }
}
