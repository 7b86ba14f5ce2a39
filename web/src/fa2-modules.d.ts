// Types for the two plain CommonJS files of graphology-layout-forceatlas2 the
// layout worker runs directly (the package ships no declarations for them).
declare module "graphology-layout-forceatlas2/iterate.js" {
  export default function iterate(settings: Record<string, number | boolean>, nodes: Float32Array, edges: Float32Array): void;
}
declare module "graphology-layout-forceatlas2/defaults.js" {
  const defaults: Record<string, number | boolean>;
  export default defaults;
}
