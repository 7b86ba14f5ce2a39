// A small hand-made extraction result that uses every kind of fact the RDF
// mapping writes: mentions, all statement fields, and every relation predicate.
import type { ExtractionResult } from "../../../src/model/result.js";

export const RESULT: ExtractionResult = {
  article: { id: "a1", title: "T", author: "Jane Doe", published: "2021-12-08T18:05:00", source: "a1.txt" },
  entities: [
    { id: "vladimir-putin", type: "Person", name: "Vladimir Putin", aliases: ["Putin"], roles: [], mentions: [{ start: 0, end: 5, text: "Putin" }] },
    { id: "sochi", type: "Place", name: "Sochi", aliases: [], roles: [], mentions: [{ start: 16, end: 21, text: "Sochi" }] },
    { id: "joe-biden", type: "Person", name: "Joe Biden", aliases: [], roles: [], mentions: [{ start: 50, end: 55, text: "Biden" }] },
    { id: "nato", type: "Organization", name: "NATO", aliases: [], roles: [], mentions: [{ start: 60, end: 64, text: "NATO" }] },
    { id: "russia", type: "Place", name: "Russia", aliases: [], roles: [], mentions: [{ start: 70, end: 76, text: "Russia" }] },
  ],
  statements: [
    {
      id: "s-30-40",
      kind: "direct",
      speaker: { start: 0, end: 5, text: "Putin", entity: "vladimir-putin" },
      cue: { start: 22, end: 26, text: "said" },
      content: { start: 30, end: 40, text: 'He said "x"' },
      addressee: "joe-biden",
      about: ["nato", "sochi"],
      place: "sochi",
      date: "2021-12",
      via: "nato",
    },
    {
      id: "s-80-90",
      kind: "indirect",
      speaker: null,
      cue: null,
      content: { start: 80, end: 90, text: "that it is" },
      addressee: null,
      about: [],
      place: null,
      date: null,
      via: null,
    },
  ],
  relations: [
    {
      id: "r-met",
      predicate: "met",
      subject: "vladimir-putin",
      object: "joe-biden",
      place: "sochi",
      date: "2021-12-08",
      evidence: { start: 0, end: 55, text: "Putin … Biden" },
    },
    {
      id: "r-role",
      predicate: "role",
      subject: "vladimir-putin",
      object: "russia",
      title: "President",
      place: null,
      date: null,
      evidence: { start: 0, end: 5, text: "Putin" },
    },
    {
      id: "r-member",
      predicate: "member-of",
      subject: "russia",
      object: "nato",
      place: null,
      date: null,
      evidence: { start: 60, end: 76, text: "NATO … Russia" },
    },
    {
      id: "r-in",
      predicate: "located-in",
      subject: "sochi",
      object: "russia",
      place: null,
      date: null,
      evidence: { start: 16, end: 76, text: "Sochi … Russia" },
    },
  ],
};
