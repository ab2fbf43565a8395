import { checkedClaim, dashCredit, forwardedFrom, isLettersPage, letterSignature, postSignature, referenceMarks, speakerLabel } from '../../../src/core/attribution/labels';
import { parseText } from '../../../src/core/text/parse';

const first = (text: string) => parseText(text)[0];

describe('speakerLabel', () => {
  it.each([
    ['WALLACE: Let’s start with the economy.', 'WALLACE', 'person'],
    // A broadcast transcript's, with the post or the party after the name.
    ['JAKE TAPPER, CNN HOST: Welcome back to STATE OF THE UNION.', 'JAKE TAPPER', 'person'],
    ['SEN. AMY KLOBUCHAR (D-MN): Thanks, Jake.', 'SEN. AMY KLOBUCHAR', 'person'],
    // A programme's name over what it aired.
    ['CNN State of the Union: Interview with Senator Amy Klobuchar', null, null],
    ['Sanders: Clinton needs to release her transcripts', 'Sanders', 'person'],
    ['U.S. News: China is ready to recognise the Taliban.', 'U.S. News', 'outlet'],
    // Page labels and headline phrases name no one.
    ['Update: The road has reopened.', null, null],
    ['Prediction: Liverpool should have too much for City.', null, null],
    ['Team news: Konate misses out with a knee injury.', null, null],
    // A clickbait alert over a headline.
    ['SHOCKING: Government hiding the truth about 5G, insiders reveal', null, null],
    ['Stealth Over Health: the hidden costs of care', null, null],
    ['THE GREAT RESET IS HERE: What They Don\'t Want You To Know', null, null],
    ['Veto Power Impedes Peace Efforts: Eliminating war is one of its goals.', null, null],
    // A named storm or operation is a headline's topic.
    ['Storm Ciarán: Thousands without power as 100mph winds batter coast', null, null],
    // A town a headline is datelined from says nothing.
    ['Mumbai: 3 held for cheating investors of Rs 12 crore', null, null],
    // A state's name over news of it says nothing; one saying what must be, or in the first person, speaks.
    ['Germany: Police raid the homes of suspects in six states', null, null],
    ['China: US must stop arming Taiwan', 'China', 'organisation'],
    ['Israel: We will respond to any attack', 'Israel', 'organisation'],
    // A headline's subtitle after its topic; a headline said in Title Case still speaks.
    ['North Korea and Russia: An Alliance Built on Shells and Secrets', null, null],
    // A transcript's label, a title before the name, or a line going on past its sentence, is a speaker's.
    ['MS. LEAVITT: The President spoke to the governor on Monday.', 'MS. LEAVITT', 'person'],
    ['LEAVITT: The President spoke to the governor. He made clear that aid will flow.', 'LEAVITT', 'person'],
    // A briefing's questioner is a reporter, unnamed.
    ['QUESTION: Can you say whether Israel has agreed?', 'QUESTION', 'anonymous'],
    // A body's acronym in capitals is the body, not a transcript's speaker.
    ['NTSB: Pilot reported engine trouble minutes before crash', 'NTSB', 'organisation'],
    // A title's part after its name.
    ['Dune: Part Two is in cinemas from 1 March.', null, null],
    // A team's ratings or line-up, a list with no verb, is no one's words.
    ['Arsenal: Raya 7; White 6, Saliba 8, Gabriel 7, Calafiori 6; Rice 8, Odegaard 7.', null, null],
    ['Chelsea: Sanchez; James, Colwill, Fofana; Caicedo, Enzo; Palmer.', null, null],
    // A paper's sections and a newsletter's signposts are labels of the page.
    ['Results: Higher step counts were associated with a lower risk of death.', null, null],
    ['CONCLUSIONS: Walking more is linked to longer life.', null, null],
    ["Why it matters: The Fed's decision affects millions of borrowers.", null, null],
    // A paper's own sections over a headline.
    ['Letters: The four-day week is a luxury we cannot afford', null, null],
    ['Review: A brave, baggy epic that never quite lands', null, null],
    // A newsletter's name before its subject; a body speaking in the first person.
    ['The Morning Brief: Fed holds rates, Nvidia soars', null, null],
    ['The Pentagon: We did not strike the school.', 'The Pentagon', 'organisation'],
    ['Sanders: The System Is Rigged', 'Sanders', 'person'],
    // A fact check's parts are labels of the page.
    ['CLAIM: A video shows the airport flooded.', null, null],
    ["AP'S ASSESSMENT: False.", null, null],
    ['THE FACTS: Users shared the clip widely.', null, null],
    // An interview's question is the publication's, its answer the person interviewed.
    ['Q: Why strike now?', 'Q', 'self'],
    ['A: Because pay fell.', 'A', 'person'],
  ])('when the line is %j, the speaker is %p (%p)', (text, source, type) => {
    const a = speakerLabel(first(text), null);
    expect(a ? [a.sourceText, a.sourceType] : [null, null]).toEqual([source, type]);
  });
});

describe('dashCredit', () => {
  it.each([
    ['“It is a real disgrace.” ― Azucena González', 'Azucena González'],
    ['“It is a real disgrace,” she said.', null],
  ])('when the sentence is %j, the signed speaker is %p', (text, source) => {
    const signed = parseText(text).map((s) => dashCredit(s, null)).find((a) => a !== null);
    expect(signed?.sourceText ?? null).toBe(source);
  });
});

describe('postSignature', () => {
  it.each([
    ['— Elon Musk (@elonmusk) January 3, 2025', 'Elon Musk', 'person'],
    ['— BBC Breaking News (@BBCBreaking) March 3, 2025', 'BBC Breaking News', 'outlet'],
    ['- Jane Doe (@janedoe)', 'Jane Doe', 'person'],
    // A dash before a name alone signs a quote (dashCredit); a handle in a sentence signs nothing.
    ['― Azucena González', null, null],
    ['Follow Jane Doe (@janedoe) for more.', null, null],
  ])('when the line is %j, the signer is %p (%p)', (text, source, type) => {
    const a = postSignature(first(text), null);
    expect(a ? [a.sourceText, a.sourceType] : [null, null]).toEqual([source, type]);
  });
});

describe('isLettersPage', () => {
  it.each([
    ['The four-day week is no cure for burnout | Letters', true],
    ['Letters: Our schools need more than warm words', true],
    ['Letters to the editor', true],
    ["Readers' letters: Parking charges", true],
    ['Letters from Gaza: a doctor writes home', false],
    ['Love letters reveal a royal affair', false],
  ])('when the title is %j, a letters page is %p', (title, expected) => {
    expect(isLettersPage(title)).toBe(expected);
  });
});

describe('letterSignature', () => {
  it.each([
    ['Margaret Hollis', 'Margaret Hollis'],
    ['Prof Anne Whitaker', 'Prof Anne Whitaker'],
    ['Ann Lee, Arlington, Va.', 'Ann Lee'],
    // A place or a body alone signs nothing; nor does a sentence.
    ['Stockport, Greater Manchester', null],
    ['University of Exeter', null],
    ['Margaret Hollis agrees.', null],
  ])('when the line is %j, the signer is %p', (text, source) => {
    expect(letterSignature(first(text), null)?.sourceText ?? null).toBe(source);
  });
});

describe('referenceMarks', () => {
  it.each([
    ['It is used to treat malaria.[1]', '[1]', 'reference 1'],
    ['Clinical trials found it was ineffective.[3][4]', '[3][4]', 'reference 3, 4'],
    // An editor's request cites nothing; a bracket inside the sentence is no reference.
    ['Side effects may include rashes.[citation needed]', null, null],
    ['The list [1] is long.', null, null],
  ])('when the sentence is %j, it cites the document %p (%p)', (text, marks, name) => {
    const a = referenceMarks(parseText(text)[0]);
    expect(a ? [a.sourceText, a.sourceType, a.name] : [null, null, null]).toEqual(marks ? [marks, 'document', name] : [null, null, null]);
  });
});

describe('forwardedFrom', () => {
  it.each([
    ["From a doctor friend at St Thomas' Hospital: the new variant is spreading through the water supply.", "a doctor friend at St Thomas' Hospital", 'anonymous'],
    ['From my cousin in the police: they have been told to stay quiet.', 'my cousin in the police', 'person'],
    // A page's own label is no one's credit.
    ['From the archive: how the city looked in 1950.', null, null],
  ])('when the line is %j, the credit is %p (%p)', (text, source, type) => {
    const a = forwardedFrom(first(text), null);
    expect(a ? [a.sourceText, a.sourceType] : [null, null]).toEqual([source, type]);
    if (a) expect(text.slice(a.cueStart - first(text).start, a.cueEnd - first(text).start)).toBe('From');
  });
});

describe('checkedClaim', () => {
  it.each([
    ['CLAIM: The World Health Organization declared a new global pandemic.', 'CLAIM'],
    ['Claim: Drinking lemon water cures cancer.', 'Claim'],
    // A claim told in the writer's sentence, or the verdict, is no label over one.
    ['The claim: lemon water cures cancer.', null],
    ['VERDICT: False.', null],
  ])('when the line is %j, the claim checked is labelled %p', (text, label) => {
    const a = checkedClaim(first(text));
    expect(a ? [a.sourceText, a.sourceType, text.slice(a.cueStart, a.cueEnd)] : null).toEqual(label ? [label, 'unknown', ':'] : null);
  });
});
