// The PolNeAR dev build through every RDF format: SHACL shapes, rapper, n3
// and jsonld parse it back to the same dataset, and the bytes are stable.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { validateShapes } from "../unit/rdf/shacl.js";
import { datasetKeys, HAS_RAPPER, parseFormat } from "../unit/rdf/round-trip.js";
import { devBuild, devText } from "./rdf-dev-build.js";

const exported = new Map<string, string>();

describe.runIf(devText())("rdf: the PolNeAR dev build", () => {
  let dir: string;
  let out: string;
  beforeAll(() => {
    dir = devBuild() as string;
    out = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-rdf-dev-"));
    for (const format of ["ttl", "nt", "trig", "nq", "jsonld"]) {
      const file = path.join(out, `graph.${format}`);
      const r = runCli(["export", dir, "--format", format, "--out", file]);
      expect(r.stderr).toBe("");
      exported.set(format, fs.readFileSync(file, "utf8"));
    }
  }, 240_000);

  it("passes the SHACL shapes", async () => {
    const report = await validateShapes(await parseFormat(exported.get("ttl") as string, "ttl"));
    expect(report.lines.slice(0, 20)).toEqual([]);
    expect(report.conforms).toBe(true);
  }, 120_000);

  it("exports the same triples as the build's graph.ttl", async () => {
    const built = await parseFormat(fs.readFileSync(path.join(dir, "graph.ttl"), "utf8"), "ttl");
    expect(datasetKeys(built)).toEqual(datasetKeys(await parseFormat(exported.get("ttl") as string, "ttl")));
  }, 60_000);

  it.each(["nt", "jsonld"] as const)(
    "exports %s with the same triples as Turtle",
    async (format) => {
      const ttl = datasetKeys(await parseFormat(exported.get("ttl") as string, "ttl"));
      expect(datasetKeys(await parseFormat(exported.get(format) as string, format))).toEqual(ttl);
    },
    60_000,
  );

  it("exports TriG and N-Quads with the same quads, one graph per article plus the entities", async () => {
    const trig = await parseFormat(exported.get("trig") as string, "trig");
    const nq = await parseFormat(exported.get("nq") as string, "nq");
    expect(datasetKeys(nq)).toEqual(datasetKeys(trig));
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as { articles: string[] };
    expect(new Set(trig.map((q) => q.graph.value)).size).toBe(manifest.articles.length + 1);
  }, 60_000);

  it.runIf(HAS_RAPPER).each([
    ["ttl", "turtle"],
    ["trig", "trig"],
  ])("writes %s that rapper parses", (format, syntax) => {
    const r = spawnSync("rapper", ["-q", "-i", syntax, "-c", path.join(out, `graph.${format}`)], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("exports the same bytes twice", () => {
    for (const format of ["trig", "jsonld"]) {
      const file = path.join(out, `again.${format}`);
      expect(runCli(["export", dir, "--format", format, "--out", file]).code).toBe(0);
      expect(fs.readFileSync(file, "utf8") === exported.get(format), format).toBe(true);
    }
  }, 120_000);
});
