// Fault injection for the build's own tests: NEWSGRAPH_TEST_FAULT="hang:a.txt,
// throw:b.txt,exit:c.txt" makes the worker hang, throw or die on articles
// whose label contains the text. Unset in normal use, and then a no-op.

export function injectFault(label: string): void {
  const spec = process.env.NEWSGRAPH_TEST_FAULT;
  if (!spec) return;
  for (const rule of spec.split(",")) {
    const [kind, needle] = rule.split(":");
    if (!needle || !label.includes(needle)) continue;
    if (kind === "hang") for (;;) Date.now();
    if (kind === "throw") throw new TypeError("injected fault");
    if (kind === "exit") process.exit(3);
  }
}
