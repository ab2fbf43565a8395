import { followChain } from '../../../src/core/provenance/citation-chain';
import { claimGraphFromTexts } from '../../../src/core/provenance/graph-from-texts';
import type { ClaimVersion } from '../../../src/core/provenance/trace';

/** One article, traced from the sentence that starts with `start`: its chain and terminal. */
function chainOf(text: string, start: string) {
  const graph = claimGraphFromTexts([{ id: 'a', label: 'The Ledger', text, outlet: 'The Ledger', date: null }]);
  const sentence = graph.articles.get('a')!.sentences.find((s) => s.text.startsWith(start))!;
  const version: ClaimVersion<string> = { articleId: 'a', label: 'The Ledger', outlet: 'The Ledger', date: null, sentence };
  return followChain(graph, [version], version);
}

describe('followChain', () => {
  it.each([
    ['its own source', 'The mayor resigned on Monday, according to two council officials.', 'The mayor', 'anonymous', false],
    ['a source in the sentence next to it', 'The mayor resigned on Monday, according to two council officials. The council will meet on Friday.', 'The council', 'anonymous', true],
  ])('when the claim cites %s, ends there and says whether it is nearby', (_, text, start, type, nearby) => {
    const { chain, terminal } = chainOf(text, start);
    expect(terminal).toMatchObject({ sourceType: type, sourceText: 'two council officials', nearby });
    expect(chain.map((c) => c.nearby)).toEqual([nearby]);
  });

  it('when the claim cites a vague "scientists" and a study, rests on the study', () => {
    const text = 'Scientists have found microplastics in about 80% of placentas, according to a new study.';
    expect(chainOf(text, 'Scientists').terminal).toMatchObject({ sourceType: 'document', sourceText: 'a new study' });
  });

  it("when the claim is the writer's own \"we\", backs it with the sources near it", () => {
    const text = 'We do not yet know what the levels mean. Matthew Campen, the lead author, said the trend was concerning.';
    expect(chainOf(text, 'We do not').terminal).toMatchObject({ sourceType: 'person', nearby: true });
  });

  it('when the claim cites a source by a shorter mention, shows the source as first introduced', () => {
    const text = 'A person with knowledge of the matter said the case was open. No decision had been made, the person said.';
    expect(chainOf(text, 'No decision').terminal).toMatchObject({ sourceType: 'anonymous', sourceText: 'A person with knowledge of the matter' });
  });

  it("when a copy's sentence cites no one, follows it to the version it copied, not to its neighbours' sources", () => {
    const graph = claimGraphFromTexts([
      { id: 'wire', label: 'Wire', outlet: 'Wire', date: '2026-11-18', text: 'Food ran out in the city. At least 1,200 people died there since May, according to the United Nations.' },
      { id: 'copy', label: 'Tabloid', outlet: 'Tabloid', date: '2026-11-19', text: 'The rebels vowed to respect the truce. At least 1,500 people died there since May.' },
    ]);
    const sentenceOf = (id: string) => graph.articles.get(id)!.sentences.find((s) => s.text.startsWith('At least'))!;
    const wire: ClaimVersion<string> = { articleId: 'wire', label: 'Wire', outlet: 'Wire', date: '2026-11-18', sentence: sentenceOf('wire') };
    const copy: ClaimVersion<string> = {
      articleId: 'copy', label: 'Tabloid', outlet: 'Tabloid', date: '2026-11-19', sentence: sentenceOf('copy'),
      from: { articleId: 'wire', kind: 'edited', credited: false, confidence: 0.9, mutations: [] },
    };
    const { chain, terminal } = followChain(graph, [wire, copy], copy);
    expect(chain.map((c) => [c.articleId, c.cue])).toEqual([['copy', 'copies without credit'], ['wire', 'according to']]);
    expect(terminal).toMatchObject({ sourceText: 'United Nations', nearby: false });
  });

  it('when the source near the claim said nothing ("declined to comment"), it backs no claim', () => {
    expect(chainOf('India made 20 percent of iPhones last year. Apple declined to comment.', 'India').terminal).toBeNull();
    expect(chainOf('India made 20 percent of iPhones last year. Foxconn did not respond to a request for comment.', 'India').terminal).toBeNull();
  });

  it('when no sentence near the claim cites anyone, has no terminal source', () => {
    expect(chainOf('The council will meet on Friday. The budget is due in May.', 'The budget').terminal).toBeNull();
  });
});
