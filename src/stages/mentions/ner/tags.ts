// The tagger's label set: BILOU over the four CoNLL types, the transitions
// BILOU allows, and the conversion between tag sequences and typed spans.

export const NER_TYPES = ["PER", "ORG", "LOC", "MISC"] as const;
export type NerType = (typeof NER_TYPES)[number];

/** O, then B, I, L, U for each type in NER_TYPES order. */
export const TAG_COUNT = 1 + 4 * NER_TYPES.length;
export const O = 0;
const B = 0;
const I = 1;
const L = 2;
const U = 3;

export const tagOf = (type: number, part: number): number => 1 + type * 4 + part;
export const typeOfTag = (tag: number): number => (tag === O ? -1 : (tag - 1) >> 2);
export const partOfTag = (tag: number): number => (tag === O ? -1 : (tag - 1) & 3);

/** Whether tag `b` may follow tag `a` (a = -1 at the sentence start, b = -1 at its end). */
export function allowed(a: number, b: number): boolean {
  const open = a >= 0 && (partOfTag(a) === B || partOfTag(a) === I);
  if (b < 0) return !open;
  if (open) return (partOfTag(b) === I || partOfTag(b) === L) && typeOfTag(b) === typeOfTag(a);
  return b === O || partOfTag(b) === B || partOfTag(b) === U;
}

export interface TokenRange {
  /** First token index. */
  readonly first: number;
  /** One past the last token index. */
  readonly next: number;
  readonly type: NerType;
}

/** Typed token ranges of a tag sequence; `offset` is added to every index. */
export function rangesOf(tags: ArrayLike<number>, offset = 0): TokenRange[] {
  const out: TokenRange[] = [];
  let start = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] ?? O;
    if (t === O) continue;
    const part = partOfTag(t);
    const type = NER_TYPES[typeOfTag(t)];
    if (part === U && type) out.push({ first: offset + i, next: offset + i + 1, type });
    else if (part === B) start = i;
    else if (part === L && type && start >= 0) {
      out.push({ first: offset + start, next: offset + i + 1, type });
      start = -1;
    }
  }
  return out;
}

/** BILOU tags for a sentence of `length` tokens with the given ranges (relative indices). */
export function tagsOf(length: number, ranges: readonly TokenRange[]): Uint8Array {
  const tags = new Uint8Array(length);
  for (const r of ranges) {
    const type = NER_TYPES.indexOf(r.type);
    if (r.next - r.first === 1) tags[r.first] = tagOf(type, U);
    else {
      tags[r.first] = tagOf(type, B);
      for (let k = r.first + 1; k < r.next - 1; k++) tags[k] = tagOf(type, I);
      tags[r.next - 1] = tagOf(type, L);
    }
  }
  return tags;
}
