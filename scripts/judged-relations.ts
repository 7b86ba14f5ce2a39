// Scores the relations of one predicate ("met", "member-of") that newsgraph
// extracts from PolNeAR train and dev against hand judgements
// (data/eval/meetings.tsv, data/eval/memberships.tsv): how many of those found
// were judged right or wrong, which were never judged (to be judged and added),
// and how many of those judged right are still found.
import fs from "node:fs";
import path from "node:path";

interface Judged {
  readonly split: string;
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly pair: string;
  readonly right: boolean;
}

interface Found {
  readonly split: string;
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly pair: string;
  readonly text: string;
}

const pairOf = (a: string, b: string): string => [a, b].sort().join(" / ");

export function readJudged(file: string): Judged[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#") && !l.startsWith("split\t"))
    .map((l) => {
      const [split = "", article = "", start = "0", end = "0", subject = "", object = "", verdict = ""] = l.split("\t");
      return { split, article, start: Number(start), end: Number(end), pair: pairOf(subject, object), right: verdict === "right" };
    });
}

/** The relations of a predicate in the extraction results in `dir` (X.json per article). */
function foundIn(predicate: string, split: string, dir: string): Found[] {
  const out: Found[] = [];
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => x.endsWith(".json"))
    .sort()) {
    const result = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as {
      relations: { predicate: string; subject: string; object: string; evidence: { start: number; end: number; text: string } }[];
    };
    for (const r of result.relations.filter((x) => x.predicate === predicate))
      out.push({ split, article: f.slice(0, -5), start: r.evidence.start, end: r.evidence.end, pair: pairOf(r.subject, r.object), text: r.evidence.text });
  }
  return out;
}

const same = (j: Judged, f: Found): boolean => j.split === f.split && j.article === f.article && j.pair === f.pair && j.start < f.end && f.start < j.end;

/** The report: counts, then the relations found that nobody has judged yet. */
export function relationsReport(predicate: string, judged: readonly Judged[], dirs: readonly { split: string; dir: string }[]): string {
  const found = dirs.flatMap((d) => foundIn(predicate, d.split, d.dir));
  const verdicts = found.map((f) => judged.find((j) => same(j, f)));
  const right = verdicts.filter((v) => v?.right).length;
  const wrong = verdicts.filter((v) => v && !v.right).length;
  const unjudged = found.filter((_f, i) => !verdicts[i]);
  const rightJudged = judged.filter((j) => j.right);
  const kept = rightJudged.filter((j) => found.some((f) => same(j, f))).length;
  const lines = [
    `${predicate} relations found: ${found.length} (${right} judged right, ${wrong} judged wrong, ${unjudged.length} not judged yet)`,
    `precision over the judged ones: ${(right / Math.max(1, right + wrong)).toFixed(3)}`,
    `${predicate} relations judged right that are found: ${kept} of ${rightJudged.length}`,
  ];
  if (unjudged.length)
    lines.push(
      "not judged yet (judge them and add them to the file):",
      ...unjudged.map((f) => `  ${f.split}\t${f.article}\t${f.start}\t${f.end}\t${f.pair}\t${f.text}`),
    );
  return lines.join("\n");
}
