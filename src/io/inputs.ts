// Expands the paths a user gives (files, folders, glob patterns) into a
// sorted list of article files. Paths that match nothing are reported, not
// silently skipped.
import fs from "node:fs";
import path from "node:path";
import { globSync, isDynamicPattern } from "tinyglobby";

export const ARTICLE_EXTENSIONS = [".txt", ".text", ".md", ".markdown"];

export interface InputProblem {
  readonly path: string;
  readonly code: "E_NOT_FOUND" | "E_NO_ARTICLES";
  readonly message: string;
}

export interface ExpandedInputs {
  readonly files: string[];
  readonly problems: InputProblem[];
}

const isArticle = (file: string): boolean => ARTICLE_EXTENSIONS.includes(path.extname(file).toLowerCase());

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile() && isArticle(entry.name)) out.push(full);
  }
  return out;
}

export function expandInputs(inputs: readonly string[]): ExpandedInputs {
  const files = new Set<string>();
  const problems: InputProblem[] = [];
  for (const input of inputs) {
    if (fs.existsSync(input)) {
      const stat = fs.statSync(input);
      if (stat.isDirectory()) {
        const found = walk(input);
        if (found.length === 0) problems.push({ path: input, code: "E_NO_ARTICLES", message: `${input}: no articles (${ARTICLE_EXTENSIONS.join(", ")}) in this folder` });
        for (const f of found) files.add(f);
      } else {
        files.add(input);
      }
    } else if (isDynamicPattern(input)) {
      const found = globSync(input, { onlyFiles: true, dot: false }).filter(isArticle);
      if (found.length === 0) problems.push({ path: input, code: "E_NO_ARTICLES", message: `${input}: the pattern matches no articles` });
      for (const f of found) files.add(f);
    } else {
      problems.push({ path: input, code: "E_NOT_FOUND", message: `${input}: no such file or folder` });
    }
  }
  return { files: [...files].sort(), problems };
}
