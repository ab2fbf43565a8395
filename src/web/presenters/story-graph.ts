import dagre from '@dagrejs/dagre';

export interface StoryNode {
  id: number;
  title: string;
  outlet: string | null;
  date: string | null;
}

export interface StoryEdge {
  sourceId: number;
  targetId: number;
  kind: string;
  credited: boolean;
}

export interface ExternalSource {
  sourceId: number;
  /** The story's articles that cite it: one node however many cite it. */
  articleIds: number[];
  name: string;
  kind: string;
}

const NODE_W = 200;
const NODE_H = 56;

/**
 * Lays out a story for a server-drawn SVG with dagre: articles left to right in
 * reuse order (sources first), reuse edges styled by kind and credit, and the
 * anonymous or named sources that articles cite as small external nodes.
 */
export function layoutStory(nodes: StoryNode[], edges: StoryEdge[], externals: ExternalSource[]) {
  const g = new dagre.graphlib.Graph({ multigraph: true, compound: true });
  g.setGraph({ rankdir: 'LR', nodesep: 28, ranksep: 70, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  // Articles of one outlet sit together in a box of their own; time runs left to right, sources first.
  const outlets = [...new Set(nodes.map((n) => n.outlet ?? 'Unknown outlet'))];
  outlets.forEach((o, i) => g.setNode(`o${i}`, { label: o, paddingTop: 22 }));
  for (const n of [...nodes].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))) {
    g.setNode(`a${n.id}`, { width: NODE_W, height: NODE_H });
    g.setParent(`a${n.id}`, `o${outlets.indexOf(n.outlet ?? 'Unknown outlet')}`);
  }
  externals.forEach((_, i) => g.setNode(`x${i}`, { width: 170, height: 36 }));
  edges.forEach((e, i) => g.setEdge(`a${e.sourceId}`, `a${e.targetId}`, {}, `r${i}`));
  // Citations point from the cited source to the article, so origins sit on the left.
  externals.forEach((x, i) => x.articleIds.forEach((a) => g.setEdge(`x${i}`, `a${a}`, {}, `c${i}`)));
  dagre.layout(g);
  const graph = g.graph();
  const point = (id: string) => g.node(id);
  const path = (v: string, w: string, name: string) => smoothPath(g.edge({ v, w, name }).points ?? []);
  const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  return {
    width: Math.ceil(graph.width ?? 400),
    height: Math.ceil(graph.height ?? 200),
    groups: outlets.map((o, i) => {
      const c = point(`o${i}`);
      return { label: truncate(o, 30), x: c.x - c.width / 2, y: c.y - c.height / 2, w: c.width, h: c.height };
    }),
    nodes: nodes.map((n) => {
      const p = point(`a${n.id}`);
      return { ...n, x: p.x - NODE_W / 2, y: p.y - NODE_H / 2, w: NODE_W, h: NODE_H, label: truncate(n.outlet ?? 'Unknown outlet', 28), sub: truncate(`${n.date ?? 'date unknown'} · ${n.title}`, 30) };
    }),
    edges: edges.map((e, i) => ({ ...e, d: path(`a${e.sourceId}`, `a${e.targetId}`, `r${i}`), href: `/compare/${e.sourceId}/${e.targetId}` })),
    externals: externals.map((x, i) => {
      const p = point(`x${i}`);
      return { ...x, x: p.x - 85, y: p.y - 18, w: 170, h: 36, label: truncate(x.name, 26), paths: x.articleIds.map((a) => path(`x${i}`, `a${a}`, `c${i}`)) };
    }),
  };
}

type Point = { x: number; y: number };
const xy = (p: Point) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`;

/**
 * An SVG path through dagre's bend points, rounded: each bend is a
 * quadratic curve's control point, joined at the midpoints between bends
 * (the shape of d3's curveBasis), so edges bend instead of kinking.
 */
export function smoothPath(points: Point[]): string {
  if (points.length < 3) return points.map((p, k) => `${k ? 'L' : 'M'}${xy(p)}`).join(' ');
  const mid = (a: Point, b: Point) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  const parts = [`M${xy(points[0])}`, `L${xy(mid(points[0], points[1]))}`];
  for (let k = 1; k < points.length - 1; k++) parts.push(`Q${xy(points[k])} ${xy(mid(points[k], points[k + 1]))}`);
  parts.push(`L${xy(points.at(-1)!)}`);
  return parts.join(' ');
}
