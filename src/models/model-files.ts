// Where the stages get their trained models' bytes. In Node they are read,
// once, from the package's data/models folder; in a browser (the explorer's
// in-page extraction) the page fetches them and registers them here first.
// This module imports nothing from Node, so the same pipeline code bundles
// for the browser: Node's builtins are reached through process.getBuiltinModule.

/** The shipped models, by name: the file under data/models and whether it is gzipped. */
export const MODEL_FILES = {
  ner: { file: "ner.bin", gzip: false },
  attribution: { file: "attribution.bin.gz", gzip: true },
  tagger: { file: "tagger.bin.gz", gzip: true },
} as const;

export type ModelName = keyof typeof MODEL_FILES;

const registered = new Map<ModelName, Uint8Array>();

/** Supplies a model's (uncompressed) bytes, e.g. fetched by a page; later loads use them instead of the file. */
export function registerModelBytes(name: ModelName, bytes: Uint8Array): void {
  registered.set(name, bytes);
}

interface NodeFs {
  existsSync(path: URL): boolean;
  readFileSync(path: URL): Uint8Array;
}
interface NodeZlib {
  gunzipSync(bytes: Uint8Array): Uint8Array;
}
interface BuiltinAccess {
  getBuiltinModule?(id: string): unknown;
}

function builtin<T>(id: string): T | null {
  const proc = (globalThis as { process?: BuiltinAccess }).process;
  return (proc?.getBuiltinModule?.(id) as T | undefined) ?? null;
}

/** The file in the nearest data/models folder walking up from this module (source and dist sit at different depths). */
function findModelFile(fs: NodeFs, file: string): URL | null {
  for (let up = 1; up <= 6; up++) {
    const candidate = new URL(`${"../".repeat(up)}data/models/${file}`, import.meta.url);
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** A model's uncompressed bytes, or null when it is neither registered nor shipped. */
export function modelBytes(name: ModelName): Uint8Array | null {
  const given = registered.get(name);
  if (given) return given;
  const fs = builtin<NodeFs>("node:fs");
  if (!fs) {
    const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
    throw new Error(
      node ? `newsgraph needs Node 20.19 or later (this is ${node})` : `the ${name} model has not been loaded: call registerModelBytes("${name}", bytes) first`,
    );
  }
  const { file, gzip } = MODEL_FILES[name];
  const url = findModelFile(fs, file);
  if (!url) return null;
  const bytes = fs.readFileSync(url);
  const zlib = builtin<NodeZlib>("node:zlib");
  if (gzip && !zlib) throw new Error(`node:zlib is not available to read the ${name} model`);
  return gzip && zlib ? zlib.gunzipSync(bytes) : bytes;
}
