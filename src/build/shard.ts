// Deterministic shards: `--shard K/N` keeps the articles whose id hashes to
// K-1 modulo N, so N machines split a corpus without talking to each other,
// and adding articles never moves the others between shards.
import { NewsgraphError } from "../pipeline/errors.js";
import { hashString } from "./unit.js";

export interface Shard {
  /** 1-based index of this shard. */
  readonly index: number;
  readonly count: number;
}

export function parseShard(value: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new NewsgraphError("E_BAD_OPTION", `--shard must be K/N with 1 ≤ K ≤ N (for example 2/4), got "${value}"`);
  }
  return { index, count };
}

export function shardOf(id: string, count: number): number {
  return (Number.parseInt(hashString(id).slice(0, 8), 16) % count) + 1;
}

export const inShard = (id: string, shard: Shard): boolean => shardOf(id, shard.count) === shard.index;
