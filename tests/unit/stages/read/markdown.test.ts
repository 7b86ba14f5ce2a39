import { describe, expect, it } from "vitest";
import { frontMatter, readMarkdown } from "../../../../src/stages/read/markdown.js";

describe("read: markdown", () => {
  it("reads front matter, headings, emphasis, links, quotes and lists as plain paragraphs", () => {
    const md = `---
title: "Putin warns NATO"
author: By Jane Doe
date: 2021-12-08T18:05:00Z
---
# Putin warns NATO

Russian President **Vladimir Putin** said on [Wednesday](http://example.com) that NATO expansion
was a threat. "We will respond," he said.

> "Talks were constructive," the Kremlin said.

- one item
- two items

![a photo](photo.png)
`;
    const r = readMarkdown(md);
    expect(r).toMatchObject({ title: "Putin warns NATO", author: "Jane Doe", published: "2021-12-08T18:05:00" });
    expect(r.text).toBe(
      'Putin warns NATO\n\nRussian President Vladimir Putin said on Wednesday that NATO expansion was a threat. "We will respond," he said.\n\n"Talks were constructive," the Kremlin said.\n\none item\n\ntwo items',
    );
  });

  it("puts the front-matter title first when the body has no heading", () => {
    expect(readMarkdown("---\ntitle: Talks\n---\nPutin spoke.").text).toBe("Talks\n\nPutin spoke.");
  });

  it("leaves a document without front matter as it is", () => {
    expect(frontMatter("# A\n\ntext").fields.size).toBe(0);
    expect(readMarkdown("Plain *text*.").text).toBe("Plain text.");
  });
});
