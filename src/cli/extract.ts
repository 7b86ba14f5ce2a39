// `newsgraph extract FILE`: one article to the extraction JSON, or a readable
// summary of who said what.
import type { Command } from "commander";
import { extract } from "../extract.js";
import { loadArticleFile } from "../io/read-article.js";
import type { ExtractionResult } from "../model/result.js";

function summary(result: ExtractionResult): string {
  const lines = [`${result.article.title ?? result.article.id}${result.article.published ? ` (${result.article.published})` : ""}`, ""];
  lines.push(`Entities (${result.entities.length}):`);
  for (const e of result.entities)
    lines.push(
      `  ${e.type.padEnd(12)} ${e.name}${e.aliases.length ? ` (also: ${e.aliases.join(", ")})` : ""} — ${e.mentions.length} mention${e.mentions.length === 1 ? "" : "s"}`,
    );
  lines.push("", `Statements (${result.statements.length}):`);
  for (const s of result.statements) {
    const who = s.speaker ? (s.speaker.entity ?? (s.speaker.unnamed ? `${s.speaker.text} (unnamed source)` : s.speaker.text)) : "unknown source";
    const where = [s.place, s.date].filter(Boolean).join(", ");
    const words = s.content.text.replace(/\s+/g, " ");
    // a quotation keeps its own marks
    const shown = /^[“"‘'«]/.test(words) && /[”"’'»][.,!?]?$/.test(words) ? words : `“${words}”`;
    lines.push(`  ${who} ${s.cue?.text ?? "—"}: ${shown}${where ? ` [${where}]` : ""}`);
  }
  lines.push("", `Relations (${result.relations.length}):`);
  for (const r of result.relations)
    lines.push(`  ${r.subject} ${r.predicate}${r.title ? ` (${r.title})` : ""} ${r.object}${r.place ? ` in ${r.place}` : ""}${r.date ? ` on ${r.date}` : ""}`);
  return `${lines.join("\n")}\n`;
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("extract entities, statements and relations from one article")
    .argument("<file>", "an article: .txt, .html (a saved web page) or .md; UTF-8, UTF-16 or Windows-1252")
    .option("--json", "print the extraction result as JSON (the documented contract)")
    .option("--id <id>", "article id (default: from the file name)")
    .option("--fast", "tag attributions with the perceptron alone: about 15 times faster, less accurate")
    .action((file: string, opts: { json?: boolean; id?: string; fast?: boolean }) => {
      const article = loadArticleFile(file);
      for (const warning of article.warnings) process.stderr.write(`newsgraph: warning: ${warning}\n`);
      const result = extract(article.text, {
        source: file,
        ...(opts.fast ? { fast: true } : {}),
        ...(opts.id ? { id: opts.id } : {}),
        ...(article.title ? { title: article.title } : {}),
        ...(article.author ? { author: article.author } : {}),
        ...(article.published ? { published: article.published } : {}),
      });
      process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : summary(result));
    });
}
