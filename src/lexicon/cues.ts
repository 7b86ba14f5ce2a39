// Cue words of attribution: speech verbs ("said", "warned"), verbs of belief
// and intention ("believes", "wants"), nominal cues ("a statement") and
// "according to" (data/lexicons/cues.json).
import data from "../../data/lexicons/cues.json" with { type: "json" };

export type CueKind = "speech" | "belief";

const forms = new Map<string, { lemma: string; kind: CueKind }>();
for (const [lemma, list] of Object.entries(data.speech)) for (const f of list) forms.set(f, { lemma, kind: "speech" });
for (const [lemma, list] of Object.entries(data.belief)) for (const f of list) if (!forms.has(f)) forms.set(f, { lemma, kind: "belief" });

export function cueVerb(word: string): { lemma: string; kind: CueKind } | undefined {
  // most words are lower case already: look them up before lower-casing
  return forms.get(word) ?? forms.get(word.toLowerCase());
}

export const NOMINAL_CUES: ReadonlySet<string> = new Set(data.nominal);

/** Lemmas of cue verbs whose object is the addressee ("told his US counterpart"). */
export const ADDRESSEE_LEMMAS: ReadonlySet<string> = new Set(data.addressee);
