// fetch with HTTP authentication for SPARQL stores: Basic, or Digest (MD5,
// qop=auth) as Virtuoso's /sparql-graph-crud-auth asks. The first 401 gives
// the challenge; later requests answer it up front with a growing nonce count.
import { createHash, randomBytes } from "node:crypto";
import { NewsgraphError } from "../../pipeline/errors.js";

export interface Credentials {
  readonly user: string;
  readonly password: string;
}

interface Challenge {
  readonly scheme: "basic" | "digest";
  readonly params: Readonly<Record<string, string>>;
}

const md5 = (s: string): string => createHash("md5").update(s).digest("hex");

export function parseChallenge(header: string): Challenge | null {
  const m = /^\s*(Basic|Digest)\b(.*)$/i.exec(header);
  if (!m) return null;
  const params: Record<string, string> = {};
  for (const p of (m[2] ?? "").matchAll(/([A-Za-z-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/g)) params[(p[1] ?? "").toLowerCase()] = p[2] ?? p[3] ?? "";
  return { scheme: (m[1] ?? "").toLowerCase() === "basic" ? "basic" : "digest", params };
}

export class AuthFetch {
  private challenge: Challenge | null = null;
  private nonceCount = 0;

  constructor(
    private readonly credentials: Credentials | null,
    private readonly cnonce: () => string = () => randomBytes(8).toString("hex"),
  ) {}

  private authorization(method: string, url: URL): string | null {
    const c = this.challenge;
    if (!c || !this.credentials) return null;
    const { user, password } = this.credentials;
    if (c.scheme === "basic") return `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
    const { realm = "", nonce = "", opaque, qop, algorithm } = c.params;
    if (algorithm && algorithm.toUpperCase() !== "MD5") throw new NewsgraphError("E_REMOTE", `the store asks for Digest ${algorithm}; only MD5 is supported`);
    const uri = `${url.pathname}${url.search}`;
    const ha1 = md5(`${user}:${realm}:${password}`);
    const ha2 = md5(`${method}:${uri}`);
    const parts = [`username="${user}"`, `realm="${realm}"`, `nonce="${nonce}"`, `uri="${uri}"`, "algorithm=MD5"];
    if (
      qop
        ?.split(",")
        .map((q) => q.trim())
        .includes("auth")
    ) {
      const nc = (++this.nonceCount).toString(16).padStart(8, "0");
      const cnonce = this.cnonce();
      parts.push("qop=auth", `nc=${nc}`, `cnonce="${cnonce}"`, `response="${md5(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`)}"`);
    } else parts.push(`response="${md5(`${ha1}:${nonce}:${ha2}`)}"`);
    if (opaque !== undefined) parts.push(`opaque="${opaque}"`);
    return `Digest ${parts.join(", ")}`;
  }

  private send(url: URL, init: { method: string; headers: Record<string, string>; body?: string }): Promise<Response> {
    const auth = this.authorization(init.method, url);
    const headers = auth ? { ...init.headers, Authorization: auth } : init.headers;
    return fetch(url, { ...init, headers }).catch((error: unknown) => {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new NewsgraphError("E_REMOTE", `cannot reach ${url.origin}: ${cause}`);
    });
  }

  /** Sends a request; on a 401 takes the store's (new or stale-refreshed) challenge and tries once more. */
  async request(url: URL, init: { method: string; headers: Record<string, string>; body?: string }): Promise<Response> {
    const first = await this.send(url, init);
    if (first.status !== 401 || !this.credentials) return first;
    const challenge = parseChallenge(first.headers.get("www-authenticate") ?? "");
    if (!challenge) return first;
    await first.body?.cancel();
    this.challenge = challenge;
    this.nonceCount = 0;
    return this.send(url, init);
  }
}
