// Features of an assembled statement draft for the statement filter: which
// rule found it, its cue words, the shape of its content and speaker, where it
// sits, and how sure the tagger was. Hashed strings (a document has few drafts).
import type { Mention } from "../../../model/entity.js";
import type { Span } from "../../../model/span.js";
import { cueVerb } from "../../../lexicon/cues.js";
import type { TokenView } from "../../token-view.js";
import type { Draft } from "../drafts.js";
import { kindOf } from "../kind.js";
import type { Quotation } from "../quotes.js";
import type { MentionIndex } from "../speaker.js";
import { hashString } from "../tagger/hash.js";

export interface FilterContext {
  readonly view: TokenView;
  readonly mentions: MentionIndex;
  readonly quotes: readonly Quotation[];
  readonly cueRates: ReadonlyMap<string, number>;
}

const lengthBucket = (n: number): number => (n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 15 ? 6 : n <= 30 ? 7 : 8);
const marginBucket = (m: number): number => Math.max(-4, Math.min(8, Math.floor(m / 2)));

interface TokenRange {
  readonly first: number;
  readonly last: number;
}

function range(view: TokenView, s: Span): TokenRange {
  return { first: view.indexAt(s.start), last: view.indexBefore(s.end) };
}

function speakerShape(view: TokenView, mentions: MentionIndex, speaker: Draft["speaker"]): string {
  if (!speaker) return "none";
  const r = range(view, speaker);
  let m: Mention | undefined;
  for (let k = r.last; k >= r.first && !m; k--) m = mentions.at(view.tokens[k]?.start ?? -1);
  const n = r.last - r.first + 1;
  const head = view.word(r.first).toLowerCase();
  if (m) return `${m.kind}/${m.type}/${n > 3 ? "long" : "short"}`;
  if (n === 1 && view.tokens[r.first]?.pos === "PRON") return `pron/${head}`;
  return `np/${view.tokens[r.last]?.pos ?? "?"}/${n > 3 ? "long" : "short"}`;
}

/** The feature strings of a draft. */
export function draftFeatureNames(d: Draft, c: FilterContext): string[] {
  const { view } = c;
  const f: string[] = ["bias", `rule=${d.rule}`];
  const kind = kindOf(d.content, c.quotes);
  f.push(`kind=${kind}`);
  const con = range(view, d.content);
  const conLen = lengthBucket(con.last - con.first + 1);
  const first = view.word(con.first).toLowerCase();
  const firstPos = view.tokens[con.first]?.pos ?? "?";
  const lastPos = view.tokens[con.last]?.pos ?? "?";
  f.push(`clen=${conLen}`, `clen*kind=${conLen}/${kind}`, `cfirst=${first}`, `cfirstpos=${firstPos}`, `clastpos=${lastPos}`);
  let verbs = 0;
  for (let k = con.first; k <= con.last; k++) if (["VERB", "AUX"].includes(view.tokens[k]?.pos ?? "")) verbs++;
  f.push(`cverbs=${Math.min(verbs, 3)}`, `cverbs*len=${Math.min(verbs, 2)}/${conLen}`);
  const sStart = view.sentenceStart(con.first);
  const sEnd = view.sentenceEnd(con.last);
  f.push(`cstartsS=${con.first === sStart}`, `cendsS=${con.last >= sEnd - 2}`);
  const sentence = view.tokens[con.first]?.sentence ?? 0;
  f.push(`csents=${Math.min((view.tokens[con.last]?.sentence ?? sentence) - sentence, 2)}`);
  f.push(`title=${view.inTitleCase(con.first)}`, `sentInDoc=${Math.min(sentence, 3)}`);
  const speaker = speakerShape(view, c.mentions, d.speaker);
  f.push(`spk=${speaker}`, `spk*kind=${speaker}/${kind}`);
  if (d.cue) {
    const cue = range(view, d.cue);
    const words: string[] = [];
    for (let k = cue.first; k <= cue.last; k++) words.push(view.word(k).toLowerCase());
    const head = words[words.length - 1] ?? "";
    const verb = cueVerb(words[0] ?? "") ?? cueVerb(head);
    const lemma = verb?.lemma ?? words[0] ?? "";
    const rate = Math.max(0, ...words.map((w) => c.cueRates.get(w) ?? 0));
    f.push(`cue0=${words[0]}`, `cueN=${head}`, `lemma=${lemma}`, `ckind=${verb?.kind ?? "none"}`, `crate=${rate}`, `cuelen=${Math.min(words.length, 4)}`);
    if (words.length <= 3) f.push(`cue=${words.join(" ")}`);
    f.push(`lemma*kind=${lemma}/${kind}`, `lemma*cfirst=${lemma}/${first}`, `lemma*spk=${lemma}/${speaker.split("/")[0]}`, `crate*len=${rate}/${conLen}`);
    f.push(`cuepos=${view.tokens[cue.first]?.pos}/${view.tokens[cue.last]?.pos}`, `crate*cfirstpos=${rate}/${firstPos}`);
    const after = con.first > cue.last;
    const gap = after ? con.first - cue.last - 1 : cue.first - con.last - 1;
    f.push(`order=${after ? "after" : "before"}/${lengthBucket(Math.max(0, gap))}`, `order*kind=${after}/${kind}`);
    if (d.speaker) f.push(`spkside=${d.speaker.start < d.cue.start ? "before" : "after"}/${after ? "after" : "before"}`);
  } else f.push("nocue");
  if (d.margin) {
    const mc = marginBucket(d.margin.cue);
    const mo = marginBucket(d.margin.content);
    f.push(`mcue=${mc}`, `mcon=${mo}`, `mcue*kind=${mc}/${kind}`, `mcue*mcon=${mc}/${mo}`);
  }
  const second = view.word(con.first + 1).toLowerCase();
  f.push(`cfirst2=${first} ${second}`);
  let named = 0;
  for (let k = con.first; k <= con.last; k++) if (c.mentions.at(view.tokens[k]?.start ?? -1)?.kind === "name") named++;
  f.push(`cnamed=${Math.min(named, 3)}`);
  if (d.cue) {
    const cueStart = d.cue.start;
    const inQuote = c.quotes.some((q) => q.outer.start < cueStart && cueStart < q.outer.end);
    f.push(`cueInQuote=${inQuote}`);
  }
  if (d.speaker) f.push(`spkhead=${view.word(view.indexBefore(d.speaker.end)).toLowerCase()}`);
  if (d.via) f.push("via");
  if (d.addressee) f.push("addressee");
  return f;
}

/** The hashed features of a draft. */
export function draftFeatures(d: Draft, c: FilterContext): Uint32Array {
  return Uint32Array.from(draftFeatureNames(d, c), hashString);
}
