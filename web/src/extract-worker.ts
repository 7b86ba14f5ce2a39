// Runs newsgraph's extraction pipeline in the page, off the main thread: the
// same code as the CLI, with the trained models fetched once from the
// explorer's own assets. Nothing leaves the browser.
import nerUrl from "../../data/models/ner.bin?url";
import attributionUrl from "../../data/models/attribution.bin.gz?url";
import taggerUrl from "../../data/models/tagger.bin.gz?url";
import { extractArticleGraph, normaliseArticleText, pastedArticleId } from "../../src/graph/article-graph.js";
import { registerModelBytes } from "../../src/models/model-files.js";
import type { ExtractReply, ExtractRequest } from "./extract-protocol.js";

const scope = self as unknown as { postMessage(m: ExtractReply): void; onmessage: ((e: MessageEvent<ExtractRequest>) => void) | null };

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`cannot load ${url}: HTTP ${res.status}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  // A host may already have undone the gzip (Content-Encoding); inflate only what is still gzipped.
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(inflated).arrayBuffer());
}

let models: Promise<void> | null = null;
function loadModels(): Promise<void> {
  models ??= Promise.all([fetchBytes(nerUrl), fetchBytes(attributionUrl), fetchBytes(taggerUrl)]).then(([ner, attribution, tagger]) => {
    registerModelBytes("ner", ner);
    registerModelBytes("attribution", attribution);
    registerModelBytes("tagger", tagger);
  });
  return models;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

scope.onmessage = async (e) => {
  const { seq, title } = e.data;
  try {
    await loadModels();
  } catch (error) {
    models = null;
    scope.postMessage({ seq, ok: false, stage: "load", message: messageOf(error) });
    return;
  }
  try {
    const text = normaliseArticleText(e.data.text);
    scope.postMessage({ seq, ok: true, article: extractArticleGraph(pastedArticleId(text), text, title) });
  } catch (error) {
    scope.postMessage({ seq, ok: false, stage: "extract", message: messageOf(error) });
  }
};
