// CoNLL-2003 for training and tuning: documents built the way the shared
// scorer builds them (tokens joined by spaces, a sentence a line, at most 50
// sentences a document), gold entities as character spans, and gold BILOU
// tags projected onto another tokenisation.
import type { Span } from "../../../model/span.js";
import { NER_TYPES, type NerType, O, tagOf } from "./tags.js";

export interface ConllDoc {
  readonly text: string;
  readonly entities: readonly (Span & { readonly type: NerType })[];
}

const SENTENCES_PER_DOC = 50;

/** Reads a CoNLL-2003 file (word … tag columns, IOB1 or IOB2) into documents. */
export function readConll(content: string): ConllDoc[] {
  const groups: { word: string; tag: string }[][][] = [[]];
  let sentence: { word: string; tag: string }[] = [];
  const flush = (): void => {
    if (sentence.length) groups[groups.length - 1]?.push(sentence);
    sentence = [];
  };
  for (const line of content.split(/\r?\n/)) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === "-DOCSTART-") {
      flush();
      if (groups[groups.length - 1]?.length) groups.push([]);
      continue;
    }
    sentence.push({ word: cols[0] ?? "", tag: cols[cols.length - 1] ?? "O" });
  }
  flush();
  const docs: ConllDoc[] = [];
  for (const group of groups) {
    for (let s = 0; s < group.length; s += SENTENCES_PER_DOC) {
      let text = "";
      const entities: { start: number; end: number; type: NerType }[] = [];
      for (const sent of group.slice(s, s + SENTENCES_PER_DOC)) {
        let open: { start: number; end: number; type: NerType } | null = null;
        for (const [k, t] of sent.entries()) {
          if (k) text += " ";
          const start = text.length;
          text += t.word;
          const [prefix, type] = t.tag === "O" ? ["O", null] : (t.tag.split("-") as [string, NerType]);
          const continues = open !== null && type === open.type && prefix !== "B";
          if (open && !continues) {
            entities.push(open);
            open = null;
          }
          if (type && open) open.end = text.length;
          else if (type) open = { start, end: text.length, type };
        }
        if (open) entities.push(open);
        text += "\n";
      }
      docs.push({ text, entities });
    }
  }
  return docs;
}

export interface Projection {
  readonly tags: Uint8Array;
  /** Gold entities whose edges fall inside a token of the other tokenisation. */
  readonly misaligned: number;
}

/**
 * Gold BILOU tags for `tokens` (sorted spans into the same text). Tokens for
 * which `outside` holds are left O, splitting the entity around them.
 */
export function projectEntities(entities: ConllDoc["entities"], tokens: readonly Span[], outside: (i: number) => boolean = () => false): Projection {
  const tags = new Uint8Array(tokens.length).fill(O);
  let misaligned = 0;
  let k = 0;
  const label = (run: readonly number[], type: number): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first === undefined || last === undefined) return;
    if (first === last) tags[first] = tagOf(type, 3);
    else {
      tags[first] = tagOf(type, 0);
      for (let j = first + 1; j < last; j++) tags[j] = tagOf(type, 1);
      tags[last] = tagOf(type, 2);
    }
  };
  for (const e of entities) {
    while (k < tokens.length && (tokens[k]?.end ?? 0) <= e.start) k++;
    const inside: number[] = [];
    for (let j = k; j < tokens.length && (tokens[j]?.start ?? 0) < e.end; j++) inside.push(j);
    const first = inside[0];
    const last = inside[inside.length - 1];
    if (first === undefined || last === undefined) continue;
    if ((tokens[first]?.start ?? 0) < e.start || (tokens[last]?.end ?? 0) > e.end) misaligned++;
    const type = NER_TYPES.indexOf(e.type);
    let run: number[] = [];
    for (const j of inside) {
      if (outside(j)) {
        label(run, type);
        run = [];
      } else run.push(j);
    }
    label(run, type);
  }
  return { tags, misaligned };
}
