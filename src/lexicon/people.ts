// A small knowledge file of public figures and the offices they held, with
// dates, so that "Putin" gets one stable id and "the US president" can be
// resolved for the date of an article (data/knowledge/people.json).
import data from "../../data/knowledge/people.json" with { type: "json" };

export interface OfficeTerm {
  readonly title: string;
  readonly of: string | null;
  readonly from: string;
  readonly to: string | null;
}

export interface PersonEntry {
  readonly id: string;
  readonly name: string;
  readonly gender: "m" | "f";
  readonly aliases: readonly string[];
  readonly roles: readonly OfficeTerm[];
}

export const PEOPLE: readonly PersonEntry[] = data as readonly PersonEntry[];

/** Whether a term was running on an ISO date (or month). */
export function termActive(term: OfficeTerm, date: string): boolean {
  return term.from.slice(0, date.length) <= date && (term.to === null || date <= term.to);
}

const byId = new Map(PEOPLE.map((p) => [p.id, p]));

export function personById(id: string): PersonEntry | undefined {
  return byId.get(id);
}
