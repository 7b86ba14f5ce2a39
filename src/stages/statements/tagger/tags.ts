// The tag set of the attribution tagger: BIO over source, cue and content,
// one tag per token, and which tag may follow which.

export const TAGS = ["O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON"] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
export const O = 0;

export type Role = "source" | "cue" | "content";
export const ROLE_OF_TAG: readonly (Role | null)[] = [null, "source", "source", "cue", "cue", "content", "content"];
export const BEGIN_OF: Readonly<Record<Role, number>> = { source: 1, cue: 3, content: 5 };

/** Whether tag `b` may follow tag `a` (an I- tag continues its own B- or I-). */
export function allowed(a: number, b: number): boolean {
  if (b === 2) return a === 1 || a === 2;
  if (b === 4) return a === 3 || a === 4;
  if (b === 6) return a === 5 || a === 6;
  return true;
}

/** Whether a sequence may start with tag `b`. */
export const allowedFirst = (b: number): boolean => b !== 2 && b !== 4 && b !== 6;

/** 0 = none, 1 = source, 2 = cue, 3 = content: the role of a tag, as a small integer. */
export const roleIndex = (tag: number): number => (tag + 1) >> 1;
