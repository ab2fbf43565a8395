/**
 * Groups articles linked by reuse into stories: the connected components of
 * the reuse graph (union–find, near-linear in the number of edges). Stories
 * are returned largest first, each with its article ids in ascending order.
 */
export function groupStories(edges: { sourceId: number; targetId: number }[]): number[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    let node = x;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const { sourceId, targetId } of edges) {
    if (!parent.has(sourceId)) parent.set(sourceId, sourceId);
    if (!parent.has(targetId)) parent.set(targetId, targetId);
    const [a, b] = [find(sourceId), find(targetId)];
    if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
  }
  const groups = new Map<number, number[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  return [...groups.values()].map((g) => g.sort((a, b) => a - b)).sort((a, b) => b.length - a.length || a[0] - b[0]);
}
