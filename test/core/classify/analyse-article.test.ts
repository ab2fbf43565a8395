import { analyseArticle, type AnalysedSentence } from '../../../src/core/classify/analyse-article';
import { extractPlainText } from '../../../src/core/extract/plain-text';
import { seedText } from '../../helpers/seeds';

const analysed = new Map<string, AnalysedSentence[]>();
function sentencesOf(prefix: string): AnalysedSentence[] {
  if (!analysed.has(prefix)) {
    const text = seedText(prefix);
    analysed.set(prefix, analyseArticle(text, extractPlainText(text).outlet).sentences);
  }
  return analysed.get(prefix)!;
}
function sentence(prefix: string, startsWith: string): AnalysedSentence {
  const found = sentencesOf(prefix).find((s) => s.text.trim().startsWith(startsWith));
  if (!found) throw new Error(`no sentence in ${prefix} starting "${startsWith}"`);
  return found;
}
const flagsOf = (s: AnalysedSentence) => s.flags.map((f) => f.flag);

describe('analyseArticle on the seed sentences EXPECTED.md names', () => {
  it.each([
    ['002', 'If/when the Taliban takes back control', 'prophetic', 'final war'],
    ['002', '“Then the sixth angel poured out', 'prophetic', 'sixth angel'],
    ['002', 'Revelation 16:12', 'prophetic', 'Revelation 16:12'],
    ['002', 'One thing is certain, Joe Biden is no Donald Trump', 'opinion', 'One thing is certain'],
    ['003', 'The Biden administration’s flawed pullout enabled', 'opinion', 'flawed'],
    ['003', 'In reality, these individuals heroically filled gaps', 'opinion', 'heroically'],
    ['003', 'Rather than showing humility, the State Department arrogantly asserts', 'opinion', 'arrogantly'],
    // A pseudo-cleft with a judging adjective is the writer's verdict, however neutral the words around it.
    ['003', 'What’s particularly shocking is the report scapegoating', 'opinion', 'What’s particularly shocking'],
    ['000', 'Meanwhile, Beijing may see an opportunity', 'speculative', 'may'],
    ['004', 'Will Russia follow China?', 'speculative', '?'],
    ['004', 'It is the first country in the world to do so, but it may not be the only one.', 'speculative', 'may'],
    ['000', 'Many Afghans believe Pakistan is tacitly aiding the Taliban', 'unsourced', 'Many Afghans believe'],
    ['003', 'In 2023, Chinese state-owned companies signed a $150 million oil extraction contract', 'unsourced', '150'],
    ['001', 'However, new Chinese military and intelligence assessments', 'attributed', 'according to'],
  ])('when reading %s "%s", flags it %s with the cue "%s"', (prefix, start, flag, cue) => {
    const s = sentence(prefix, start);
    const hit = s.flags.find((f) => f.flag === flag);
    expect(hit).toBeDefined();
    expect(hit!.cues.map((c) => c.text).join(' | ')).toContain(cue);
    expect(hit!.score).toBeGreaterThan(0);
    for (const c of hit!.cues) expect(seedText(prefix).slice(c.start, c.end)).toBe(c.text);
  });

  it.each([
    ['003', '21.5 C'],
    ['003', 'New York'],
    ['003', 'Related articles'],
    ['003', 'Recent articles'],
    ['002', 'Read More'],
    ['002', 'read more'],
    ['004', "By: *Tomorrow's Affairs Staff*"],
    ['001', 'date 2021-08-13'],
  ])('when reading %s "%s", marks it boilerplate without flags', (prefix, text) => {
    const s = sentencesOf(prefix).find((x) => x.text.trim() === text)!;
    expect(s).toBeDefined();
    expect(s.boilerplate).toBe(true);
    expect(s.flags).toEqual([]);
  });

  it('when a date header shares the first line, the sentence after it starts after the header, at its own offset', () => {
    const s = sentence('001', 'The move comes at the expense');
    expect(seedText('001').slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toMatch(/^The move comes/);
  });

  it('when an opinion piece closes on a note on its writer, marks that line boilerplate, and only as the last line', () => {
    const note = 'Mark Hensley is a former Treasury official and a senior fellow at the Hoover Institution.';
    const closing = analyseArticle(`The Fed has lost the plot.\n\n${note}`).sentences.at(-1)!;
    expect(closing).toMatchObject({ text: note, boilerplate: true, flags: [] });
    const inside = analyseArticle(`The Fed has lost the plot.\n\n${note}\n\nHe said rates were too high.`).sentences[1];
    expect(inside.boilerplate).toBe(false);
  });

  it("when a press release closes on a note about its issuer, marks every line of it boilerplate", () => {
    const release = 'BOSTON, March 4, 2026 /PRNewswire/ -- Acme today announced it has raised $40 million.\n\nAbout Acme Robotics\n\nAcme builds robots that help warehouses run faster and safer. Founded in 2019, the company is based in Boston.';
    const sentences = analyseArticle(release).sentences;
    expect(sentences.filter((s) => s.boilerplate).map((s) => s.text)).toEqual(expect.arrayContaining(['Acme builds robots that help warehouses run faster and safer.', 'Founded in 2019, the company is based in Boston.']));
    expect(sentences.find((s) => s.text.startsWith('Acme today'))?.boilerplate).toBe(false);
  });

  it('when a sentence opens "By any definition", reads it as a claim, not a byline', () => {
    const [s] = analyseArticle('By any definition, the senator is a fraud.').sentences;
    expect(s.boilerplate).toBe(false);
  });

  it('when a fact carries no source, does not flag it attributed', () => {
    expect(flagsOf(sentence('003', 'In 2023, Chinese state-owned companies'))).not.toContain('attributed');
  });
});

describe('analyseArticle on the citations EXPECTED.md lists', () => {
  const attributionsOf = (prefix: string) => sentencesOf(prefix).flatMap((s) => s.attributions);
  it.each([
    ['000', 'U.S. and foreign intelligence sources', 'anonymous', 'According to'],
    ['000', 'U.S. News & World Report', 'outlet', 'cited by'],
    ['000', 'Ismail Khan, a powerful U.S.-allied warlord near Herat', 'person', 'told'],
    ['000', 'the AP', 'outlet', 'told'],
    ['000', 'Derek Grossman, a senior defense analyst for RAND', 'person', 'wrote'],
    ['001', 'multiple U.S. and foreign intelligence sources familiar with the Chinese assessments', 'anonymous', 'according to'],
    ['001', 'White House spokeswoman Jen Psaki', 'person', 'said'],
    ['001', 'The Chinese Ministry of Foreign Affairs', 'organisation', 'did not respond'],
    ['001', 'an Afghan Public Works Ministry spokesperson', 'anonymous', 'said'],
    ['001', 'U.S. News', 'self', 'has learned'],
    ['004', 'the Chinese Ministry of Foreign Affairs', 'organisation', 'stated'],
  ])('when reading %s, finds "%s" (%s) cued by "%s"', (prefix, source, type, cue) => {
    const a = attributionsOf(prefix).find((x) => x.sourceText === source && !x.inherited);
    expect(a).toMatchObject({ sourceType: type, cueText: cue });
    expect(seedText(prefix).slice(a!.sourceStart, a!.sourceEnd)).toBe(source);
    expect(seedText(prefix).slice(a!.cueStart, a!.cueEnd)).toBe(cue);
  });

  it('when a valenced word is part of a fixed term ("in good faith"), raises no opinion flag for it', () => {
    expect(flagsOf(sentence('002', 'And it also undermines U.S. attempts'))).not.toContain('opinion');
  });

  it('when Derek Grossman is quoted, reads his role and organisation', () => {
    expect(attributionsOf('000').find((a) => a.name === 'Derek Grossman' && !a.inherited)).toMatchObject({ role: 'a senior defense analyst for RAND', organisation: 'RAND' });
  });

  it('when a quote runs on after its speaker, the next sentence inherits the speaker', () => {
    const s = sentence('001', '“They could choose to devote');
    expect(s.attributions).toEqual([expect.objectContaining({ name: 'Jen Psaki', inherited: true })]);
  });

  it('when a paragraph opens a quote and leaves it open, the quote runs on to the speaker named in the next paragraph', () => {
    const text = 'Lawmakers met on Tuesday.\n\n"We have run out of road. The other side refuses to negotiate.\n\n"If we do not reach a deal, workers go unpaid," Lopez said.';
    const [, first, second] = analyseArticle(text).sentences;
    expect([first, second].map((s) => s.attributions)).toEqual([[expect.objectContaining({ name: 'Lopez', inherited: true })], [expect.objectContaining({ name: 'Lopez', inherited: true })]]);
    // (Not a stray mark inside a paragraph that opens on the writer's words.)
    const stray = analyseArticle('Republicans seethed over Clinton\'s "work-related” emails. The messages were deleted.\n\n"It is a scandal," Jordan said.').sentences;
    expect(stray[1].attributions).toEqual([]);
  });

  it('when "he noted" follows a named speaker, the pronoun takes the name', () => {
    expect(attributionsOf('000').find((a) => a.cueText === 'noted')).toMatchObject({ sourceText: 'he', name: 'Derek Grossman' });
  });

  it('when the writer says "I doubt it" after a named speaker, "I" stays the writer: an opinion, not a source', () => {
    const [, s] = analyseArticle('Housing minister Lee Anderson said on Monday that the plan would work.\n\nPerhaps the plan will surprise us, but I doubt it.').sentences;
    expect(s.attributions).toEqual([expect.not.objectContaining({ name: expect.anything() })]);
    expect(s.flags.map((f) => f.flag)).toEqual(expect.arrayContaining(['opinion']));
    expect(s.flags.map((f) => f.flag)).not.toContain('attributed');
  });
});

describe('analyseArticle on text of its own', () => {
  it.each([
    ['Hart has frozen fares. What does she make of national politics? "I try not to," she says.', false],
    ['Why the last-minute push? "We want to win," a spokesman said.', false],
    // Unanswered, or answered by the writer, the question still guesses.
    ['Hart has frozen fares. Will she run again? Nobody knows.', true],
  ])('when a question is followed by an answer in quotes, it is no speculation: %j', (text, speculative) => {
    const question = analyseArticle(text).sentences.find((s) => s.text.endsWith('?'))!;
    expect(question.flags.some((f) => f.flag === 'speculative')).toBe(speculative);
  });


  it.each([
    ['Pence Gives GOP A Boost With Solid Debate Win Over Kaine.', [], true],
    ['Sanders Vows To Eliminate Tax Breaks Used By Developers.', [['Sanders', 'Vows']], true],
    ['New Poll Shows Minor Post-Debate Bump For Clinton.', [['New Poll', 'Shows']], true],
    // Capitals mislead the tagger: only a headline's present tense counts as a cue.
    ['Al Qaeda Renews Its Focus on Attacking Israel', [], true],
    // A headline that a question splits in two.
    ["Is the Euphrates Drying Up? What Revelation 16:12 Says About Today's News", [['Revelation 16:12', 'Says']], true],
    // A question about what was said names no one speaking.
    ['What has the Chancellor said?', [], false],
    // A sentence capitalises no function word after its first.
    ['Donald Trump met Hillary Clinton on the stage in New York.', [], false],
    // Nor leaves a short verb in lower case between names: a sentence whatever its capitals; a number's ending is no word.
    ['Smith won two Oscars, for The Prime of Miss Jean Brodie in 1969 and California Suite in 1978.', [], false],
    ['Ava DuVernay’s ‘13th’ Explores The Evolution Of The U.S. Prison System.', [], true],
    // An outlet's name alone on its line is its credit, no one reporting.
    ['Local Democracy Reporting Service', [], true],
    // A list's numbered heading is a heading; a bulleted line with a verb states a fact.
    ['2. Nvidia soars', [], true],
    ['• Shares rose 6% after hours', [], false],
    ['• Related coverage', [], true],
    // So does one with a sum or a share; a link's count is none.
    ['• £2bn extra for NHS waiting lists', [], false],
    ['• 10 best beaches in Spain', [], true],
    // A stop inside a straight single quote closes a sentence; a pull quote in capitals set alone is a subheading.
    ["A spokesman said: 'We do not comment on former employees.'", [['A spokesman', 'said']], false],
    ["'Coal Isn't the Villain.'", [], true],
    // A sentence closed by a reference mark is no heading for want of a final stop.
    ['It was approved for medical use in 1955.[1]', [['[1]', '[1]']], false],
  ])('when a line reads %j, finds %j and marks it a heading: %s', (line, attributions, heading) => {
    const s = analyseArticle(`The council met on Monday to discuss the budget.\n\n${line}`).sentences.pop()!;
    expect(s.attributions.map((a) => [a.sourceText, a.cueText])).toEqual(attributions);
    expect(s.boilerplate).toBe(heading);
  });

  it("when the article's own outlet is named alone on a line, marks it furniture, not a claim", () => {
    const text = 'Greenfield Energy to build solar farm\n\nGreenfield Energy Inc.\nMarch 3, 2025\n\nGreenfield Energy Inc. today announced plans to build a solar farm.';
    const [, name, , lead] = analyseArticle(text, 'Greenfield Energy Inc.').sentences;
    expect([name.text, name.boilerplate]).toEqual(['Greenfield Energy Inc.', true]);
    expect(lead.boilerplate).toBe(false);
  });

  it('when a story opens on "they" with nothing before it to stand for, reads it as a weasel; later, as the people just told of', () => {
    const [, opening] = analyseArticle('Masts and madness\n\nThey don\'t want you to know this.').sentences;
    expect(opening.attributions.map((a) => a.sourceType)).toEqual(['weasel']);
    expect(opening.flags.map((f) => f.flag)).toContain('unsourced');
    const [, later] = analyseArticle('Residents packed the hall on Monday.\n\nThey said the masts should go.').sentences;
    expect(later.attributions.map((a) => a.sourceType)).toEqual(['person']);
  });

  it.each([
    ['Thousands of people across the country have reported strange symptoms.', 'Thousands of people across the country', 'weasel'],
    ['Doctors around the world have warned about the virus.', 'Doctors around the world', 'anonymous'],
  ])('when the subject is placed across or around somewhere (%j), the whole phrase is the source', (sentence, source, type) => {
    const [s] = analyseArticle(sentence).sentences;
    expect(s.attributions.map((a) => [a.sourceText, a.sourceType])).toEqual([[source, type]]);
  });

  it('when a stance is met from others ("faces criticism from"), the critics are the source and the writer judges nothing', () => {
    const [s] = analyseArticle('The Kremlin faces criticism from Western governments over its use of energy exports.').sentences;
    expect(s.attributions.map((a) => [a.sourceText, a.cueText])).toEqual([['Western governments', 'faces criticism from']]);
    expect(s.flags.map((f) => f.flag)).toEqual(['attributed']);
  });

  it("when an interview labels questions and answers, the answer's label speaks for its whole paragraph, the question's is the publication", () => {
    const { sentences } = analyseArticle('Q: Why strike now?\n\nA: Because pay fell 12 per cent. Network Rail paid out £28 million in bonuses last year.\n\nThe offer is fair, the department said.');
    expect(sentences.map((s) => s.attributions.map((a) => [a.sourceText, a.sourceType, !!a.inherited]))).toEqual([
      [['Q', 'self', false]],
      [['A', 'person', false]],
      [['A', 'person', true]],
      [['the department', 'organisation', false]],
    ]);
    expect(sentences[2].flags.map((f) => f.flag)).not.toContain('unsourced');
  });

  it("reads an interviewer's question as asking, not judging or guessing", () => {
    const { sentences } = analyseArticle('Interview with the minister\n\nQ: Waiting lists are at a record high. Is the NHS broken?\n\nA: No. I would do it again.');
    expect(sentences[1].flags.map((f) => f.flag)).not.toContain('opinion');
    expect(sentences[2].flags.map((f) => f.flag)).toEqual(['attributed']);
  });

  it('names the answers after the one the introduction says is talked to, not the interviewer named first', () => {
    const { sentences } = analyseArticle('Eleanor Shaw talks to Helen Price about potholes.\n\nQ: Why did you lose?\n\nA: We underestimated how angry people were.');
    expect(sentences.flatMap((s) => s.attributions).filter((a) => a.sourceText === 'A').map((a) => a.name)).toEqual(['Helen Price']);
  });

  it("ends an interview's answers at a line that cites someone itself and says nothing in the first person", () => {
    const { sentences } = analyseArticle('Interview\n\nQ: Will you stand again?\n\nA: No.\n\nQ: Why did you lose?\n\nA: We were arrogant.\n\nThe council said no, so we dropped it.\n\nPrice, 61, says she has no plans to stand again.');
    expect(sentences.slice(4).map((s) => [s.flags.some((f) => f.flag === 'quote'), s.attributions.map((a) => a.sourceText)])).toEqual([
      [true, ['A']],
      [true, ['The council']],
      [false, ['Price, 61']],
    ]);
  });

  it('names the answers after the person the introduction names, the one interviewed', () => {
    const { sentences } = analyseArticle('The Health Secretary, Wes Streeting, spoke to our political editor.\n\nQ: Is the NHS broken?\n\nA: It is broken. But it is not beyond repair.');
    const answers = sentences.flatMap((s) => s.attributions).filter((a) => a.sourceText === 'A');
    expect(answers.map((a) => [a.name, !!a.inherited])).toEqual([['Wes Streeting', false], ['Wes Streeting', true]]);
  });

  it('reads the headlines a link list gives under its label as page furniture, up to a line that states', () => {
    const { sentences } = analyseArticle('Storm nears Florida\n\nMillions were told to leave.\n\nRelated\nWhy is Hurricane Milton so dangerous?\nWatch: Aerial footage shows traffic jams\n\nForecasters warned of a storm surge.');
    expect(sentences.map((s) => [s.text, s.boilerplate])).toEqual([
      ['Storm nears Florida', true],
      ['Millions were told to leave.', false],
      ['Related', true],
      ['Why is Hurricane Milton so dangerous?', true],
      ['Watch: Aerial footage shows traffic jams', true],
      ['Forecasters warned of a storm surge.', false],
    ]);
  });

  it('never names the answers after the byline over the interview: the writer asks', () => {
    const { sentences } = analyseArticle("'We were never told the truth': Grenfell survivor speaks out\n\nBy Amelia Gentleman\n\nQ: When did you realise?\n\nA: It was about 1am.");
    const answers = sentences.flatMap((s) => s.attributions).filter((a) => a.sourceText === 'A');
    expect(answers.map((a) => a.name)).toEqual([undefined]);
  });

  it("splits the story's dateline off its first sentence, not a heading in capitals further down", () => {
    const text = 'Truce agreed\n\nPORT SUDAN, Nov 18, 2026 (AFP) - The army agreed to a truce, mediators said.\n\nMore fighting was reported.\n\nWe talked to doctors.\n\nThey were tired.\n\nTHE DOCTORS WARN — Hospitals are full, doctors said.';
    const { sentences } = analyseArticle(text);
    expect(sentences.map((s) => [s.text, s.boilerplate])).toEqual(
      expect.arrayContaining([
        ['PORT SUDAN, Nov 18, 2026 (AFP) -', true],
        ['The army agreed to a truce, mediators said.', false],
        ['THE DOCTORS WARN — Hospitals are full, doctors said.', false],
      ]),
    );
    // A date between dashes after the dateline's is the dateline's.
    expect(analyseArticle('Alderman convicted\n\nCHICAGO (AP) — June 3, 2026 — A federal jury convicted him.').sentences.map((s) => [s.text, s.boilerplate])).toEqual([
      ['Alderman convicted', true],
      ['CHICAGO (AP) — June 3, 2026 —', true],
      ['A federal jury convicted him.', false],
    ]);
  });

  it("reads an explainer's short questions alone on their lines as its headings, one alone as the writer asking", () => {
    const explainer = analyseArticle('What happened?\n\nA fire broke out at the substation, the fire brigade said.\n\nWas it deliberate?\n\nPolice said there was no sign of foul play.');
    expect(explainer.sentences.filter((s) => s.boilerplate).map((s) => s.text)).toEqual(['What happened?', 'Was it deliberate?']);
    // A short line alone is a sentence, not the headline of nothing.
    expect(analyseArticle('Of course not.').sentences.map((s) => s.boilerplate)).toEqual([false]);
    expect(analyseArticle('Of course not.\n\nThe minister said he would resign.').sentences.map((s) => s.boilerplate)).toEqual([true, false]);
    // A first line closing on a question or on nothing is the headline over the text; a lede ends on a stop.
    expect(analyseArticle('Fact check: Did the government really cut police numbers by 20,000?\n\nThe claim is broadly accurate.').sentences.map((s) => s.boilerplate)).toEqual([true, false]);
    expect(analyseArticle('Is this the end? What the Bible says about Iran\n\nPastors disagree.').sentences.map((s) => s.boilerplate)).toEqual([true, true, false]);
    expect(analyseArticle('Police cut by 20,000 since 2010, figures show.\n\nThe claim is broadly accurate.').sentences.map((s) => s.boilerplate)).toEqual([false, false]);
    // Nor under a section's label, stops and all.
    expect(analyseArticle("Opinion: The Electoral College is broken. Here's how to fix it.\n\nIt is time to act.").sentences.map((s) => s.boilerplate)).toEqual([true, true, false]);
    // A wire's dateline with a day and no place.
    const wire = analyseArticle('Nvidia beats forecasts\n\nNov 20 (Reuters) - Nvidia on Wednesday forecast revenue above estimates.');
    expect(wire.sentences.map((s) => [s.text, s.boilerplate])).toEqual([['Nvidia beats forecasts', true], ['Nov 20 (Reuters) -', true], ['Nvidia on Wednesday forecast revenue above estimates.', false]]);
    // An explainer's "Q." and "A." are labels, its questions headings; "A. Smith said" alone is an initial.
    const qa = analyseArticle('Tariffs explained\n\nQ. What has been announced?\n\nA. The government has confirmed a 10% tariff.\n\nQ. Will prices rise?\n\nA. Ministers say not.');
    expect(qa.sentences.filter((s) => !s.boilerplate).map((s) => [s.text, s.attributions.map((a) => a.sourceText)])).toEqual([
      ['The government has confirmed a 10% tariff.', ['The government']],
      ['Ministers say not.', ['Ministers']],
    ]);
    expect(analyseArticle('Talks\n\nA. Smith said the talks were over.').sentences[1].attributions.map((a) => a.sourceText)).toEqual(['A. Smith']);
    // A Russian wire's: the day closed by a stop, the wire between slashes.
    const tass = analyseArticle('Kremlin rejects plan\n\nMOSCOW, November 28. /TASS/. The plan amounts to theft, Dmitry Peskov told reporters.');
    expect(tass.sentences.map((s) => s.boilerplate)).toEqual([true, true, true, false]);
    // The note on the writer under the byline, as at the end.
    const oped = analyseArticle('The four-day week is coming\n\nBy Dana Whitlock\n\nDana Whitlock is a labour economist and a contributing writer for Opinion.\n\nEvery few decades, the working week changes.');
    expect(oped.sentences.filter((s) => !s.boilerplate).map((s) => s.text)).toEqual(['Every few decades, the working week changes.']);
    // (Or among the last lines, a contributor's credit under it.)
    const credited = 'Israel strikes Hezbollah targets\n\nBy Chantal Da Silva\n\nIsrael carried out strikes on Tuesday, the military said.\n\nChantal Da Silva\nChantal Da Silva is a senior reporter for NBC News Digital, based in London.\nReuters contributed.';
    expect(analyseArticle(credited, 'NBC News').sentences.filter((s) => !s.boilerplate).map((s) => s.text)).toEqual(['Israel carried out strikes on Tuesday, the military said.']);
    const handles = 'Shutdown looms\n\nBy Elizabeth Elkind\n\nThe House unveiled a bill on Thursday.\n\nElizabeth Elkind is a politics reporter for Fox News Digital.\nFollow her on Twitter at @liz_elkind and send tips to elizabeth.elkind@fox.com';
    expect(analyseArticle(handles, 'Fox News').sentences.filter((s) => !s.boilerplate).map((s) => s.text)).toEqual(['The House unveiled a bill on Thursday.']);
    // Headers on one line after a separator.
    const headers = analyseArticle('Pop star engaged\n\nPublished: 21:14, 2 December 2026 | Updated: 23:02, 2 December 2026\n\nThe singer is engaged, her friends said.');
    expect(headers.sentences.filter((s) => !s.boilerplate).map((s) => s.text)).toEqual(['The singer is engaged, her friends said.']);
    // A live blog's entry: the short line under its time heads it, a question included.
    const live = analyseArticle('09:42 GMT\nWhat is a red warning?\n\nA red warning is the most serious alert the Met Office issues.');
    expect(live.sentences.filter((s) => s.boilerplate).map((s) => s.text)).toEqual(['09:42 GMT', 'What is a red warning?']);
    const column = analyseArticle('The Fed will cut rates again.\n\nAre you ready?\n\nPrices will rise.');
    expect(column.sentences[1]).toMatchObject({ boilerplate: false, flags: [expect.objectContaining({ flag: 'speculative' })] });
  });

  it("when a transcript's speaker goes on in the paragraphs after their label, keeps those words theirs until the next label", () => {
    const { sentences } = analyseArticle(
      'Press Briefing\n\nMS. JEAN-PIERRE: Good afternoon.\n\nToday the President signed an order. It will save seniors $400 a year.\n\nQ: Will he veto the bill?\n\nMS. JEAN-PIERRE: Not today.',
    );
    const said = sentences.filter((x) => x.text.startsWith('Today') || x.text.startsWith('It will'));
    expect(said.map((x) => [x.attributions.map((a) => a.name), x.flags.map((f) => f.flag)])).toEqual([
      [['Jean-Pierre'], ['attributed', 'quote']],
      [['Jean-Pierre'], ['attributed', 'quote']],
    ]);
    // A label in mixed case, or one met once, speaks for its own paragraph only.
    const once = analyseArticle('Sanders: Clinton must release the transcripts.\n\nThe senator spoke in Iowa on Monday.').sentences[1];
    expect(once.attributions).toEqual([]);
  });

  it("when a transcript labels its speakers in capitals, names them as the article does and keeps their words theirs", () => {
    const { sentences } = analyseArticle(
      'Press Briefing by Press Secretary Karine Jean-Pierre\n\nMS. JEAN-PIERRE: Look, we believe we are on solid legal ground. The department reviewed it.\n\nQ: Republicans call it overreach. How do you respond?',
    );
    const [, first, second, question] = sentences;
    expect(first.attributions.map((a) => [a.sourceText, a.name])).toEqual([['MS. JEAN-PIERRE', 'Karine Jean-Pierre']]);
    // The speaker's "we believe" and "solid" are hers, no view of the writer's.
    expect(first.flags.map((f) => f.flag)).toEqual(['attributed', 'quote']);
    expect(second.attributions).toEqual([expect.objectContaining({ name: 'Karine Jean-Pierre', inherited: true })]);
    // The interviewer's question is the publication's own, no quote.
    expect(question.flags.map((f) => f.flag)).not.toContain('quote');
    // An interview's label met again, in any case, is a transcript's too.
    const interview = analyseArticle('Nurse speaks out\n\nCole: Patients were at risk every night.\n\nWhat did managers say?\n\nCole: They told me to keep quiet.').sentences;
    expect(interview.filter((x) => x.text.startsWith('Cole')).map((x) => x.flags.map((f) => f.flag))).toEqual([
      ['attributed', 'quote'],
      ['attributed', 'quote'],
    ]);
    // A copy's credit to an outlet is no speech (seed 002's "U.S. News: …").
    const credit = analyseArticle('The council met on Monday.\n\nU.S. News: China is prepared to recognize the Taliban, U.S. News has learned.').sentences[1];
    expect(credit.flags.map((f) => f.flag)).not.toContain('quote');
  });

  it('when a body is cited again by a word for its kind, or as "it" right after, names the body it was', () => {
    const { sentences } = analyseArticle(
      'The National Highway Traffic Safety Administration said the warning may fail. The recall covers 2021 models, the agency said. Tesla will fix it, it added. The Department of Transport said it was reviewing. The department added that talks continue. The ministry said nothing.',
    );
    expect(sentences.flatMap((s) => s.attributions.map((a) => [a.sourceText, a.name ?? null]))).toEqual([
      ['The National Highway Traffic Safety Administration', 'National Highway Traffic Safety Administration'],
      ['the agency', 'National Highway Traffic Safety Administration'],
      ['it', 'National Highway Traffic Safety Administration'],
      ['The Department of Transport', 'Department of Transport'],
      ['The department', 'Department of Transport'],
      ['The ministry', 'ministry'],
    ]);
  });

  it.each([
    // A firm the text shows by its shares, results or legal form, whether or not it spoke.
    ['Apple’s shares fell 4% on Thursday. The tech giant said revenue rose. The company declined to comment.', [['The tech giant', 'Apple'], ['The company', 'Apple']]],
    ['On Thursday Apple’s shares fell. The company said nothing.', [['The company', 'Apple']]],
    // The later of a body that spoke and a firm shown.
    ['Shares in Tesla rose. Tesla said sales rose. Shares in Ford fell 5% on Monday. The carmaker said demand was weak.', [['Tesla', 'Tesla'], ['The carmaker', 'Ford']]],
    ['Barclays’ shares rose. The bank said profits were up.', [['The bank', 'Barclays']]],
    ['Shares in Ocado slumped 12pc after the online grocer cut its sales forecast.', [['the online grocer', 'Ocado']]],
    // A space agency known by its acronym; "body" for a body of any kind.
    ['Nasa has delayed the launch until April. The space agency said engineers needed more time.', [['The space agency', 'Nasa']]],
    ['The WHO declared an emergency on Monday. The health body said cases had doubled.', [['The WHO', 'WHO'], ['The health body', 'WHO']]],
    // A think tank by the name of its kind ("Foundation", "Institute"); "organisation" for a body of any kind.
    ['The Resolution Foundation published a report on Monday. Households in the North East saw the biggest falls, the think tank said.', [['The Resolution Foundation', 'Resolution Foundation'], ['the think tank', 'Resolution Foundation']]],
    ['The World Health Organization declared an emergency. The organisation said cases were rising.', [['The World Health Organization', 'World Health Organization'], ['The organisation', 'World Health Organization']]],
    // A kind's word after two words for the trade.
    ['Unilever declined to comment. The private equity firms did not respond. The consumer goods giant said in March it planned to separate the business.', [['Unilever', 'Unilever'], ['The private equity firms', 'private equity firms'], ['The consumer goods giant', 'Unilever']]],
    // An airline named by its kind's word.
    ['A Yeti Airlines plane crashed on Sunday. There were 68 passengers on board, according to the airline.', [['the airline', 'Yeti Airlines']]],
    // A union named as an association.
    ['The British Medical Association has announced a strike. The union said talks had failed.', [['The British Medical Association', 'British Medical Association'], ['The union', 'British Medical Association']]],
    // No firm shown: the word stays as it is.
    ['Prices rose again. The company said demand was strong.', [['The company', 'company']]],
    // A body named by its kind's word a few sentences before, spoken or not; not one named as a document's maker,
    // nor one named long before, nor a kind's word opening a sentence.
    ['The Federal Reserve held rates on Wednesday. Markets rose. In a statement, the central bank said inflation had eased.', [['the central bank', 'Federal Reserve']]],
    ['A Government Accountability Office report found that the agency failed. The agency said it would improve.', [['The agency', 'agency']]],
    ['Bank shares fell. The bank said nothing.', [['The bank', 'bank']]],
    // The body's name without the stop that closes its sentence.
    ['Karen Doyle admitted fraud at Manchester Crown Court. The court heard that she used the cards.', [['The court', 'Manchester Crown Court']]],
    // A campaign or a team named with its leader.
    ["Donald Trump's campaign said the ad was false. The campaign says it will sue.", [["Donald Trump's campaign", "Donald Trump's campaign"], ['The campaign', "Donald Trump's campaign"]]],
    ['The Federal Reserve held rates. Prices rose. Wages rose. Rents rose. Fares rose. The bank said it was watching.', [['The bank', 'bank']]],
    // A state is no company; nor is a sentence's opening adverb, before the kind's word in apposition.
    ['Russia said the talks had failed. The company said profits rose.', [['Russia', 'Russia'], ['The company', 'company']]],
    ['Prices rose again. Later, the company said demand was strong.', [['the company', 'company']]],
    // The EU is no company; Apple, named in the quote, is.
    ["\"Apple abused its position,\" said Margrethe Vestager, the EU's competition commissioner. In a statement, the company said it would appeal.", [['the company', 'Apple']]],
    // In its own sentence, the body the sentence is about, named first; a firm the lists know is one wherever it stands.
    ['Unilever has agreed to sell its ice cream arm to private equity firm KKR, the company said on Monday.', [['the company', 'Unilever']]],
    // (A firm by its shares opening the sentence, whatever body spoke before.)
    ['Bitcoin could hit $200,000, according to Standard Chartered. Shares of Tesla jumped 5% after the company said it would start production early.', [['Standard Chartered', 'Standard Chartered'], ['the company', 'Tesla']]],
    // A centre, office or force, when the word before it is in the name (or there is none).
    ['The National Hurricane Center said the storm came ashore. The hurricane center said rain could cause flooding.', [['The National Hurricane Center', 'National Hurricane Center'], ['The hurricane center', 'National Hurricane Center']]],
    ['The Office for National Statistics said inflation fell. The statistics office said rents rose.', [['The Office for National Statistics', 'Office for National Statistics'], ['The statistics office', 'Office for National Statistics']]],
    ['Avon and Somerset Police said a man had been arrested. The force said inquiries were continuing.', [['Avon and Somerset Police', 'Avon and Somerset Police'], ['The force', 'Avon and Somerset Police']]],
    ['The National Hurricane Center said the storm came ashore. The shopping center said it would close.', [['The National Hurricane Center', 'National Hurricane Center'], ['The shopping center', 'shopping center']]],
    // "The forecaster" after a weather service is the service; with none named before, a person (no body here).
    ['The Met Office said snow was likely. The forecaster added that power cuts were possible.', [['The Met Office', 'Met Office'], ['The forecaster', 'Met Office']]],
    ['Snow is likely. The forecaster added that power cuts were possible.', []],
    ['Starbucks is closing hundreds of stores, the company said. The Seattle-based company did not say how many.', [['the company', 'Starbucks'], ['The Seattle-based company', 'Starbucks']]],
    // A British paper's capitalised short name; not the owner's name in a body's it owns ("the Bank's Monetary Policy Committee").
    ["The Bank of England held rates. The Bank's Monetary Policy Committee voted five to four. The Bank now expects inflation to fall.", [['The Bank', 'Bank of England']]],
    // "A" opening "A spokesperson for…" is no firm, though a firm's spokesperson follows it.
    ['Executives at Southern Vale Water were warned. A spokesperson for Southern Vale Water said it was untrue. The company said it had invested £2.1bn.', [['The company', 'Southern Vale Water']]],
    // Not the exchange a filing went to; a body that spoke as "A British fashion retailer" is "the retailer" past others named since.
    [
      'A British fashion retailer has confirmed a breach. According to a filing with the London Stock Exchange, the company expects costs of £15m. The attack was claimed by a gang known as ShinyHunters, which posted records online. The retailer apologised.',
      [['A British fashion retailer', 'British fashion retailer'], ['the company', 'British fashion retailer'], ['The retailer', 'British fashion retailer']],
    ],
  ])('names the body a word for its kind stands for in %j', (text, expected) => {
    const { sentences } = analyseArticle(text);
    const bodies = sentences.flatMap((s) => s.attributions.filter((a) => a.sourceType === 'organisation'));
    expect(bodies.map((a) => [a.sourceText, a.name])).toEqual(expected);
  });

  it("when a body's officer speaks right after it as 'Its president', gives the officer that body, in the quote's next sentences too", () => {
    const { sentences } = analyseArticle('The Royal College of Emergency Medicine said corridor care was a disgrace. Its president, Dr Adrian Boyle, said: "Patients are dying. This is not safe."');
    expect(sentences[1].attributions).toMatchObject([{ sourceType: 'person', name: 'Adrian Boyle', role: 'president', organisation: 'Royal College of Emergency Medicine' }]);
    expect(sentences[2].attributions).toMatchObject([{ inherited: true, name: 'Adrian Boyle', organisation: 'Royal College of Emergency Medicine' }]);
  });

  it.each([
    ['Thames Water said the site had been upgraded. "We have invested £12m," a company spokesman said.', 'Thames Water'],
    ['Thames Water said the site had been upgraded. "We have invested £12m," a spokesman for the company said.', 'Thames Water'],
    ['Leeds City Council approved the plan. A council spokeswoman said it was final.', 'Leeds City Council'],
    // With no body of the kind named, the speaker's body stays unnamed.
    ['Prices rose again. A company spokesman said demand was strong.', undefined],
  ])("when an unnamed speaker speaks for a body by its kind's word, gives them the body named before: %j", (text, body) => {
    const speaker = analyseArticle(text).sentences.flatMap((s) => s.attributions).find((a) => a.sourceType === 'anonymous')!;
    expect(speaker.organisation).toBe(body);
  });

  it("when a body's officer is named first, 'its chief executive' after, gives the officer that body", () => {
    const { sentences } = analyseArticle('Universities UK said most universities faced a deficit. Vivienne Stern, its chief executive, said: "We are not crying wolf."');
    expect(sentences[1].attributions).toMatchObject([{ sourceType: 'person', name: 'Vivienne Stern', role: 'chief executive', organisation: 'Universities UK' }]);
  });

  it('reads "she" after a person named by post only, with no one named before, as that post', () => {
    const { sentences } = analyseArticle('The mayor defended the cuts on Monday. "Nobody wanted to be here," she said.');
    expect(sentences[1].attributions[0]).toMatchObject({ sourceText: 'she', role: 'mayor' });
  });

  it('reads "One resident, Linda Park" as the person named, of that kind', () => {
    const [a] = analyseArticle('One resident, Linda Park, said she had never seen anything like it.').sentences[0].attributions;
    expect(a).toMatchObject({ sourceType: 'person', name: 'Linda Park', role: 'One resident' });
  });

  it('reads "they" speaking right after a group spoke as that group', () => {
    const { sentences } = analyseArticle('The family of Sarah Mitchell have paid tribute to her. In a statement, they said: "We are heartbroken."');
    expect(sentences[1].attributions[0]).toMatchObject({ sourceText: 'they', sourceType: 'anonymous' });
    // An unnamed group, by the words that introduced it, so the store counts one source.
    const [, decision] = analyseArticle('The scheme will be extended, official sources said on Saturday. The decision is expected next week, they said.').sentences;
    expect(decision.attributions[0]).toMatchObject({ sourceText: 'they', sourceType: 'anonymous', name: 'official sources' });
    // Past a sentence about the group that cites no one.
    const [, , insist] = analyseArticle('Officials assured us that price rises were transitory. They were wrong. Now they insist the job is done.').sentences;
    expect(insist.attributions[0]).toMatchObject({ sourceText: 'they', sourceType: 'anonymous', name: 'Officials' });
  });

  it('reads "they" right after a sentence opening on people in the plural, citing no one, as those people', () => {
    const { sentences } = analyseArticle('The researchers, led by Alberto Ascherio, followed 10 million recruits. They found that the virus raised the risk.');
    expect(sentences[1].attributions[0]).toMatchObject({ sourceText: 'They', sourceType: 'anonymous', name: 'The researchers' });
    // A thing opening it is no one "they" can mean.
    const [, found] = analyseArticle('The figures, published on Monday, were grim. They found that the virus raised the risk.').sentences;
    expect(found.attributions[0]).toMatchObject({ sourceText: 'They', sourceType: 'person' });
  });

  it('reads "told the paper" as told to the outlet last named', () => {
    const { sentences } = analyseArticle('Prince Harry is planning a return, according to The Times. A friend of the Duke told the paper that he was looking forward to it.');
    expect(sentences[1].attributions.map((a) => [a.sourceText, a.sourceType, a.name ?? null])).toEqual([
      ['A friend of the Duke', 'anonymous', null],
      ['the paper', 'outlet', 'The Times'],
    ]);
  });

  it('reads "he" after a full name introduced with an age anywhere in a sentence as that person', () => {
    const { sentences } = analyseArticle('The boat rocks gently as Tom Harland, 71, untangles a net.\n\n"There were forty boats here," he says.');
    expect(sentences[1].attributions[0]).toMatchObject({ sourceText: 'he', name: 'Tom Harland' });
  });

  it('reads "he" after a full name opening a sentence past a phrase of time or a clause\'s opening word as that person', () => {
    const { sentences } = analyseArticle('For 40 years, Jimmy Stout climbed the 96 steps of the lighthouse.\n\n"You never really stop being a keeper," he says.');
    expect(sentences[1].attributions[0]).toMatchObject({ sourceText: 'he', name: 'Jimmy Stout' });
    const [opening] = analyseArticle('When Mayor Rob Allen first learned the water was contaminated, he assumed the state would step in.').sentences;
    expect(opening.attributions[0]).toMatchObject({ sourceText: 'he', name: 'Rob Allen' });
  });

  it("reads the writer's signpost before a list as no one speaking, so the list below is no one's words", () => {
    const { sentences } = analyseArticle('Three girls have died in Southport.\n\nHere is what we know:\n\n- Police were called to Hart Street at 11:47 on Monday.');
    expect(sentences.map((s) => s.attributions.length)).toEqual([0, 0, 0]);
    expect(sentences[2].flags.map((f) => f.flag)).not.toContain('quote');
  });

  it('reads a short sentence opening a new paragraph after a quote as no speech tag: the quote stays its own speaker\'s', () => {
    const text = 'The decline, he believes, began with the quotas. "Brussels decided how many fish we could catch."\n\nNot everyone agrees.';
    const { sentences } = analyseArticle(`Tom Harland, 71, fishes here. ${text}`);
    expect(sentences[2].attributions.map((a) => [a.sourceText, a.inherited])).toEqual([['he', true]]);
    expect(sentences[3].attributions[0]).toMatchObject({ sourceText: 'Not everyone', sourceType: 'weasel' });
  });

  it('reads "it" after a sentence opening on a document as that document, telling a clause without "that"', () => {
    const { sentences } = analyseArticle('The exit poll is out. It suggests Labour will win 410 seats.');
    expect(sentences[1].attributions).toMatchObject([{ sourceText: 'It', sourceType: 'document', cueText: 'suggests' }]);
  });

  it.each([
    ['The hospital, Asante Rogue Regional Medical Center, has been sued by families. It has denied wrongdoing.', { sourceType: 'organisation', name: 'Asante Rogue Regional Medical Center' }],
    ['The Federal Reserve held rates steady on Wednesday. It said inflation was too high.', { sourceType: 'organisation', name: 'Federal Reserve' }],
    // A thing the sentence opens on is no speaker.
    ['The storm hit Florida on Monday. It said nothing.', { sourceType: 'unknown' }],
    // The body that opened the sentence before speaking, not one that spoke in its relative clause.
    ['The Israeli military said it had struck Hamas targets, a charge Hamas denies. It did not comment on specific strikes.', { sourceType: 'organisation', name: 'Israeli military' }],
  ])('reads "it" after a sentence opening on a body as that body: %s', (text, expected) => {
    expect(analyseArticle(text).sentences[1].attributions[0]).toMatchObject(expected);
  });

  it.each([
    ['The Dallas Cowboys placed Dak Prescott on injured reserve. The Cowboys said he would have surgery.', { sourceType: 'organisation', name: 'Dallas Cowboys' }],
    // No club named before: the people so called stay unnamed.
    ['The Cowboys said he would have surgery.', { sourceType: 'anonymous' }],
  ])('reads a team by its name alone as the club named in full before: %s', (text, expected) => {
    const { sentences } = analyseArticle(text);
    expect(sentences.flatMap((s) => s.attributions).at(-1)).toMatchObject(expected);
  });

  it('reads a body\'s kind alone before a post, opening the sentence, as the body named before: "Council leader Tony Dyer"', () => {
    const { sentences } = analyseArticle('Bristol City Council has approved a rise in council tax. Council leader Tony Dyer said the increase was painful.');
    expect(sentences[1].attributions[0]).toMatchObject({ name: 'Tony Dyer', organisation: 'Bristol City Council' });
  });

  it('reads a post owned by a body mentioned by its kind as that body\'s: "The agency\'s chief executive"', () => {
    const { sentences } = analyseArticle('The UK Health Security Agency said cases were rising. The agency\'s chief executive, Dame Jenny Harries, said vaccination was vital.');
    expect(sentences[1].attributions[0]).toMatchObject({ name: 'Jenny Harries', organisation: 'UK Health Security Agency' });
    // (The post after the name too.)
    const after = analyseArticle('The Environment Agency said 200 warnings were in place. "Do not drive through flood water," said Caroline Douglass, the agency\'s flood duty manager.');
    expect(after.sentences[1].attributions[0]).toMatchObject({ name: 'Caroline Douglass', organisation: 'Environment Agency' });
  });

  it.each([
    ['Jane Doe, who heads the Institute for Fiscal Studies, said the plan was unfunded.', { role: 'head', organisation: 'Institute for Fiscal Studies' }],
    ['Bill Gates, who co-founded Microsoft, said AI would change everything.', { role: 'co-founder', organisation: 'Microsoft' }],
    // No body by its name: a bakery, a person's campaign.
    ['John Smith, who runs a bakery in Leeds, said prices were rising.', { role: undefined, organisation: undefined }],
    ["Rucker Culpepper, who runs Clinton's outreach to veterans, said Trump was unfit.", { role: undefined, organisation: undefined }],
  ])('reads the post and the body a "who" aside gives a named speaker in %j', (text, expected) => {
    const [a] = analyseArticle(text).sentences[0].attributions;
    expect({ role: a.role, organisation: a.organisation }).toEqual(expected);
  });

  it('when an unnamed spokesperson speaks right after a body, gives them that body', () => {
    const { sentences } = analyseArticle('The Department for Education said it was offering bursaries. A spokesperson added: "There are more teachers than ever."');
    expect(sentences[1].attributions).toMatchObject([{ sourceType: 'anonymous', sourceText: 'A spokesperson', organisation: 'Department for Education' }]);
  });

  it("when a post is embedded with its signature under it, gives the post's sentences to the signer, quoted", () => {
    const { sentences } = analyseArticle('Musk attacks PM\n\nThe billionaire posted again on Friday.\n\nStarmer must go. He is complicit in the rape of Britain.\n— Elon Musk (@elonmusk) January 3, 2025\n\nDowning Street dismissed the comments.');
    const post = sentences.filter((s) => s.text.startsWith('Starmer') || s.text.startsWith('He is'));
    expect(post.map((s) => [s.attributions.map((a) => [a.sourceText, a.inherited]), s.flags.map((f) => f.flag)])).toEqual([
      [[['Elon Musk', true]], ['attributed', 'quote']],
      [[['Elon Musk', true]], ['attributed', 'quote']],
    ]);
    expect(sentences.find((s) => s.text.startsWith('—'))).toMatchObject({ boilerplate: true, flags: [] });
  });

  it("on a letters page, gives each letter to the name signed under it, the writer's 'I' too, and keeps whom it cites", () => {
    const { sentences } = analyseArticle(
      'The four-day week is no cure | Letters\n\nCare workers cannot compress their shifts. The minister said it was voluntary.\nMargaret Hollis\nStockport\n\nI fear the results are oversold.\nProf Anne Whitaker\nUniversity of Exeter',
    );
    expect(sentences.filter((s) => !s.boilerplate).map((s) => s.attributions.map((a) => a.sourceText))).toEqual([
      ['Margaret Hollis'],
      ['Margaret Hollis', 'The minister'],
      ['Prof Anne Whitaker'],
    ]);
    expect(sentences.find((s) => s.text === 'I fear the results are oversold.')?.flags.map((f) => f.flag)).toContain('quote');
  });

  it("on a letters page titled under the paper's name, gives the letter to the name in capitals signed under its closing words", () => {
    const { sentences } = analyseArticle(
      "The Irish Times\n\nLetters to the Editor\n\nHousing needs action\n\nSir, – Young people spend half their income on rent. The Government has failed.\n\n– Yours, etc,\n\nMARY O'SULLIVAN,\n\nRathmines,\n\nDublin 6.",
    );
    expect(sentences.filter((s) => s.text.startsWith('Sir') || s.text.startsWith('The Government')).map((s) => s.attributions.map((a) => a.name))).toEqual([["Mary O'Sullivan"], ["Mary O'Sullivan"]]);
  });

  it('when a line stands over a byline, marks it a heading, whatever its punctuation', () => {
    const [headline] = analyseArticle("Hydrogen hype: is Teesside's £1.2bn plant too good to be true?\n\nBy Marcus Bell, Business Editor\n\nThe plant will create 2,000 jobs, its backers claim.").sentences;
    expect(headline).toMatchObject({ boilerplate: true, flags: [] });
  });

  it('when a line asks readers to follow the writer on social media, marks it boilerplate', () => {
    const { sentences } = analyseArticle('PENCE: We will win.\nFollow Pam Key on Twitter @pamkeyNEN.');
    expect(sentences[1]).toMatchObject({ boilerplate: true, flags: [], attributions: [] });
  });

  it('when a line ends with a colon after a speaker, the next line inherits the speaker, and only that line', () => {
    const { sentences } = analyseArticle('The host spoke on Monday.\nLimbaugh added:\nThis reeks of fear.\nThe weather was fine.');
    expect(sentences.map((s) => s.attributions.map((a) => [a.sourceText, a.inherited ?? false]))).toEqual([[], [['Limbaugh', false]], [['Limbaugh', true]], []]);
  });

  it('when a colon closes a clause past the cue, the line after it is no one’s', () => {
    const { sentences } = analyseArticle("Shares fell.\n\nHere's how the company did, compared with what Wall Street was expecting, based on a survey of analysts:\n\nRevenue rose 78% from a year earlier.");
    expect(sentences[2].attributions).toEqual([]);
  });

  it('when a paragraph after "X added:" goes on, every sentence of it is X’s, up to the paragraph’s end', () => {
    const { sentences } = analyseArticle('The host spoke on Monday.\nLimbaugh added:\nThis reeks of fear. She can’t win without help? I mean, that’s the message.\nThe weather was fine.');
    expect(sentences.map((s) => s.attributions.map((a) => a.sourceText))).toEqual([[], ['Limbaugh'], ['Limbaugh'], ['Limbaugh'], ['Limbaugh'], []]);
  });

  it('when a paragraph after "X said:" has no quote marks, flags it a quote whose judging words are X’s, not the writer’s', () => {
    const { sentences } = analyseArticle('Funding rises.\n\nHealth Secretary Wes Streeting said:\n\nThis government promised to fix the NHS, and that is exactly what we are doing.');
    expect(sentences[2].flags.map((f) => f.flag)).toEqual(['attributed', 'quote']);
  });

  it.each([
    ['Price shouted to the crowd. "The nation is watching Virginia. We have to show that we have his back."', 'Price'],
    ["''We're not a burden on America,'' the president added. ''We're America.''", 'the president'],
  ])('when a quote opens after an attributed sentence of its paragraph (%j), every sentence of it is %s’s', (text, speaker) => {
    const { sentences } = analyseArticle(text);
    expect(sentences.slice(1).map((s) => s.attributions.map((a) => a.sourceText))).toEqual(sentences.slice(1).map(() => [speaker]));
  });

  it('when a whole quote follows an attributed sentence, the quote is that speaker’s', () => {
    const { sentences } = analyseArticle('Cummings called him a master at bolting together deals.\n“He showed again and again an ability to put together deals.”');
    expect(sentences[1].attributions).toEqual([expect.objectContaining({ sourceText: 'Cummings', inherited: true })]);
  });

  it.each([
    ['"It was dark," she says. "I hid."\nWhat changed?\n"My physio refused to give up on me."', ['she']],
    // (A question inside a paragraph is the writer's, and the quote after it is left to its own tag.)
    ['"It was dark," she says. What changed after that? "My physio refused to give up on me."', []],
  ])("when an interviewer's question stands alone between a speaker's quotes (%j), the quote after it is the speaker's: %j", (text, speakers) => {
    const { sentences } = analyseArticle(text);
    expect(sentences.at(-1)!.attributions.map((a) => a.sourceText)).toEqual(speakers);
  });

  it('when a quote after an attributed sentence runs on to a speech tag, the quote takes the later speaker', () => {
    const { sentences } = analyseArticle('Trump said the deal was bad.\n“It is a good deal. It saves money,” Clinton replied.');
    expect(sentences[1].attributions).toEqual([expect.objectContaining({ sourceText: 'Clinton', inherited: true })]);
  });

  it('when an outlet alone introduces the next line, the line inherits the outlet', () => {
    const { sentences } = analyseArticle('The company lost money in 1995.\nThe New York Times reports:\nThe loss was large.');
    expect(sentences[2].attributions).toEqual([expect.objectContaining({ sourceText: 'The New York Times', sourceType: 'outlet', inherited: true })]);
  });
});
