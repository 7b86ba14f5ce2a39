// The `newsgraph` command: parses arguments with commander, runs one command,
// and turns every failure into one line on stderr and a non-zero exit code.
import { createRequire } from "node:module";
import { Command, CommanderError } from "commander";
import { registerBuild } from "./build.js";
import { describeError } from "./errors.js";
import { registerExport } from "./export.js";
import { registerExtract } from "./extract.js";
import { registerPush } from "./push.js";
import { registerQuery } from "./query.js";
import { registerServe } from "./serve.js";

const { version } = createRequire(import.meta.url)("../../../package.json") as { version: string };

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name("newsgraph")
    .description("Knowledge graphs from English news: who said what, to whom, where, when and about whom.")
    .version(version)
    .exitOverride()
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  registerExtract(program);
  registerBuild(program, (code) => {
    exitCode = code;
  });
  registerExport(program);
  registerServe(program);
  registerQuery(program);
  registerPush(program);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    process.stderr.write(`${describeError(error)}\n`);
    return 1;
  }
}
