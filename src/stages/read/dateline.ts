// Parses the datelines news sites print under a headline ("Wednesday, Dec 08,
// 2021 - 06:05 PM", "December 8, 2021", "8 Dec 2021 18:05", "2021-12-08") into
// an ISO local date-time or date.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?`;
const TIME = String.raw`(?:\s*(?:[-–—|,@]|at)?\s*(\d{1,2})[:.](\d{2})\s*([ap]\.?m\.?)?)?`;

const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}`, "i");
const DAY_FIRST = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})${TIME}`, "i");
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

const pad = (n: number): string => String(n).padStart(2, "0");

function toIso(year: number, month: number, day: number, hour?: number, minute?: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day) return null;
  const ymd = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined || hour > 23 || minute > 59) return ymd;
  return `${ymd}T${pad(hour)}:${pad(minute)}:00`;
}

function clock(hour: string | undefined, minute: string | undefined, meridiem: string | undefined): [number?, number?] {
  if (hour === undefined || minute === undefined) return [];
  let h = Number(hour);
  const pm = meridiem?.toLowerCase().startsWith("p");
  if (meridiem && h === 12) h = pm ? 12 : 0;
  else if (pm) h += 12;
  return [h, Number(minute)];
}

const monthNumber = (name: string): number => MONTHS[name.toLowerCase().slice(0, 3)] ?? 0;

/** Returns the ISO form of a whole dateline, or null if the line is not one. */
export function parseDateline(line: string): string | null {
  const text = line.trim();
  let m = MONTH_FIRST.exec(text);
  if (m && m[0].length >= text.length - 3) {
    const [h, min] = clock(m[4], m[5], m[6]);
    return toIso(Number(m[3]), monthNumber(m[1] ?? ""), Number(m[2]), h, min);
  }
  m = DAY_FIRST.exec(text);
  if (m && m[0].length >= text.length - 3) {
    const [h, min] = clock(m[4], m[5], m[6]);
    return toIso(Number(m[3]), monthNumber(m[2] ?? ""), Number(m[1]), h, min);
  }
  m = ISO.exec(text);
  if (m && m[0].length >= text.length - 6) {
    return toIso(Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? undefined : Number(m[4]), m[5] === undefined ? undefined : Number(m[5]));
  }
  return null;
}

/** A date written into a file name ("2021-12-08-putin…", "breitbart_2016-09-12_…"). */
export function dateFromFileName(name: string): string | null {
  const m = /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?:[^\d]|$)/.exec(name);
  return m ? toIso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
