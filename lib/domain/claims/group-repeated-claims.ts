/**
 * Claims that say much the same in different articles, from pairs of similar claims: pairs that
 * share a claim join one group (A≈B and B≈C make A, B, C one repeated claim). Largest groups first.
 */
export function groupRepeatedClaims(pairs: readonly (readonly [string, string])[]): string[][] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let current = id;
    while (parent.get(current) !== current) current = parent.get(current)!;
    parent.set(id, current); // shorten the path for the next lookup
    return current;
  };
  for (const [a, b] of pairs) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const [rootA, rootB] = [root(a), root(b)];
    if (rootA !== rootB) parent.set(rootB, rootA);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const key = root(id);
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}
