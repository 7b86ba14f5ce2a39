// Runs one read-only SPARQL 1.1 query on an Oxigraph store and writes its
// results in the asked format. The default graph is the union of all graphs,
// as on Virtuoso, so a query sees every article without naming graphs.
import oxigraph from "oxigraph";
import { NewsgraphError } from "../pipeline/errors.js";
import { isGraphForm, MEDIA_TYPE, OXIGRAPH_FORMAT, type OutputFormat, resolveFormat } from "./formats.js";
import { type QueryForm, queryForm } from "./query-form.js";
import type { OxStore } from "./store.js";
import { drawTable, type SparqlJson } from "./table.js";

export interface QueryOutput {
  readonly form: QueryForm;
  readonly format: OutputFormat;
  readonly mediaType: string;
  readonly body: string;
}

/** Refuses updates and unknown forms before the query reaches the store. */
export function checkReadOnly(query: string): QueryForm {
  const form = queryForm(query);
  if (form === "UPDATE")
    throw new NewsgraphError("E_READ_ONLY", "this endpoint is read-only: SPARQL updates (INSERT, DELETE, LOAD, CLEAR, DROP, …) are refused");
  if (form === "UNKNOWN") throw new NewsgraphError("E_QUERY", "not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE");
  return form;
}

/** The SPARQL Protocol's default-graph-uri and named-graph-uri: the query's dataset, when given. */
export interface QueryDataset {
  readonly defaultGraphs?: readonly string[];
  readonly namedGraphs?: readonly string[];
}

function datasetOptions(dataset: QueryDataset): Record<string, unknown> {
  const defaults = dataset.defaultGraphs ?? [];
  const named = dataset.namedGraphs ?? [];
  if (!defaults.length && !named.length) return { use_default_graph_as_union: true };
  return {
    ...(defaults.length ? { default_graph: defaults.map((g) => oxigraph.namedNode(g)) } : { use_default_graph_as_union: true }),
    ...(named.length ? { named_graphs: named.map((g) => oxigraph.namedNode(g)) } : {}),
  };
}

export function runSparql(store: OxStore, query: string, requested: OutputFormat, dataset: QueryDataset = {}): QueryOutput {
  const form = checkReadOnly(query);
  const format = resolveFormat(form, requested);
  let body: unknown;
  try {
    body = store.query(query, { ...datasetOptions(dataset), results_format: OXIGRAPH_FORMAT[format] });
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
    throw new NewsgraphError("E_QUERY", `SPARQL query failed: ${message}`);
  }
  if (typeof body !== "string") throw new NewsgraphError("E_QUERY", "the SPARQL engine gave no serialised results");
  if (format === "table") body = drawTable(JSON.parse(body) as SparqlJson);
  else if (format === "csv") body = String(body).endsWith("\r\n") ? body : `${String(body)}\r\n`;
  else if (isGraphForm(form) || format === "tsv") body = String(body).endsWith("\n") ? body : `${String(body)}\n`;
  return { form, format, mediaType: MEDIA_TYPE[format], body: String(body) };
}
