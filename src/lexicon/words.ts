// Word lists used by the rules: titles, honorifics, pronouns, weekdays and the
// like (data/lexicons/words.json). Lists are data, not branches of code.
import data from "../../data/lexicons/words.json" with { type: "json" };

const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

export const TITLES: ReadonlySet<string> = lower(data.titles);
export const HONORIFICS: ReadonlySet<string> = lower(data.honorifics);
export const DESCRIPTION_NOUNS: ReadonlySet<string> = lower(data.descriptionNouns);
export const ORG_SUFFIXES: ReadonlySet<string> = new Set(data.orgSuffixes);
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set(data.placeSuffixes);
export const GROUP_WORDS: readonly string[] = data.groupWords;
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(Object.keys(data.pronouns));
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(data.femalePronouns);
export const WEEKDAYS: readonly string[] = data.weekdays;
export const MONTHS: readonly string[] = data.months;
export const NOT_NAMES: ReadonlySet<string> = new Set([...data.notNames, ...data.weekdays, ...data.months]);
