// Validates extraction results against the published JSON Schema.
import fs from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { ROOT } from "./cli.js";

const schema: unknown = JSON.parse(fs.readFileSync(path.join(ROOT, "schema/extraction.schema.json"), "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema as object);

/** Returns the schema errors of a value, or an empty list. */
export function schemaErrors(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
}
