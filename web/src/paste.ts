// "Add an article": paste text into a dialog (or anywhere on the page), or
// drop a .txt file. The page extracts it in a worker, with the same pipeline
// and models as the CLI, into a graph file that joins the graph; only when the
// page cannot load the models does it ask the local server (POST /api/extract).
// The text is only ever shown as text.
import type { ExtractedArticle } from "../../src/graph/article-graph.js";
import { byId } from "./dom.js";
import type { ExtractReply, ExtractRequest } from "./extract-protocol.js";

export type { ExtractedArticle };

let worker: Worker | null = null;
let seq = 0;
/** Whether the worker has answered once, so its models are loaded. */
let warm = false;
const waiting = new Map<number, (reply: ExtractReply) => void>();

function extractionWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL("./extract-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<ExtractReply>) => {
      waiting.get(e.data.seq)?.(e.data);
      waiting.delete(e.data.seq);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      for (const [n, reply] of waiting) reply({ seq: n, ok: false, stage: "load", message: e.message || "the extraction worker failed to start" });
      waiting.clear();
      worker?.terminate();
      worker = null;
    };
  }
  return worker;
}

/** As the CLI's per-article limit: a pathological text must not leave the dialog waiting forever. */
const TIME_LIMIT_MS = 60_000;

/** Extracts in the page; where the models cannot be loaded, on the local server instead. */
export async function extractArticle(text: string, title: string | null, timeLimitMs = TIME_LIMIT_MS): Promise<ExtractedArticle> {
  const request: ExtractRequest = { seq: ++seq, text, title };
  const reply = await new Promise<ExtractReply>((resolve) => {
    const timer = setTimeout(() => {
      // the worker is busy with this article: start afresh for the next one
      worker?.terminate();
      worker = null;
      warm = false;
      for (const [n, answer] of waiting)
        answer({ seq: n, ok: false, stage: "extract", message: `extraction took longer than ${timeLimitMs / 1000} s and was stopped` });
      waiting.clear();
    }, timeLimitMs);
    waiting.set(request.seq, (r) => {
      clearTimeout(timer);
      resolve(r);
    });
    extractionWorker().postMessage(request);
  });
  if (reply.ok) {
    warm = true;
    return reply.article;
  }
  if (reply.stage === "extract") throw new Error(reply.message);
  return extractOnServer(text, title);
}

export async function extractOnServer(text: string, title: string | null): Promise<ExtractedArticle> {
  let res: Response;
  try {
    res = await fetch(new URL("api/extract", location.href), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text, title }),
    });
  } catch {
    throw new Error("the local server cannot be reached; adding articles needs `newsgraph serve`");
  }
  const body: unknown = await res.json().catch(() => null);
  const error = (body as { error?: { message?: unknown } } | null)?.error;
  if (!res.ok) throw new Error(typeof error?.message === "string" ? error.message : `the server answered HTTP ${res.status}`);
  const ok = body as Partial<ExtractedArticle> | null;
  if (!ok || typeof ok.article !== "string" || typeof ok.text !== "string" || ok.graph?.format !== "newsgraph-graph")
    throw new Error("the server's answer is not an extracted article");
  return ok as ExtractedArticle;
}

export function setupPaste(onAdd: (a: ExtractedArticle) => string): void {
  const dialog = byId<HTMLDialogElement>("paste-dialog");
  const text = byId<HTMLTextAreaElement>("paste-text");
  const title = byId<HTMLInputElement>("paste-title");
  const status = byId("paste-status");
  const submit = byId<HTMLButtonElement>("paste-submit");
  const open = (value = ""): void => {
    if (value) text.value = value;
    status.textContent = "";
    status.classList.remove("error");
    if (!dialog.open) dialog.showModal();
    text.focus();
  };
  const run = async (value: string, name: string | null): Promise<void> => {
    submit.disabled = true;
    status.classList.remove("error");
    status.textContent = warm ? "Extracting…" : "Loading the extraction models (about 7 MB, the first time only) and extracting…";
    try {
      const message = onAdd(await extractArticle(value, name));
      status.textContent = message;
      text.value = "";
      title.value = "";
      dialog.close();
      byId("status").textContent = message;
      setTimeout(() => {
        if (byId("status").textContent === message) byId("status").textContent = "";
      }, 5000);
    } catch (error) {
      if (!dialog.open) dialog.showModal();
      status.textContent = `Could not add the article: ${error instanceof Error ? error.message : String(error)}`;
      status.classList.add("error");
    } finally {
      submit.disabled = false;
    }
  };
  byId("paste-open").addEventListener("click", () => open());
  byId("paste-cancel").addEventListener("click", () => dialog.close());
  submit.addEventListener("click", () => void run(text.value, title.value.trim() || null));
  document.addEventListener("paste", (e) => {
    const target = e.target as HTMLElement | null;
    if (target && /^(INPUT|TEXTAREA)$/.test(target.tagName)) return;
    const value = e.clipboardData?.getData("text/plain") ?? "";
    if (value.trim().length > 40) {
      e.preventDefault();
      open(value);
    }
  });
  document.addEventListener("dragover", (e) => {
    if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
  });
  document.addEventListener("drop", (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    if (!/^text\/|^$/.test(file.type) && !/\.(txt|md)$/i.test(file.name)) {
      open();
      status.textContent = `Could not add ${file.name}: drop a plain-text (.txt or .md) article`;
      status.classList.add("error");
      return;
    }
    void file.text().then((value) => run(value, file.name.replace(/\.[^.]*$/, "")));
  });
}
