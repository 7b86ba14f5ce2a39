// Date expressions in news text, resolved against the article's date:
// "on Wednesday", "yesterday", "last month", "in March", "Dec. 8, 2021".
import type { Span } from "../../model/span.js";

export interface DateExpression extends Span {
  /** ISO date (YYYY-MM-DD) or month (YYYY-MM). */
  readonly value: string;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_RE = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;

const pad = (n: number): string => String(n).padStart(2, "0");
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const month = (y: number, m: number): string => `${y}-${pad(m)}`;

function parseIsoDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

/** An ISO day moved by `days` ("2021-12-08", -1 → "2021-12-07"); null for anything but a full day. */
export function shiftDay(value: string, days: number): string | null {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseIsoDate(value) : null;
  return d ? iso(addDays(d, days)) : null;
}

interface Rule {
  readonly re: RegExp;
  resolve(m: RegExpExecArray, ref: Date): string | null;
}

const monthIndex = (name: string): number => MONTHS.indexOf(name.toLowerCase().slice(0, 3)) + 1;

const RULES: readonly Rule[] = [
  {
    // "Dec. 8, 2021", "December 8"
    re: new RegExp(String.raw`\b${MONTH_RE}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`, "g"),
    resolve: (m, ref) => {
      const mo = monthIndex(m[1] ?? "");
      const day = Number(m[2]);
      if (day < 1 || day > 31) return null;
      let year = m[3] ? Number(m[3]) : ref.getUTCFullYear();
      if (!m[3] && mo > ref.getUTCMonth() + 1) year -= 1;
      return `${month(year, mo)}-${pad(day)}`;
    },
  },
  {
    // "8 December 2021"
    re: new RegExp(String.raw`\b(\d{1,2})\s+${MONTH_RE}\s+(\d{4})\b`, "g"),
    resolve: (m) => `${month(Number(m[3]), monthIndex(m[2] ?? ""))}-${pad(Number(m[1]))}`,
  },
  {
    // "in March", "in March 2020", "last March"
    re: new RegExp(String.raw`\b(?:[Ii]n|[Ll]ast|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\s+${MONTH_RE}(?:\s+(\d{4}))?\b`, "g"),
    resolve: (m, ref) => {
      const mo = monthIndex(m[1] ?? "");
      let year = m[2] ? Number(m[2]) : ref.getUTCFullYear();
      if (!m[2] && mo > ref.getUTCMonth() + 1) year -= 1;
      return month(year, mo);
    },
  },
  {
    re: /\b(?:(last|this|next|on|by|since|until)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    resolve: (m, ref) => {
      const target = WEEKDAYS.indexOf((m[2] ?? "").toLowerCase());
      const today = ref.getUTCDay();
      if (m[1] === "next") return iso(addDays(ref, (target - today + 7) % 7 || 7));
      const back = (today - target + 7) % 7;
      return iso(addDays(ref, m[1] === "last" && back === 0 ? -7 : -back));
    },
  },
  // "the day before" alone is the day before the story's; "the day before the summit" is relative to the summit
  {
    re: /\b(?:yesterday|the (?:previous|prior) day|the day before(?!\s+(?:the|a|an|his|her|their|its|this|that)\b))(?:'s|’s)?\b|\bprior day(?:'s|’s)\b/gi,
    resolve: (_m, ref) => iso(addDays(ref, -1)),
  },
  { re: /\b(?:today|tonight|this morning|this afternoon|this evening)\b/gi, resolve: (_m, ref) => iso(ref) },
  { re: /\btomorrow\b/gi, resolve: (_m, ref) => iso(addDays(ref, 1)) },
  {
    re: /\b(last|this|next) month\b/gi,
    resolve: (m, ref) => {
      const shift = { last: -1, this: 0, next: 1 }[(m[1] ?? "this").toLowerCase() as "last" | "this" | "next"];
      const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + shift, 1));
      return month(d.getUTCFullYear(), d.getUTCMonth() + 1);
    },
  },
];

/** Date expressions inside `span` of `text`, resolved against `published` (ISO). */
export function findDates(text: string, span: Span, published: string | null, options: { possessive?: boolean } = {}): DateExpression[] {
  const ref = published ? parseIsoDate(published) : null;
  if (!ref) return [];
  const slice = text.slice(span.start, span.end);
  const found: DateExpression[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
      const start = span.start + m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      // "his prior day's talks": a possessive date dates the noun, not the clause
      const possessive = /^['’]s\b/.test(text.slice(end, end + 3)) || /['’]s$/.test(m[0]);
      if (possessive !== (options.possessive ?? false)) continue;
      const value = rule.resolve(m, ref);
      if (value) found.push({ start, end, value });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
