// Tells a SPARQL query's form (SELECT, ASK, CONSTRUCT, DESCRIBE) from an
// update, reading past the prologue, comments, strings and IRIs, so the
// read-only endpoint can refuse updates with a clear message before parsing.

export type QueryForm = "SELECT" | "ASK" | "CONSTRUCT" | "DESCRIBE" | "UPDATE" | "UNKNOWN";

const UPDATE_WORDS = new Set(["INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"]);
const TOKENS = /#[^\n\r]*|"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|[A-Za-z_][A-Za-z0-9_-]*/g;

export function queryForm(text: string): QueryForm {
  let prefixName = false;
  for (const match of text.matchAll(TOKENS)) {
    const token = match[0];
    if (token.startsWith("<")) prefixName = false;
    if (/^[#"'<]/.test(token)) continue;
    const word = token.toUpperCase();
    if (prefixName) {
      prefixName = false;
      continue;
    }
    if (word === "PREFIX") prefixName = true;
    if (word === "PREFIX" || word === "BASE") continue;
    if (word === "SELECT" || word === "ASK" || word === "CONSTRUCT" || word === "DESCRIBE") return word;
    if (UPDATE_WORDS.has(word)) return "UPDATE";
  }
  return "UNKNOWN";
}
