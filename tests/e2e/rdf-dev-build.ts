// Test helper: builds the PolNeAR dev split once per version of the compiled
// code and shares the folder between test files (a build takes ~15 s).
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli, ROOT } from "../helpers/cli.js";

export const DEV_TEXT = path.resolve(ROOT, "../shared/data/polnear/dev/text");
const SHARED_DEV = "/work/shared/data/polnear/dev/text";

/** Where the dev texts are: beside the repository (CI) or in the shared folder. */
export function devText(): string | null {
  for (const dir of [DEV_TEXT, SHARED_DEV, path.resolve(ROOT, "data/polnear/dev/text")]) if (fs.existsSync(dir)) return dir;
  return null;
}

function codeHash(): string {
  const hash = createHash("sha1");
  const walk = (dir: string): void => {
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (fs.statSync(file).isDirectory()) walk(file);
      else if (name.endsWith(".js") || name.endsWith(".json") || name.endsWith(".bin")) hash.update(name).update(fs.readFileSync(file));
    }
  };
  walk(path.join(ROOT, "dist/src"));
  if (fs.existsSync(path.join(ROOT, "data/models"))) walk(path.join(ROOT, "data/models"));
  return hash.digest("hex").slice(0, 12);
}

/** The dev build folder, built now or reused (or NEWSGRAPH_DEV_BUILD); null when the dev texts are missing. */
export function devBuild(): string | null {
  if (process.env.NEWSGRAPH_DEV_BUILD) return process.env.NEWSGRAPH_DEV_BUILD;
  const text = devText();
  if (!text) return null;
  const out = path.join(os.tmpdir(), `newsgraph-dev-build-${codeHash()}`);
  if (fs.existsSync(path.join(out, "manifest.json"))) return out;
  const tmp = `${out}.${process.pid}.tmp`;
  const r = runCli(["build", text, "--out", tmp, "--quiet"]);
  if (r.code !== 0) throw new Error(`dev build failed: ${r.stderr}`);
  try {
    fs.renameSync(tmp, out);
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}
