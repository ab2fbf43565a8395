import { layoutStory, smoothPath } from '../../../src/web/presenters/story-graph';

describe('smoothPath', () => {
  it.each([
    ['a straight edge stays a line', [{ x: 0, y: 0 }, { x: 10, y: 0 }], 'M0.0,0.0 L10.0,0.0'],
    ['a bend becomes a curve through the midpoints', [{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }], 'M0.0,0.0 L5.0,0.0 Q10.0,0.0 10.0,5.0 L10.0,10.0'],
    ['no points, no path', [], ''],
  ])('%s', (_, points, d) => {
    expect(smoothPath(points)).toBe(d);
  });
});

describe('layoutStory', () => {
  it('when two articles cite one source, draws one box with a line to each', () => {
    const nodes = [1, 2].map((id) => ({ id, title: `Article ${id}`, outlet: null, date: null }));
    const graph = layoutStory(nodes, [{ sourceId: 1, targetId: 2, kind: 'verbatim', credited: true }], [{ sourceId: 7, articleIds: [1, 2], name: 'Jen Psaki', kind: 'person' }]);
    expect(graph.externals).toHaveLength(1);
    expect(graph.externals[0].paths).toHaveLength(2);
    expect(graph.externals[0].paths.every((d) => d.startsWith('M'))).toBe(true);
  });
});
