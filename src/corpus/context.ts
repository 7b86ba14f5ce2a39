// The sentence or sentences around a span, for showing a quotation in context
// without shipping the whole article.

const MAX_CONTEXT = 600;

export function contextAround(text: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  while (a > 0 && start - a < MAX_CONTEXT && text[a - 1] !== "\n" && !(/[.!?]/.test(text[a - 2] ?? "") && /\s/.test(text[a - 1] ?? ""))) a--;
  let b = end;
  while (b < text.length && b - end < MAX_CONTEXT && text[b] !== "\n" && !(/[.!?]/.test(text[b - 1] ?? "") && /\s/.test(text[b] ?? "") && b > end)) b++;
  while (a < b && /\s/.test(text[a] ?? "")) a++;
  while (b > a && /\s/.test(text[b - 1] ?? "")) b--;
  return { start: a, end: b };
}
