// Well-known organisations with their aliases (data/lexicons/organizations.json).
import data from "../../data/lexicons/organizations.json" with { type: "json" };

export interface OrganizationEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** For metonyms ("the Kremlin"): the place whose government it stands for. */
  readonly stands_for?: string;
}

export const ORGANIZATIONS: readonly OrganizationEntry[] = data as readonly OrganizationEntry[];

const byId = new Map(ORGANIZATIONS.map((o) => [o.id, o]));

export function organizationById(id: string): OrganizationEntry | undefined {
  return byId.get(id);
}
