// Test helper: is a string an absolute IRI by RFC 3987 (scheme, authority,
// path, query and fragment built only from the characters the grammar allows,
// with well-formed percent-encodings)?
const UCS =
  "\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF\\u{10000}-\\u{1FFFD}\\u{20000}-\\u{2FFFD}\\u{30000}-\\u{3FFFD}\\u{40000}-\\u{4FFFD}\\u{50000}-\\u{5FFFD}\\u{60000}-\\u{6FFFD}\\u{70000}-\\u{7FFFD}\\u{80000}-\\u{8FFFD}\\u{90000}-\\u{9FFFD}\\u{A0000}-\\u{AFFFD}\\u{B0000}-\\u{BFFFD}\\u{C0000}-\\u{CFFFD}\\u{D0000}-\\u{DFFFD}\\u{E1000}-\\u{EFFFD}";
const UNRESERVED = `A-Za-z0-9\\-._~${UCS}`;
const SUB_DELIMS = "!$&'()*+,;=";
const PCT = "%[0-9A-Fa-f]{2}";
const PCHAR = `(?:[${UNRESERVED}${SUB_DELIMS}:@]|${PCT})`;
const QUERY = `(?:${PCHAR}|[/?\\u{E000}-\\u{F8FF}\\u{F0000}-\\u{FFFFD}\\u{100000}-\\u{10FFFD}])*`;
const FRAGMENT = `(?:${PCHAR}|[/?])*`;
const HOST = `(?:\\[[0-9A-Fa-f:.]+\\]|(?:[${UNRESERVED}${SUB_DELIMS}]|${PCT})*)`;
const AUTHORITY = `(?:(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})*@)?${HOST}(?::\\d*)?`;
const PATH = `(?:/${PCHAR}*)*`;
const HIER = `(?://${AUTHORITY}${PATH}|/?(?:${PCHAR}+${PATH})?)`;
const IRI = new RegExp(`^[A-Za-z][A-Za-z0-9+\\-.]*:${HIER}(?:\\?${QUERY})?(?:#${FRAGMENT})?$`, "u");

export function isRfc3987Iri(value: string): boolean {
  return IRI.test(value);
}
