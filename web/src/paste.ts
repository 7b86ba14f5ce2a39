// "Add an article": paste text into a dialog (or anywhere on the page), or
// drop a .txt file. The local server extracts it and answers with a graph file
// that joins the graph. The text is only ever shown as text.
import type { GraphFile } from "../../src/graph/serialized.js";
import { byId } from "./dom.js";

export interface ExtractedArticle {
  readonly article: string;
  readonly text: string;
  readonly graph: GraphFile;
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
    status.textContent = "Extracting…";
    try {
      const message = onAdd(await extractOnServer(value, name));
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
