// One line of a JSON Lines corpus as an article: `text` and optional `id`,
// `title`, `author`, `published` (or `date`) and `url`. A line that is not
// such an object is a typed error naming the line.
import { NewsgraphError } from "../../pipeline/errors.js";
import { isoFromHtmlDate } from "./html.js";

export interface JsonlArticle {
  readonly text: string;
  readonly id: string | null;
  readonly title: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly url: string | null;
}

const optionalString = (o: Record<string, unknown>, key: string, label: string): string | null => {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v === "number" && key === "id") return String(v);
  if (typeof v !== "string") throw new NewsgraphError("E_BAD_INPUT", `${label}: "${key}" must be a string`);
  return v.trim() === "" ? null : v;
};

export function parseJsonlArticle(line: string, label: string): JsonlArticle {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    throw new NewsgraphError("E_BAD_INPUT", `${label}: not valid JSON`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new NewsgraphError("E_BAD_INPUT", `${label}: each line must be a JSON object with a "text" field`);
  }
  const o = data as Record<string, unknown>;
  if (typeof o.text !== "string") throw new NewsgraphError("E_BAD_INPUT", `${label}: no "text" string`);
  if (o.text.trim() === "") throw new NewsgraphError("E_EMPTY", `${label}: the article text is empty`);
  const published = optionalString(o, "published", label) ?? optionalString(o, "date", label);
  return {
    text: o.text.replace(/^\uFEFF/, ""),
    id: optionalString(o, "id", label),
    title: optionalString(o, "title", label),
    author: optionalString(o, "author", label),
    published: published === null ? null : isoFromHtmlDate(published),
    url: optionalString(o, "url", label),
  };
}
