// Cuts an article's text into runs for display: each run knows the quotation
// it belongs to (if any) and the entity mentioned there (the innermost
// mention). Pure, so overlaps and edges are unit-tested.

export interface MarkSpan {
  readonly start: number;
  readonly end: number;
  readonly entity?: string;
  readonly statement?: string;
}

export interface TextRun {
  readonly start: number;
  readonly end: number;
  readonly entity: string | null;
  readonly statement: string | null;
}

export function segmentText(length: number, spans: readonly MarkSpan[]): TextRun[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= length && s.start < s.end);
  const cuts = new Set([0, length]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? length;
    let entity: MarkSpan | null = null;
    let statement: MarkSpan | null = null;
    for (const s of valid) {
      if (s.start > start || s.end < end) continue;
      if (s.entity !== undefined && (!entity || s.end - s.start < entity.end - entity.start)) entity = s;
      if (s.statement !== undefined && (!statement || s.end - s.start < statement.end - statement.start)) statement = s;
    }
    const run: TextRun = { start, end, entity: entity?.entity ?? null, statement: statement?.statement ?? null };
    const prev = runs[runs.length - 1];
    if (prev && prev.entity === run.entity && prev.statement === run.statement) runs[runs.length - 1] = { ...prev, end };
    else runs.push(run);
  }
  return runs;
}

/** Mentions found by name, for texts whose extraction is not at hand. */
export function findNames(text: string, names: readonly { readonly entity: string; readonly name: string }[]): MarkSpan[] {
  const out: MarkSpan[] = [];
  for (const { entity, name } of names) {
    if (name.length < 2) continue;
    let at = text.indexOf(name);
    while (at >= 0) {
      const before = text[at - 1] ?? " ";
      const after = text[at + name.length] ?? " ";
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push({ start: at, end: at + name.length, entity });
      at = text.indexOf(name, at + name.length);
    }
  }
  return out;
}
