import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBuildDataset } from "../../../../src/query/build-dataset.js";
import { AuthFetch, parseChallenge } from "../../../../src/query/remote/http-auth.js";
import { pushBuild } from "../../../../src/query/remote/push.js";
import { writeBuild } from "../build-fixture.js";

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly type: string;
  readonly auth: string;
  readonly body: string;
}

/** A fake store: /gsp speaks the Graph Store Protocol, /update SPARQL Update, /secret asks for Basic auth. */
function fakeStore(): Promise<{ url: string; seen: Seen[]; close(): void }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => {
      body += c.toString();
    });
    req.on("end", () => {
      const auth = req.headers.authorization ?? "";
      seen.push({ method: req.method ?? "", url: req.url ?? "", type: req.headers["content-type"] ?? "", auth, body });
      if (req.url?.startsWith("/secret") && auth !== `Basic ${Buffer.from("u:p").toString("base64")}`) {
        res.writeHead(401, { "WWW-Authenticate": 'Basic realm="store"' }).end();
        return;
      }
      res.writeHead(req.url?.startsWith("/gsp") || req.url?.startsWith("/update") || req.url?.startsWith("/secret") ? 201 : 404).end();
    });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, seen, close: () => server.close() });
    });
  });
}

describe("push: to a Graph Store Protocol endpoint", () => {
  let store: Awaited<ReturnType<typeof fakeStore>>;
  const dataset = () => openBuildDataset(writeBuild());
  beforeAll(async () => {
    store = await fakeStore();
  });
  afterAll(() => store.close());

  it("replaces one graph per article and one for entities, in batches", async () => {
    store.seen.length = 0;
    const report = await pushBuild(dataset(), { endpoint: `${store.url}/gsp`, batchSize: 40 });
    const graphs = store.seen.map((s) => new URL(s.url, store.url).searchParams.get("graph"));
    expect([...new Set(graphs)]).toEqual([
      "https://w3id.org/newsgraph/data/article/a1",
      "https://w3id.org/newsgraph/data/article/a2",
      "https://w3id.org/newsgraph/data/graph/entities",
    ]);
    for (const g of new Set(graphs)) {
      const methods = store.seen.filter((_, i) => graphs[i] === g).map((s) => s.method);
      expect(methods[0]).toBe("PUT");
      expect(methods.slice(1).every((m) => m === "POST")).toBe(true);
    }
    expect(store.seen.every((s) => s.type.startsWith("application/n-triples") && s.body.split("\n").filter(Boolean).length <= 40)).toBe(true);
    expect(report).toMatchObject({ graphs: 3, requests: store.seen.length, protocol: "gsp" });
    expect(report.triples).toBe(store.seen.reduce((n, s) => n + s.body.split("\n").filter(Boolean).length, 0));
  });

  it("puts everything into one --graph: the first request replaces, the rest add", async () => {
    store.seen.length = 0;
    await pushBuild(dataset(), { endpoint: `${store.url}/gsp`, graph: "https://example.org/g" });
    expect(store.seen.map((s) => s.method)).toEqual(["PUT", "POST", "POST"]);
  });

  it("falls back to SPARQL Update when the endpoint does not speak the Graph Store Protocol", async () => {
    store.seen.length = 0;
    const report = await pushBuild(dataset(), { endpoint: `${store.url}/nothing`, updateEndpoint: `${store.url}/update` });
    expect(report.protocol).toBe("update");
    const updates = store.seen.filter((s) => s.url === "/update");
    expect(updates).toHaveLength(3);
    expect(updates[0]?.body).toMatch(
      /^DROP SILENT GRAPH <https:\/\/w3id.org\/newsgraph\/data\/article\/a1> ;\nINSERT DATA \{ GRAPH <https:\/\/w3id.org\/newsgraph\/data\/article\/a1> \{\n</,
    );
  });

  it("says what to do when the endpoint is no Graph Store and there is no fallback", async () => {
    await expect(pushBuild(dataset(), { endpoint: `${store.url}/nothing` })).rejects.toMatchObject({
      code: "E_REMOTE",
      message: expect.stringMatching(/--update-endpoint/),
    });
  });

  it("answers a Basic challenge", async () => {
    store.seen.length = 0;
    await pushBuild(dataset(), { endpoint: `${store.url}/secret`, credentials: { user: "u", password: "p" } });
    expect(store.seen[0]?.auth).toBe("");
    expect(store.seen.slice(1).every((s) => s.auth.startsWith("Basic "))).toBe(true);
  });
});

describe("push: Digest authentication", () => {
  it("parses a challenge", () => {
    expect(parseChallenge('Digest realm="SPARQL", nonce="abc", qop="auth", algorithm="MD5", stale=false')).toEqual({
      scheme: "digest",
      params: { realm: "SPARQL", nonce: "abc", qop: "auth", algorithm: "MD5", stale: "false" },
    });
  });

  it("computes the RFC 2617 example response", async () => {
    let authorization = "";
    const server = http.createServer((req, res) => {
      authorization = req.headers.authorization ?? "";
      if (!authorization)
        res
          .writeHead(401, {
            "WWW-Authenticate":
              'Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"',
          })
          .end();
      else res.writeHead(200).end();
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const { port } = server.address() as AddressInfo;
    const client = new AuthFetch({ user: "Mufasa", password: "Circle Of Life" }, () => "0a4f113b");
    const res = await client.request(new URL(`http://127.0.0.1:${port}/dir/index.html`), { method: "GET", headers: {} });
    server.close();
    expect(res.status).toBe(200);
    expect(authorization).toMatch(/response="6629fae49393a05397450978507c4ef1"/);
    expect(authorization).toMatch(/nc=00000001/);
  });
});
