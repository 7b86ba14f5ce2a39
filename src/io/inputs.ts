// Expands the paths a user gives (files, folders, glob patterns, "-" for
// standard input) into a sorted list of article files. Paths that match
// nothing are reported, not silently skipped.
import fs from "node:fs";
import path from "node:path";
import { globSync, isDynamicPattern } from "tinyglobby";
import { FORMAT_OF_EXTENSION } from "../stages/read/read-article.js";

export const ARTICLE_EXTENSIONS = [...Object.keys(FORMAT_OF_EXTENSION), ".jsonl", ".ndjson"];

/** The argument that stands for standard input. */
export const STDIN = "-";

export interface InputProblem {
  readonly path: string;
  readonly code: "E_NOT_FOUND" | "E_NO_ARTICLES";
  readonly message: string;
}

export interface ExpandedInputs {
  readonly files: string[];
  /** Whether "-" was given: one more article (or a JSON Lines corpus) on standard input. */
  readonly stdin: boolean;
  readonly problems: InputProblem[];
}

export const isArticleFile = (file: string): boolean => ARTICLE_EXTENSIONS.includes(path.extname(file).toLowerCase());

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && isArticleFile(entry.name)) out.push(full);
  }
}

export function expandInputs(inputs: readonly string[]): ExpandedInputs {
  const files = new Set<string>();
  const problems: InputProblem[] = [];
  let stdin = false;
  for (const input of inputs) {
    if (input === STDIN) {
      stdin = true;
    } else if (fs.existsSync(input)) {
      if (fs.statSync(input).isDirectory()) {
        const found: string[] = [];
        walk(input, found);
        if (found.length === 0)
          problems.push({ path: input, code: "E_NO_ARTICLES", message: `${input}: no articles (${ARTICLE_EXTENSIONS.join(", ")}) in this folder` });
        for (const f of found) files.add(f);
      } else {
        files.add(input);
      }
    } else if (isDynamicPattern(input)) {
      const found = globSync(input, { onlyFiles: true, dot: false }).filter(isArticleFile);
      if (found.length === 0) problems.push({ path: input, code: "E_NO_ARTICLES", message: `${input}: the pattern matches no articles` });
      for (const f of found) files.add(f);
    } else {
      problems.push({ path: input, code: "E_NOT_FOUND", message: `${input}: no such file or folder` });
    }
  }
  return { files: [...files].sort(), stdin, problems };
}
