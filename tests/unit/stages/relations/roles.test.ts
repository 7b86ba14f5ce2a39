import { describe, expect, it } from "vitest";
import { makeDoc } from "../../../helpers/make-doc.js";

const rolesOf = (text: string) => {
  const doc = makeDoc(text, "relations");
  return (doc.relations ?? []).filter((r) => r.predicate === "role").map((r) => ({ ...r, text: doc.text.slice(r.evidence.start, r.evidence.end) }));
};

describe("relations/roles", () => {
  it("roles: a stated title is a role of the person, of the country before it", () => {
    expect(rolesOf("Putin met with Greek Prime Minister Kyriakos Mitsotakis in Sochi.")).toMatchObject([
      { subject: "kyriakos-mitsotakis", object: "greece", title: "Prime Minister", text: "Greek Prime Minister Kyriakos Mitsotakis" },
    ]);
  });

  it("roles: the evidence covers the whole of a known name, also where a word of it reads as a date", () => {
    expect(rolesOf("British Prime Minister Theresa May said on Monday that talks would go on.")).toMatchObject([
      { subject: "theresa-may", object: "united-kingdom", text: "British Prime Minister Theresa May" },
    ]);
  });
});
