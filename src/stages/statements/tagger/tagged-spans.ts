// Reads source, cue and content spans off a tag sequence: a span opens at a
// B- tag and runs over the I- tags that follow it.
import type { Token } from "../../../model/doc.js";
import type { Span } from "../../../model/span.js";
import { BEGIN_OF, ROLE_OF_TAG, type Role } from "./tags.js";

export interface TaggedSpan extends Span {
  readonly role: Role;
  /** First and last token index. */
  readonly first: number;
  readonly last: number;
}

export function findTaggedSpans(tokens: readonly Token[], tags: Uint8Array): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let i = 0;
  while (i < tags.length) {
    const role = ROLE_OF_TAG[tags[i] ?? 0] ?? null;
    if (!role) {
      i++;
      continue;
    }
    let j = i;
    const inside = BEGIN_OF[role] + 1;
    while (j + 1 < tags.length && tags[j + 1] === inside) j++;
    spans.push({ role, first: i, last: j, start: tokens[i]?.start ?? 0, end: tokens[j]?.end ?? 0 });
    i = j + 1;
  }
  return spans;
}
