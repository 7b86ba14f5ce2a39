// Messages between the page and the ForceAtlas2 worker, and the node matrix
// layout the library's iteration function expects (10 floats per node).

export const PPN = 10;
export const PPE = 3;

export type ToWorker =
  | {
      readonly type: "start";
      readonly nodes: Float32Array;
      readonly edges: Float32Array;
      readonly settings: Record<string, number | boolean>;
      readonly settled: number;
    }
  | { readonly type: "stop" };

export type FromWorker =
  /** Node positions as x, y pairs in node order, and the iterations run so far. */
  { readonly type: "positions"; readonly xy: Float32Array; readonly iterations: number; readonly movement: number; readonly converged: boolean };
