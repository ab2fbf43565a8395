import { compareArticles, gradeReuse, type ReuseFinding } from '../../../src/core/reuse/compare';
import { prepareText } from '../../../src/core/reuse/prepare';

const P1 = 'The harbour authority said on Monday that the northern pier would close for repairs until the end of March.';
const P2 = 'Fishermen who use the pier said they had not been consulted and would lose most of their winter income.';
const P3 = 'The council has set aside four million pounds for the work, according to budget documents seen by the paper.';
const OTHER = 'A festival of folk music opened in the old town square with dancers from twelve countries taking part.';

const doc = (text: string, outlet: string | null = null, date: string | null = null) => Object.assign(prepareText(text), { outlet, date });

describe('compareArticles', () => {
  it.each([
    ['a verbatim copy', 'verbatim', 1, [P1, P2, P3].join('\n\n'), [OTHER, P1, P2].join('\n\n')],
    ['a word inserted mid-passage', 'edited', 1, [P1, P2].join('\n\n'), P1.replace('for repairs', 'for urgent repairs') + '\n\n' + P2],
    ['moved paragraphs', 'verbatim', 2, [P1, OTHER, P3].join('\n\n'), [P3, P1].join('\n\n')],
  ])('when given %s, finds %s passages (%d)', (_label, kind, count, a, b) => {
    const finding = compareArticles(doc(a, null, '2024-01-01'), doc(b, null, '2024-01-02'));
    expect(finding).not.toBeNull();
    expect(finding!.kind).toBe(kind);
    expect(finding!.passages).toHaveLength(count);
    expect(finding!.source).toBe('a');
  });

  it("when a republication prints the story under its own headline, outlet and date, the story is still verbatim", () => {
    const head = (title: string, outlet: string, date: string) => `${title}\n\n${outlet}\n${date}\n\n`;
    const a = head('Why the northern pier may close for good', 'The Conversation', 'March 10, 2026') + [P1, P2, P3].join('\n\n');
    const b = head('The northern pier may close for good', 'Salon', 'March 12, 2026') + [P1, P2, P3].join('\n\n');
    const finding = compareArticles(doc(a, 'The Conversation', '2026-03-10'), doc(b, 'Salon', '2026-03-12'))!;
    // (Its headline, retold, pairs as a sentence edited; its outlet and date are no part of either passage.)
    expect(finding.kind).toBe('verbatim');
    expect(finding.passages.map((p) => p.kind)).toEqual(['edited', 'verbatim']);
    expect(b.slice(finding.passages[1].targetStart, finding.passages[1].targetEnd)).not.toContain('Salon');
  });

  it('when the passages are found, their offsets point at the shared text in both', () => {
    const a = [OTHER, P1].join('\n\n');
    const b = [P1, P3].join('\n\n');
    const [p] = compareArticles(doc(a), doc(b))!.passages;
    expect(a.slice(p.sourceStart, p.sourceEnd)).toBe(P1.slice(0, -1));
    expect(b.slice(p.targetStart, p.targetEnd)).toBe(P1.slice(0, -1));
  });

  it('when two texts share only their topic, finds nothing', () => {
    expect(compareArticles(doc(P1 + ' ' + P2), doc(OTHER + ' The pier is old.'))).toBeNull();
  });

  it('when two texts share one retold sentence and nothing outside it, finds nothing: two posts quoting one verse', () => {
    const a = `Friends, the signs are here. Revelation 16:12 tells us that the great river Euphrates will be dried up "that the way of the kings of the east might be prepared." ${OTHER}`;
    const b = `${P2} Revelation 16:12 says the sixth angel "poured out his bowl on the great river Euphrates, and its water was dried up, that the way of the kings from the east might be prepared." ${P3}`;
    expect(compareArticles(doc(a), doc(b))).toBeNull();
  });

  it('when two texts share only a stock phrase of news writing, finds nothing; a longer run kept word for word is a copy', () => {
    const stock = 'the people said, speaking on the condition of anonymity';
    const apple = [
      `${P1} The plans were prompted by a sharp rise in costs at factories in Tamil Nadu and Karnataka, ${stock} because the discussions were confidential.`,
      `${P2} ${P3}`,
      'India accounted for about a fifth of production last year, up from less than five percent four years earlier.',
      'No decision has been made, and the company could still decide to expand its plants in the south of the country.',
    ].join('\n\n');
    const fed = [
      `${OTHER} Trump has privately vented about Powell for months, ${stock} to describe internal conversations.`,
      'Legal experts say the power to remove the chair of the central bank is limited to misconduct.',
      'Markets fell sharply on the report, with the dollar losing ground against the euro and the yen.',
      'The Fed declined to comment on the report, and the White House did not respond to questions on Friday.',
    ].join('\n\n');
    expect(compareArticles(doc(apple), doc(fed))).toBeNull();
    const copied = `${OTHER} Trump has vented about the Fed chair for months, the harbour authority said on Monday that the northern pier would close for repairs.`;
    expect(compareArticles(doc(apple), doc(copied))).not.toBeNull();
  });

  it("when two texts share only a speaker's quote, finds nothing, unless one credits the other or the words were told to one", () => {
    const quote = '"I will abide by the jury decision, I will do that, and I will not pardon him,"';
    const first = (told: string) => [P1, `${quote} the president told ${told} in an interview on Thursday.`, P2].join('\n\n');
    const second = (credit: string) => [OTHER, `${quote} the president said${credit}.`, P3].join('\n\n');
    expect(compareArticles(doc(first('ABC News'), 'CNN', '2024-06-06'), doc(second(''), 'Fox News', '2024-06-07'))).toBeNull();
    // (Told to CNN, the quote is CNN's to give; credited to CNN, it was taken from CNN.)
    expect(compareArticles(doc(first('CNN'), 'CNN', '2024-06-06'), doc(second(''), 'Fox News', '2024-06-07'))?.credited).toBe(false);
    expect(compareArticles(doc(first('ABC News'), 'CNN', '2024-06-06'), doc(second(', CNN reported'), 'Fox News', '2024-06-07'))?.credited).toBe(true);
    // (A passage running past the quote is a copy as before.)
    const reprinted = [OTHER, `${quote} the president told ABC News in an interview on Thursday.`, P2].join('\n\n');
    expect(compareArticles(doc(first('ABC News'), 'CNN', '2024-06-06'), doc(reprinted, 'Fox News', '2024-06-07'))).not.toBeNull();
  });

  it("when a rewrite drops the wire's dateline and retells short sentences beside a lead retold, pairs them all", () => {
    const wire = [
      'WASHINGTON, March 3, 2025 (Reuters) - Tesla is recalling about 120,000 vehicles in the United States because a seat belt warning may fail to sound, the National Highway Traffic Safety Administration said on Monday.',
      'Tesla will fix the problem with an over-the-air software update, it added.',
      'Tesla shares fell 2.8% in afternoon trading.',
    ].join('\n\n');
    const rewrite = [
      "Elon Musk's Tesla is recalling 150,000 cars across America because a seat belt warning fails to sound, US safety regulators have revealed.",
      'The firm will fix the fault with a software update sent over the air.',
      'Tesla shares fell nearly 3 per cent.',
    ].join('\n\n');
    const finding = compareArticles(doc(wire, 'Reuters', '2025-03-03'), doc(rewrite, null, '2025-03-04'));
    expect(finding?.passages.map((p) => rewrite.slice(p.targetStart, p.targetEnd).slice(0, 20))).toEqual(["Elon Musk's Tesla is", 'The firm will fix th', 'Tesla shares fell ne']);
    expect(wire.slice(finding!.passages[0].sourceStart).startsWith('Tesla is recalling')).toBe(true);
    // Without the lead, the short sentences alone are the same news told twice, not a copy.
    const [, ...rest] = wire.split('\n\n');
    const [, ...restRewrite] = rewrite.split('\n\n');
    expect(compareArticles(doc(rest.join('\n\n')), doc(restRewrite.join('\n\n')))).toBeNull();
  });

  it('when the later text rewrites two sentences, pairs them as a paraphrase', () => {
    const source = 'China is prepared to recognize the Taliban as the legitimate ruler of Afghanistan if it succeeds in toppling the government in Kabul. Party leaders plan to formalize their relationship with the insurgent network, intelligence sources said.';
    const copy = 'Beijing reportedly stands prepared to recognize Taliban rule over Afghanistan should the group succeed in toppling Kabul’s government. Intelligence sources say party leaders will formalize their relationship with the insurgents.';
    const finding = compareArticles(doc(source, 'Wire', '2021-08-13'), doc(copy, 'Paper', '2021-08-14'));
    expect(finding?.passages.length).toBe(2);
    expect(finding?.passages.every((p) => p.kind !== 'verbatim')).toBe(true);
  });

  it('when a lead is retold beside passages kept word for word, writing "80%" as "80 per cent", pairs it too', () => {
    const source = 'Scientists have found microplastics in about 80% of human placentas they examined, according to a new study, raising questions about the effects on babies.\n\n' + P1 + '\n\n' + P2;
    const copy = 'Microplastics have been found in 80 per cent of human placentas, scientists have warned, sparking fears for unborn babies.\n\n' + P1 + '\n\n' + P2;
    const { passages } = compareArticles(doc(source, 'Wire', '2026-03-02'), doc(copy, 'Paper', '2026-03-03'))!;
    expect(passages.some((p) => copy.slice(p.targetStart, p.targetEnd).startsWith('Microplastics have been found'))).toBe(true);
  });

  it('when a sentence retold whole holds a run of words kept, the run is part of that passage, not a second over it', () => {
    const source = 'Tesla Inc is recalling about 120,000 Model S and Model X vehicles in the United States because a seat belt warning chime may fail to sound, the safety agency said on Monday. The recall covers vehicles built between 2021 and 2024 in its two factories.';
    const copy = "Elon Musk's Tesla is recalling around 130,000 of its Model S and Model X vehicles because a seat belt warning chime could fail to sound. The recall covers vehicles built between 2021 and 2024 in its two factories.";
    const { passages } = compareArticles(doc(source, 'Wire', '2026-03-02'), doc(copy, 'Paper', '2026-03-03'))!;
    const overlaps = passages.some((p, i) => passages.some((q, j) => i !== j && p.targetStart < q.targetEnd && q.targetStart < p.targetEnd));
    expect(overlaps).toBe(false);
    expect(passages.some((p) => copy.slice(p.targetStart, p.targetEnd).startsWith("Elon Musk's Tesla is recalling"))).toBe(true);
  });

  it("when most of the shared text is retold, the pair is a paraphrase however exact one sentence of it", () => {
    const source = 'China is prepared to recognize the Taliban as the legitimate ruler of Afghanistan if it succeeds in toppling the government in Kabul. Party leaders plan to formalize their relationship with the insurgent network, intelligence sources said.\n\n' + P2 + '\n\n' + P1;
    const copy = 'Beijing reportedly stands prepared to recognize Taliban rule over Afghanistan should the group succeed in toppling Kabul’s government. Intelligence sources say party leaders will formalize their relationship with the insurgents.\n\n' + OTHER + '\n\n' + P1;
    const finding = compareArticles(doc(source, 'Wire', '2021-08-13'), doc(copy, 'Paper', '2021-08-14'))!;
    expect(finding.passages.map((p) => p.kind)).toContain('verbatim');
    expect(finding.kind).toBe('paraphrase');
  });

  it.each([
    ['dates', { a: '2021-08-13', b: '2021-08-14' }, 'a', 'dates'],
    ['dates reversed', { a: '2021-08-15', b: '2021-08-14' }, 'b', 'dates'],
  ])('when deciding direction by %s, the source is %s', (_l, dates, source, basis) => {
    const finding = compareArticles(doc([P1, P2].join('\n'), null, dates.a), doc([P1, P2].join('\n'), null, dates.b))!;
    expect([finding.source, finding.basis]).toEqual([source, basis]);
  });

  it('when undated and the copy names the source outlet, the named one is the source and the copy credits it', () => {
    const original = doc([P1, P2].join('\n'), 'Reuters');
    const copy = doc(['Reuters reported:', P1, P2].join('\n'), 'Daily Mail');
    const finding = compareArticles(copy, original)!;
    expect(finding).toMatchObject({ source: 'b', basis: 'citation', credited: true });
  });

  it('when undated and uncredited, a news agency is the source of an outlet that is none, either way round', () => {
    const [wire, paper] = [doc([P1, P2].join('\n'), 'Press Association'), doc([P1, P2, OTHER].join('\n'), 'Daily Mirror')];
    expect(compareArticles(paper, wire)).toMatchObject({ source: 'b', basis: 'agency', credited: false });
    expect(compareArticles(wire, paper)).toMatchObject({ source: 'a', basis: 'agency' });
    // Two agencies, or none, leave it to the texts.
    expect(compareArticles(doc([P1, P2, OTHER].join('\n'), 'Reuters'), wire)?.basis).not.toBe('agency');
  });

  it.each([
    ['its label at the top', ['Press release', P1, P2]],
    ['"ENDS" at the bottom', [P1, P2, 'ENDS', 'Notes to editors: the company employs 400 people.']],
    ['"###" at the bottom', [P1, P2, '###']],
    ['its media contacts', [P1, P2, 'Media contact: press@example.org']],
  ])('when undated and uncredited, a press release known by %s is the source of a text that is none, either way round', (_, lines) => {
    const [release, paper] = [doc(lines.join('\n')), doc([OTHER, P1, P2].join('\n'))];
    expect(compareArticles(paper, release)).toMatchObject({ source: 'b', basis: 'release' });
    expect(compareArticles(release, paper)).toMatchObject({ source: 'a', basis: 'release' });
  });

  it('when undated and nothing else tells, the version that keeps the attribution is the source', () => {
    const kept = 'Shipping companies may face delays of up to three weeks at the canal this spring, according to the canal administrator.';
    const dropped = 'Shipping companies may face delays of up to three weeks at the canal this spring.';
    for (const [a, b, source] of [[kept, dropped, 'a'], [dropped, kept, 'b']] as const) {
      const finding = compareArticles(doc(`${OTHER}\n\n${a}`), doc(`${P3}\n\n${b}`))!;
      expect([finding.source, finding.basis]).toEqual([source, 'attribution']);
    }
  });
});

describe('gradeReuse', () => {
  const finding = (similarity: number, targetCoverage: number) => ({ similarity, targetCoverage }) as ReuseFinding;
  it.each([
    ['nothing', 'none', null],
    ['a shared quote in a long text', 'none', finding(1, 0.05)],
    ['exact fragments of an otherwise rewritten text', 'paraphrase', finding(1, 0.12)],
    ['most of the text, word for word', 'verbatim', finding(0.99, 0.9)],
    ['most of the text, lightly revised', 'edited', finding(0.88, 0.9)],
    ['most of the text, retold', 'paraphrase', finding(0.72, 0.7)],
  ])('when the copy shares %s, grades it %s', (_label, grade, f) => {
    expect(gradeReuse(f)).toBe(grade);
  });
});
