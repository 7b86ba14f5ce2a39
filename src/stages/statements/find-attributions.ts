// Rules that find attributions: quotations next to a speech verb, "X said
// (that) …", "…, X said", "according to X", a lead-in ending with a colon
// before a quoted paragraph, and the "X: …" headline.
import type { Mention } from "../../model/entity.js";
import type { Span } from "../../model/span.js";
import type { Speaker } from "../../model/statement.js";
import { cueVerb } from "../../lexicon/cues.js";
import type { TokenView } from "../token-view.js";
import type { Draft } from "./drafts.js";
import type { Quotation } from "./quotes.js";
import { type MentionIndex, speakerAfter, speakerBefore } from "./speaker.js";

const ADDRESSEE_VERBS = new Set(["tell", "warn", "ask", "urge", "assure", "remind", "inform"]);
const COMPLEMENTISERS = new Set(["that", ",", ":", "—", "–"]);
const PARTICLES = new Set(["out", "up", "down", "back", "on"]);

export interface RuleContext {
  readonly view: TokenView;
  readonly mentions: MentionIndex;
  readonly quotes: readonly Quotation[];
  readonly paragraphs: readonly Span[];
}

const gapText = (view: TokenView, a: number, b: number): string => view.text.slice(a, b).trim();

/** Content from token `from` to the end of its sentence, cut before trailing punctuation and "according to". */
function clauseFrom(view: TokenView, from: number): Span | null {
  const end = view.sentenceEnd(from);
  let last = end - 1;
  for (let k = from + 1; k < end - 1; k++) {
    const spacedDash = /^[-–—]$/.test(view.word(k)) && /\s/.test(view.text[(view.tokens[k]?.start ?? 1) - 1] ?? "");
    if ((view.word(k).toLowerCase() === "according" && view.tokens[k - 1]?.pos === "PUNCT") || spacedDash) {
      last = k - 1;
      break;
    }
  }
  while (last > from && view.tokens[last]?.pos === "PUNCT" && !/[”"’]/.test(view.word(last))) last--;
  const a = view.tokens[from];
  const b = view.tokens[last];
  if (!a || !b || last - from < 2) return null;
  return { start: a.start, end: b.end };
}

/** "…, said Mr. Barrett, the lawyer for …": the rest of the sentence describes the speaker. */
const APPOSITIVE = /^\s*,\s+(a|an|the|his|her|their|its|who)\s[^,;]*([,;][^,;]*)?\.?\s*$/i;
const OF_WORDS = new Set(["of", "for", "at", "with"]);

/**
 * A speaker found before a cue, widened over an "of" phrase it ends ("attorneys for | the family"):
 * the head noun before "for" is who speaks, so the phrase names no entity of its own.
 */
function ofPhrase(view: TokenView, speaker: Speaker, limit: number): Speaker {
  const first = view.indexAt(speaker.start);
  if (!OF_WORDS.has(view.word(first - 1).toLowerCase())) return speaker;
  let k = first - 2;
  if (!["NOUN", "PROPN"].includes(view.tokens[k]?.pos ?? "")) return speaker;
  while (k - 1 >= limit && ["NOUN", "PROPN", "ADJ", "DET", "NUM"].includes(view.tokens[k - 1]?.pos ?? "")) k--;
  return { start: view.tokens[k]?.start ?? speaker.start, end: speaker.end, entity: null };
}

function tokenSpan(view: TokenView, i: number): Span {
  const t = view.tokens[i];
  return { start: t?.start ?? 0, end: t?.end ?? 0 };
}

/** "X said (that) …", "X told Y …", "X said:" + quoted paragraph, and "…, X said." */
export function findVerbAttributions(ctx: RuleContext): Draft[] {
  const { view, mentions } = ctx;
  const drafts: Draft[] = [];
  view.tokens.forEach((token, c) => {
    // a cue word ending its sentence with a colon is a verb whatever its tag ("The New York Times reports:")
    if (token.pos !== "VERB" && !(view.word(c + 1) === ":" && c + 2 === view.sentenceEnd(c))) return;
    const cue = cueVerb(view.word(c));
    if (!cue || view.inBoilerplate(c)) return;
    const sStart = view.sentenceStart(c);
    const sEnd = view.sentenceEnd(c);
    const quoteAround = ctx.quotes.find((q) => q.outer.start < token.start && token.end <= q.outer.end);
    const speaker = speakerBefore(view, mentions, c, sStart) ?? null;
    let k = c + 1;
    let addressee: string | null = null;
    let cueEnd = c;
    if (PARTICLES.has(view.word(k).toLowerCase()) && ["ADP", "PART", "ADV"].includes(view.tokens[k]?.pos ?? "")) cueEnd = k++;
    if (ADDRESSEE_VERBS.has(cue.lemma)) {
      const m = mentions.at(view.tokens[k]?.start ?? -1);
      if (m?.entity) addressee = m.entity;
      if (m) while (k < sEnd && (view.tokens[k]?.start ?? Infinity) < m.end) k++;
      else if (view.tokens[k]?.pos === "DET") while (k < sEnd && ["DET", "ADJ", "NOUN", "PROPN"].includes(view.tokens[k]?.pos ?? "")) k++;
    }
    while (k < sEnd && COMPLEMENTISERS.has(view.word(k).toLowerCase())) k++;
    const lastWord = view.word(sEnd - 1);
    // "… commented on the talks:" followed by a quoted paragraph.
    if (lastWord === ":" && speaker) {
      const next = ctx.quotes.find((q) => q.outer.start >= token.end && gapText(view, view.tokens[sEnd - 1]?.end ?? 0, q.outer.start) === "");
      if (next) {
        drafts.push({ content: { start: next.start, end: next.end }, cue: tokenSpan(view, c), speaker, addressee, via: null, rule: "lead-in-colon" });
        return;
      }
    }
    if (speaker && !quoteAround) {
      const thatClause = view.word(c + 1).toLowerCase() === "that" || view.word(k - 1).toLowerCase() === "that";
      if (cue.kind === "belief" && !thatClause) return;
      const quoted = ctx.quotes.find((q) => Math.abs(q.outer.start - (view.tokens[view.word(k).toLowerCase() === "as" ? k + 1 : k]?.start ?? -9)) === 0);
      const boundary = quoted ? /^(\s*[-–—,;.]|\s*\n|\s*according\b|\s*$)/.test(view.text.slice(quoted.outer.end, quoted.outer.end + 12)) : false;
      const content = quoted && boundary ? { start: quoted.start, end: quoted.end } : clauseFrom(view, k);
      if (content) {
        drafts.push({ content, cue: { start: token.start, end: view.tokens[cueEnd]?.end ?? token.end }, speaker, addressee, via: null, rule: "verb-clause" });
        return;
      }
    }
    // "…, X said." / "…, said X." with the content before the comma.
    const after = speakerAfter(view, mentions, c, sEnd);
    const before = speaker ? ofPhrase(view, speaker, sStart) : null;
    const who = before ?? after;
    let beforeComma = before ? view.indexBefore(before.start) : c - 1;
    const mark = beforeComma;
    // '… termed "influence peddling," The Washington Post reported': the comma sits inside the closing mark
    if (/^[”"]$/.test(view.word(beforeComma)) && view.word(beforeComma - 1) === ",") beforeComma--;
    if (who && view.word(beforeComma) === "," && beforeComma > sStart + 1) {
      const restStart = after ? view.indexAt(after.end) : c + 1;
      const rest = view.text.slice(view.tokens[restStart]?.start ?? token.end, view.tokens[sEnd - 1]?.end ?? token.end);
      if (/^[\s.!?”"]*$|^\s*(on|in|at|last|this|yesterday|today)\b/i.test(rest) || (after && APPOSITIVE.test(rest))) {
        const a = view.tokens[sStart];
        const b = view.tokens[beforeComma - 1];
        // the quotation is the content when it is the whole clause ("“…,” he said", "…: “…,” he said"),
        // not when it only ends one ('… could be termed "influence peddling," the Post reported')
        const opensClause = (x: Quotation): boolean => {
          const k = view.indexAt(x.outer.start);
          return k <= sStart || [":", ";"].includes(view.word(k - 1));
        };
        const q = ctx.quotes.find((x) => [b?.end, view.tokens[beforeComma]?.end, view.tokens[mark]?.end].includes(x.outer.end) && opensClause(x));
        // (a clause ending in a quotation keeps its closing mark, and so the comma inside it)
        const end = mark !== beforeComma ? view.tokens[mark]?.end : b?.end;
        const content = q ?? (a && end !== undefined ? { start: a.start, end } : null);
        if (content)
          drafts.push({
            content: { start: content.start, end: content.end },
            cue: tokenSpan(view, c),
            speaker: who,
            addressee,
            via: null,
            rule: "clause-comma-cue",
          });
      }
    }
  });
  return drafts;
}

/** Quotations with the cue on either side: "“…,” he said", "X said: “…”". */
export function findQuoteAttributions(ctx: RuleContext): Draft[] {
  const { view, mentions } = ctx;
  const drafts: Draft[] = [];
  for (const q of ctx.quotes) {
    // cue after the quote: “…,” he said / “…,” said Putin
    const after = view.indexAt(q.outer.end);
    const sEnd = view.sentenceEnd(Math.min(after, view.tokens.length - 1));
    let found = false;
    for (let c = after; c < Math.min(after + 6, sEnd); c++) {
      const cue = cueVerb(view.word(c));
      if (!cue || view.tokens[c]?.pos !== "VERB") continue;
      const between = gapText(view, q.outer.end, view.tokens[c]?.start ?? 0);
      if (view.text.slice(q.outer.end, view.tokens[c]?.start ?? 0).includes("\n")) break;
      const speaker = between === "," || between === "" ? speakerAfter(view, mentions, c, sEnd) : speakerBefore(view, mentions, c, after);
      if (speaker) {
        drafts.push({ content: { start: q.start, end: q.end }, cue: tokenSpan(view, c), speaker, addressee: null, via: null, rule: "quote-then-cue" });
        found = true;
      }
      break;
    }
    if (found) continue;
    // cue before the quote: X said, “…” / X said: “…”
    const before = view.indexBefore(q.outer.start);
    let c = before;
    while (c >= 0 && COMPLEMENTISERS.has(view.word(c).toLowerCase()) && before - c < 2) c--;
    const cue = cueVerb(view.word(c));
    if (cue && view.tokens[c]?.pos === "VERB" && c < before + 1) {
      const speaker = speakerBefore(view, mentions, c, view.sentenceStart(c));
      if (speaker)
        drafts.push({ content: { start: q.start, end: q.end }, cue: tokenSpan(view, c), speaker, addressee: null, via: null, rule: "cue-then-quote" });
    }
  }
  return drafts;
}

/** "According to X, …" and "…, according to X." */
export function findAccordingTo(ctx: RuleContext): Draft[] {
  const { view, mentions } = ctx;
  const drafts: Draft[] = [];
  view.tokens.forEach((_t, i) => {
    if (view.word(i).toLowerCase() !== "according" || view.word(i + 1).toLowerCase() !== "to") return;
    const sStart = view.sentenceStart(i);
    const sEnd = view.sentenceEnd(i);
    const src = speakerAfter(view, mentions, i + 1, sEnd);
    if (!src) return;
    const cue = { start: view.tokens[i]?.start ?? 0, end: view.tokens[i + 1]?.end ?? 0 };
    if (i === sStart) {
      let k = view.indexAt(src.end);
      while (k < sEnd && view.word(k) !== ",") k++;
      const content = clauseFrom(view, k + 1);
      if (content) drafts.push({ content, cue, speaker: src, addressee: null, via: null, rule: "according-to-first" });
    } else {
      let j = i - 1;
      while (j > sStart && /^[”"’]$/.test(view.word(j))) j--;
      if (view.word(j) !== ",") return;
      const a = view.tokens[sStart];
      const b = view.tokens[j - 1];
      if (a && b && b.end > a.start)
        drafts.push({ content: { start: a.start, end: b.end }, cue, speaker: src, addressee: null, via: null, rule: "according-to-last" });
    }
  });
  return drafts;
}

/** Words that name a source on their own before a headline's colon ("Poll: …", "Newspaper: …"). */
const HEADLINE_SOURCES = new Set([
  "poll",
  "polls",
  "survey",
  "study",
  "report",
  "newspaper",
  "sources",
  "officials",
  "experts",
  "analysts",
  "aides",
  "insiders",
]);
const SPEAKER_TYPES = new Set(["Person", "Organization", "Group"]);

/**
 * Who speaks before a headline's colon: a name that ends there ("McCain Challenger Kelli Ward: …"),
 * a name followed by its topic or audience ("Obama on Climate Change: …", "Clinton to Planned Parenthood: …"),
 * or a source word ("Poll: …"). A kicker ("The Latest: …", "Exclusive: …") names nobody.
 */
function headlineSpeaker(ctx: RuleContext, title: Span, colon: number, mentionList: readonly Mention[]): Speaker | null {
  const before = mentionList.filter((x) => x.start >= title.start && x.end <= colon && x.entity && SPEAKER_TYPES.has(x.type));
  const last = before.find((x) => x.end === colon);
  if (last?.entity) return { start: last.start, end: last.end, entity: last.entity };
  const first = before.find((x) => x.start === title.start);
  const next = first ? ctx.view.text.slice(first.end, colon).trim().split(/\s+/)[0]?.toLowerCase() : undefined;
  if (first?.entity && (next === "on" || next === "to")) return { start: first.start, end: first.end, entity: first.entity };
  const words = ctx.view.text.slice(title.start, colon).trim();
  if (HEADLINE_SOURCES.has(words.toLowerCase())) return { start: title.start, end: title.start + words.length, entity: null };
  return null;
}

/** The headline form "Putin: Would Be …": who speaks, a colon, the claim. */
export function findHeadlineColon(ctx: RuleContext, title: Span | undefined, mentionList: readonly Mention[]): Draft[] {
  if (!title) return [];
  const colon = ctx.view.text.indexOf(":", title.start);
  if (colon < 0 || colon >= title.end) return [];
  const speaker = headlineSpeaker(ctx, title, colon, mentionList);
  if (!speaker) return [];
  let start = colon + 1;
  while (/\s/.test(ctx.view.text[start] ?? "")) start++;
  if (title.end - start < 8) return [];
  return [
    {
      content: { start, end: title.end },
      cue: { start: colon, end: colon + 1 },
      speaker,
      addressee: null,
      via: null,
      rule: "headline-colon",
    },
  ];
}
