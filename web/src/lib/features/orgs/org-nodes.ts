// Plain helpers of the organization directory (org-list.svelte.ts): immutable copies the
// runes replace whole, and query strings.
import type { OrgNode } from '@profgrid/core';

export const queryString = (params: Record<string, string>) =>
  new URLSearchParams(params).toString();

/** A copy of `known` with the nodes put in (search hits lose their path names). */
export function withNodes(
  known: ReadonlyMap<string, OrgNode>,
  nodes: readonly OrgNode[],
): ReadonlyMap<string, OrgNode> {
  const next = new Map(known);
  for (const n of nodes) {
    const { pathNames: _drop, ...node } = n as OrgNode & { pathNames?: unknown };
    next.set(node.id, node);
  }
  return next;
}
