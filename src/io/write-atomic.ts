// Writes a file atomically: to a temporary file beside it, then a rename, so
// an interrupted run never leaves a half-written output. Temporary names carry
// the process and thread, so workers never share one.
import fs from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";

export const TEMP_SUFFIX = ".tmp";

export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${threadId}${TEMP_SUFFIX}`);
}

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = tempPathFor(file);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}

/** Removes temporary files a killed run left in a folder (not recursive). */
export function removeStaleTemps(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith(".") && name.endsWith(TEMP_SUFFIX)) {
      fs.rmSync(path.join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}
