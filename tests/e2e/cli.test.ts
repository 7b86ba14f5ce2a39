import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ExtractionResult } from "../../src/model/result.js";
import { FIRST_ARTICLE, runCli } from "../helpers/cli.js";
import { parseRdf } from "../helpers/rdf.js";
import { schemaErrors } from "../helpers/schema.js";

const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-test-"));
/** Writes a file into a folder and returns its path. */
const file = (dir: string, name: string, data: string | Uint8Array): string => {
  fs.writeFileSync(path.join(dir, name), data);
  return path.join(dir, name);
};
const folder = (dir: string, name: string): string => {
  fs.mkdirSync(path.join(dir, name));
  return path.join(dir, name);
};
const hasRapper = spawnSync("rapper", ["--version"]).status === 0;

describe("cli: extract", () => {
  let result: ExtractionResult;
  beforeAll(() => {
    const r = runCli(["extract", FIRST_ARTICLE, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    result = JSON.parse(r.stdout) as ExtractionResult;
  });

  it("prints JSON that validates against the published schema", () => {
    expect(schemaErrors(result)).toEqual([]);
  });

  it("gives every span the text at its offsets", () => {
    const text = fs.readFileSync(FIRST_ARTICLE, "utf8");
    const spans = [
      ...result.entities.flatMap((e) => e.mentions),
      ...result.statements.flatMap((s) => [s.content, s.cue, s.speaker].filter((x) => x !== null)),
      ...result.relations.map((r) => r.evidence),
    ];
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("reads the article head", () => {
    expect(result.article).toMatchObject({ id: "2021-12-08-putin-nato-ukraine", author: "Tyler Durden", published: "2021-12-08T18:05:00" });
  });

  it.each([
    ["vladimir-putin", "Person"],
    ["joe-biden", "Person"],
    ["kyriakos-mitsotakis", "Person"],
    ["ukraine", "Place"],
    ["russia", "Place"],
    ["sochi", "Place"],
    ["nato", "Organization"],
    ["kremlin", "Organization"],
    ["white-house", "Organization"],
  ])("finds %s as one %s entity", (id, type) => {
    const found = result.entities.filter((e) => e.id === id);
    expect(found).toHaveLength(1);
    expect(found[0]?.type).toBe(type);
  });

  it("finds Putin's meeting with Mitsotakis in Sochi on the day", () => {
    expect(result.relations).toContainEqual(
      expect.objectContaining({ predicate: "met", subject: "vladimir-putin", object: "kyriakos-mitsotakis", place: "sochi", date: "2021-12-08" }),
    );
  });

  it("places every statement Putin made on the day of the Sochi meeting in Sochi", () => {
    const thatDay = result.statements.filter((s) => s.speaker?.entity === "vladimir-putin" && s.date === "2021-12-08");
    expect(thatDay.length).toBeGreaterThan(3);
    expect(thatDay.map((s) => s.place)).toEqual(thatDay.map(() => "sochi"));
  });

  it("attributes every quotation to a speaker", () => {
    const text = fs.readFileSync(FIRST_ARTICLE, "utf8");
    const quotes = [...text.matchAll(/"([^"\n]{25,})"/g)].map((m) => m[1] ?? "");
    for (const q of quotes) {
      const s = result.statements.find((x) => x.content.text.includes(q.slice(0, 20)));
      expect(s, q).toBeDefined();
      expect(s?.speaker?.entity, q).toBe("vladimir-putin");
    }
  });

  it("names an unnamed source as one in the summary, and does not wrap a quotation in a second pair of marks", () => {
    const file = path.join(tmp(), "talks.txt");
    fs.writeFileSync(file, 'Talks stall\n\nOfficials said the plan would be delayed. "We are not there yet," one senior diplomat said.\n');
    const r = runCli(["extract", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Officials \(unnamed source\) said: “the plan would be delayed”/);
    expect(r.stdout).toMatch(/: "We are not there yet,"/);
  });

  it("prints a readable summary without --json", () => {
    const r = runCli(["extract", FIRST_ARTICLE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Person\s+Vladimir Putin/);
    expect(r.stdout).toMatch(/Statements \(\d+\):/);
  });
});

describe("cli: build and export", () => {
  let out: string;
  beforeAll(() => {
    out = path.join(tmp(), "out");
    const r = runCli(["build", path.dirname(FIRST_ARTICLE), "--out", out, "--quiet"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Built 1 article into/);
    expect(r.stdout).toMatch(/triples:\s+\d+/);
  });

  it("writes the graph files", () => {
    for (const f of [
      "graph.ttl",
      "graph.json",
      "manifest.json",
      "errors.json",
      "extractions/2021-12-08-putin-nato-ukraine.json",
      "texts/2021-12-08-putin-nato-ukraine.txt",
    ]) {
      expect(fs.existsSync(path.join(out, f)), f).toBe(true);
    }
  });

  it("writes Turtle that n3 parses, with statements carrying speaker, text, about, place, date and source", () => {
    const quads = parseRdf(fs.readFileSync(path.join(out, "graph.ttl"), "utf8"));
    const statements = new Set(quads.filter((q) => q.object.value === "https://w3id.org/newsgraph/ontology#Statement").map((q) => q.subject.value));
    expect(statements.size).toBeGreaterThan(3);
    const props = (s: string): Set<string> => new Set(quads.filter((q) => q.subject.value === s).map((q) => q.predicate.value));
    const withPlace = [...statements].filter((s) => props(s).has("https://schema.org/locationCreated"));
    expect(withPlace.length).toBeGreaterThan(0);
    for (const s of withPlace) {
      for (const p of [
        "http://www.w3.org/ns/prov#wasAttributedTo",
        "https://schema.org/text",
        "https://schema.org/dateCreated",
        "http://www.w3.org/ns/prov#wasDerivedFrom",
      ]) {
        expect(props(s).has(p), `${s} ${p}`).toBe(true);
      }
    }
    expect([...statements].filter((s) => props(s).has("https://schema.org/about")).length).toBeGreaterThan(3);
  });

  it.runIf(hasRapper)("writes Turtle that rapper (raptor2) parses too", () => {
    const r = spawnSync("rapper", ["-q", "-i", "turtle", "-c", path.join(out, "graph.ttl")], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("builds the same bytes twice", () => {
    const again = path.join(tmp(), "out");
    runCli(["build", path.dirname(FIRST_ARTICLE), "--out", again, "--quiet"]);
    for (const f of ["graph.ttl", "graph.json", "extractions/2021-12-08-putin-nato-ukraine.json"]) {
      expect(fs.readFileSync(path.join(again, f), "utf8"), f).toBe(fs.readFileSync(path.join(out, f), "utf8"));
    }
  });

  it.each([
    ["ttl", "Turtle"],
    ["nt", "N-Triples"],
    ["trig", "TriG"],
    ["nq", "N-Quads"],
  ] as const)("exports %s that parses back", (format, parser) => {
    const r = runCli(["export", out, "--format", format]);
    expect(r.code).toBe(0);
    expect(parseRdf(r.stdout, parser).length).toBeGreaterThan(100);
  });

  it("exports JSON-LD with the published context", () => {
    const file = path.join(tmp(), "graph.jsonld");
    const r = runCli(["export", out, "--format", "jsonld", "--out", file]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(fs.readFileSync(file, "utf8")) as { "@context": unknown; "@graph": unknown[] };
    expect(doc["@context"]).toBeDefined();
    expect(doc["@graph"].length).toBeGreaterThan(10);
  });

  it("exports the graphology JSON", () => {
    const r = runCli(["export", out, "--format", "json"]);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: "newsgraph-graph", version: 1 });
  });
});

describe("cli: bad input", () => {
  it.each([
    ["a missing file", (d: string) => ["extract", path.join(d, "nope.txt")], /no such file/],
    ["an empty file", (d: string) => ["extract", file(d, "empty.txt", "")], /empty/],
    ["a binary file", (d: string) => ["extract", file(d, "b.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))], /binary/],
    ["an undecodable file", (d: string) => ["extract", file(d, "l.txt", Buffer.from([0x48, 0x81, 0x8d, 0x6f]))], /not valid UTF-8/],
    ["a folder with no articles", (d: string) => ["build", folder(d, "nothing"), "--out", path.join(d, "o")], /no articles/],
    ["a missing build path", (d: string) => ["build", path.join(d, "missing"), "--out", path.join(d, "o")], /no such file or folder/],
    ["a folder that is not a build", (d: string) => ["export", d], /not a newsgraph build folder/],
    ["an unknown export format", (d: string) => ["export", d, "--format", "xml"], /unknown format|not a newsgraph build/],
    [
      "a bad base IRI",
      (d: string) => ["build", file(d, "a.txt", "Putin said hello to everyone today."), "--out", path.join(d, "o"), "--base", "nope"],
      /--base/,
    ],
    ["a bad port", (d: string) => ["serve", d, "--port", "http"], /--port/],
  ])("reports %s in one line, without a stack trace", (_name, args, message) => {
    const r = runCli(args(tmp()));
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
  });

  it("builds the good articles of a batch and reports the bad one", () => {
    const d = tmp();
    fs.copyFileSync(FIRST_ARTICLE, path.join(d, "good.txt"));
    fs.writeFileSync(path.join(d, "bad.txt"), Buffer.from([0, 1, 2, 3]));
    fs.writeFileSync(path.join(d, "empty.txt"), "");
    const out = path.join(d, "out");
    const r = runCli(["build", d, "--out", out, "--quiet"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.txt: .*binary/);
    expect(r.stderr).toMatch(/empty\.txt: .*empty/);
    expect(r.stdout).toMatch(/Built 1 article .*2 failed/);
    const errors = JSON.parse(fs.readFileSync(path.join(out, "errors.json"), "utf8")) as { file: string; code: string }[];
    expect(errors.map((e) => e.code).sort()).toEqual(["E_BINARY", "E_EMPTY"]);
    expect(fs.existsSync(path.join(out, "extractions/good.json"))).toBe(true);
  });

  it.each([[], ["extract"], ["build"], ["export"], ["serve"]])("shows help for %s", (...cmd) => {
    const r = runCli([...cmd, "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: newsgraph/);
  });
});
