// A large output written piece by piece without holding it in memory: chunks
// are buffered, written synchronously to a temporary file, and the file is
// renamed into place on close. Abandoned writers leave no partial output.
import fs from "node:fs";
import path from "node:path";
import { tempPathFor } from "./write-atomic.js";

const FLUSH_AT = 1 << 16;

export class AtomicFileWriter {
  private readonly tmp: string;
  private fd: number | null;
  private pending: string[] = [];
  private pendingLength = 0;
  bytes = 0;

  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.tmp = tempPathFor(file);
    this.fd = fs.openSync(this.tmp, "w");
  }

  write(chunk: string): void {
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    if (this.pendingLength >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.fd === null || this.pending.length === 0) return;
    this.bytes += fs.writeSync(this.fd, this.pending.join(""));
    this.pending = [];
    this.pendingLength = 0;
  }

  /** Finishes the file and moves it into place. */
  close(): void {
    if (this.fd === null) return;
    this.flush();
    fs.closeSync(this.fd);
    this.fd = null;
    fs.renameSync(this.tmp, this.file);
  }

  /** Drops the temporary file; the previous output, if any, stays. */
  abort(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
    fs.rmSync(this.tmp, { force: true });
  }
}
