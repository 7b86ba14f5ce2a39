// Where a build keeps its files: one folder per kind of per-article output,
// and the corpus-wide files at the top. Every path of the output folder is
// named here.
import path from "node:path";

export const PER_ARTICLE_DIRS = ["extractions", "texts", "state"] as const;

export const outPaths = (out: string) => ({
  extraction: (id: string) => path.join(out, "extractions", `${id}.json`),
  text: (id: string) => path.join(out, "texts", `${id}.txt`),
  state: (id: string) => path.join(out, "state", `${id}.json`),
  stateDir: path.join(out, "state"),
  graphJson: path.join(out, "graph.json"),
  turtle: path.join(out, "graph.ttl"),
  nquads: path.join(out, "graph.nq"),
  errors: path.join(out, "errors.json"),
  manifest: path.join(out, "manifest.json"),
});

export type OutPaths = ReturnType<typeof outPaths>;
