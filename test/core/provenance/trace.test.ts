import { extractPlainText } from '../../../src/core/extract/plain-text';
import { claimGraphFromTexts } from '../../../src/core/provenance/graph-from-texts';
import { traceClaim } from '../../../src/core/provenance/trace';
import { seedText } from '../../helpers/seeds';

const graph = claimGraphFromTexts(
  ['000', '001', '002', '003', '004'].map((id) => {
    const text = seedText(id);
    const e = extractPlainText(text);
    return { id, label: id, text, outlet: e.outlet, date: e.date.date };
  }),
);
const indexOf = (id: string, start: string) => graph.articles.get(id)!.sentences.find((s) => s.text.startsWith(start))!.index;

describe('traceClaim on the seeds', () => {
  const lead = traceClaim(graph, '000', indexOf('000', 'China is reportedly prepared'))!;

  it("when tracing 000's lead sentence, finds 001 as the origin, dated 2021-08-13", () => {
    expect(lead.origin).toMatchObject({ articleId: '001', date: '2021-08-13' });
    expect(lead.versions.map((v) => v.articleId).sort()).toEqual(['000', '001', '002']);
  });

  it('when following the chain, goes from 000 through U.S. News to anonymous intelligence sources', () => {
    // The lead sentences cite no one themselves ("U.S. News has learned" is the outlet's own word): the citations are their neighbours', and say so.
    expect(lead.chain.map((c) => [c.articleId, c.sourceType, c.nearby])).toEqual([
      ['000', 'outlet', true],
      ['001', 'anonymous', true],
    ]);
    expect(lead.terminal).toMatchObject({ sourceType: 'anonymous', sourceText: 'multiple U.S. and foreign intelligence sources familiar with the Chinese assessments', nearby: true });
  });

  it('when comparing versions, reports "reportedly" as a hedge added in 000 and 002 as a credited verbatim copy', () => {
    const dailyMail = lead.versions.find((v) => v.articleId === '000')!;
    expect(dailyMail.from?.mutations).toContainEqual({ kind: 'hedge-added', before: '', after: 'reportedly' });
    expect(lead.versions.find((v) => v.articleId === '002')!.from).toMatchObject({ articleId: '001', kind: 'verbatim', credited: true });
  });

  it('when writing the verdict, names the origin, its date, the anonymous sources near the claim and the credit', () => {
    expect(lead.verdict).toBe(
      'First reported by U.S. News & World Report on 2021-08-13; that sentence names no outside source, and the reporting around it cites an anonymous source, “multiple U.S. and foreign intelligence sources familiar with the Chinese assessments”; repeated by 2 outlets, credited by both.',
    );
  });

  it('when the origin sentence cites its source itself, the verdict says so plainly', () => {
    const t = traceClaim(graph, '001', indexOf('001', 'However, new Chinese military'))!;
    expect(t.terminal).toMatchObject({ sourceType: 'anonymous', sourceText: 'multiple U.S. and foreign intelligence sources familiar with the Chinese assessments', nearby: false });
    expect(t.verdict).toMatch(/^First reported by U.S. News & World Report on 2021-08-13, citing an anonymous source, “multiple U.S./);
  });

  it('when tracing the "10 major provincial capitals" sentence, shows the number change in 000', () => {
    const t = traceClaim(graph, '001', indexOf('001', 'The move comes as the Taliban has been routing'))!;
    const dailyMail = t.versions.find((v) => v.articleId === '000')!;
    expect(dailyMail.from?.mutations).toContainEqual({ kind: 'number-changed', before: '10 major provincial capitals', after: 'half of the 34 provincial capitals' });
  });

  it('when a sentence is carried by no other article, the trace has one version', () => {
    const t = traceClaim(graph, '004', indexOf('004', 'Will Russia follow China?'))!;
    expect(t.versions).toHaveLength(1);
    expect(t.verdict).toMatch(/no other article in the store carries it/);
  });

  it('when the sentence does not exist, returns null', () => {
    expect(traceClaim(graph, '004', 9999)).toBeNull();
  });
});

describe('traceClaim when a copy names a source of its own', () => {
  const study =
    'The study, which followed 12,000 adults for ten years, found that those who walked 8,000 steps or more on at least three days a week were 15% less likely to die during the study period.';
  const quote = 'Dr Hannah Cole said: "Our findings suggest that even a few days of regular walking could have meaningful benefits for health."';
  const release = `PRESS RELEASE\n\nWalking and health\n\nPeople who walk around 8,000 steps a day may have a lower risk of dying early than those who walk less, according to new research from the University of Leeds.\n\n${study}\n\n${quote}\n\nAbout the University of Leeds\nThe University of Leeds is a university.`;
  const copy = `Daily Express\n\nWalking slashes risk of early death\n\nWalking 8,000 steps a day cuts the risk of dying early, scientists have found.\n\n${study.replace('15%', '25%')}\n\n${quote}`;
  const lead = 'People who walk around 8,000 steps a day may have a lower risk of dying early than those who walk less, according to new research from the University of Leeds.';
  const local = `Yorkshire Evening Post\n\nLeeds study on walking\n\n${lead}\n\n${study.replace('for ten years', 'for a decade')}`;
  const texts = [
    { id: 'release', text: release, date: '2026-11-20' },
    { id: 'copy', text: copy, date: '2026-11-21' },
    { id: 'local', text: local, date: '2026-11-22' },
  ];
  const walking = claimGraphFromTexts(texts.map((t) => ({ ...t, label: t.id, outlet: extractPlainText(t.text).outlet })));

  it("tells the origin's source first, then the one the copy put in its place", () => {
    const t = traceClaim(walking, 'copy', walking.articles.get('copy')!.sentences.find((s) => s.text.startsWith('Walking 8,000'))!.index)!;
    expect(t.origin.articleId).toBe('release');
    expect(t.terminal).toMatchObject({ sourceText: 'scientists' });
    expect(t.verdict).toMatch(/^First reported by University of Leeds on 2026-11-20, citing a document, “new research from the University of Leeds” \(the version traced cites a vague attribution, “scientists” instead\)/);
    expect(t.versions[1].from?.mutations.map((m) => m.kind)).toEqual(expect.arrayContaining(['hedge-removed', 'attribution-dropped']));
  });

  it('calls a sentence kept word for word verbatim, even inside a passage edited elsewhere', () => {
    const t = traceClaim(walking, 'local', walking.articles.get('local')!.sentences.find((s) => s.text.startsWith('People who walk'))!.index)!;
    expect(t.versions.find((v) => v.articleId === 'local')?.from).toMatchObject({ articleId: 'release', kind: 'verbatim' });
  });
});

describe('traceClaim when nothing decides which version came first', () => {
  const claim = 'The harbour authority said on Monday that the northern pier would close for repairs until the end of March.';
  const texts = [
    { id: 'x', text: `A festival of folk music opened in the old town square with dancers from twelve countries.\n\n${claim}` },
    { id: 'y', text: `The council has set aside four million pounds for the work on the waterfront this year.\n\n${claim}` },
  ];
  const undated = claimGraphFromTexts(texts.map((t) => ({ ...t, label: t.id, outlet: null, date: null })));

  it('says the origin is only possible', () => {
    const index = undated.articles.get('y')!.sentences.find((s) => s.text.startsWith('The harbour'))!.index;
    const t = traceClaim(undated, 'y', index)!;
    expect(t.versions).toHaveLength(2);
    expect(t.verdict).toMatch(/^Possibly first reported \(nothing shows which version came first\) by /);
  });
});

describe('traceClaim on a copy that reprints some paragraphs and rewrites others', () => {
  const kept = 'The World Food Programme warned last month that famine conditions had been confirmed in parts of North Darfur, of which the city is the capital.';
  const wire = `At least 1,200 people may have been killed in the city since May, according to the United Nations.\n\n${kept}`;
  const copy = `At least 1,500 people have been killed in the city since May.\n\n${kept}`;
  const g = claimGraphFromTexts([
    { id: 'wire', label: 'wire', text: wire, outlet: 'Wire', date: '2026-11-18' },
    { id: 'copy', label: 'copy', text: copy, outlet: 'Tabloid', date: '2026-11-19' },
  ]);
  const kindOf = (start: string) => {
    const index = g.articles.get('copy')!.sentences.find((s) => s.text.startsWith(start))!.index;
    return traceClaim(g, 'copy', index)!.versions.find((v) => v.articleId === 'copy')!.from!.kind;
  };

  it('tells how each sentence was retold, not the kind of the whole copy', () => {
    expect(kindOf('The World Food')).toBe('verbatim');
    expect(kindOf('At least')).not.toBe('verbatim');
  });
});
