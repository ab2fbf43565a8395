import type { Attribution } from '../../../src/core/attribution/types';
import { analyseArticle } from '../../../src/core/classify/analyse-article';
import { inheritedFrom, introducesSpeech, type PreviousSentence } from '../../../src/core/classify/speaker-inheritance';

const limbaugh: Attribution = { sourceText: 'Limbaugh', sourceType: 'person', sourceStart: 0, sourceEnd: 8, cueText: 'added', cueStart: 9, cueEnd: 14 };
const text = 'Limbaugh added:\nThis reeks of fear. She cannot win.\nThe weather was fine.';
const previous = (over: Partial<PreviousSentence>): PreviousSentence => ({ attributions: [limbaugh], quoted: false, introduces: false, block: false, end: 15, ...over });
const plain = { continuesQuote: false, closesHere: false, share: 0 };

describe('inheritedFrom', () => {
  it.each([
    ['the line after "X added:" takes X and opens a block', previous({ introduces: true }), 16, plain, { block: true }],
    ['the next sentence of the block takes X', previous({ block: true, end: 35 }), 36, plain, { block: true }],
    ['a new paragraph ends the block', previous({ block: true, end: text.indexOf('\nThe') }), text.indexOf('The weather'), plain, null],
    ['a quote running on takes the speaker, with no block', previous({}), 16, { ...plain, continuesQuote: true }, { block: false }],
    ['a whole quote after a quoted sentence takes its speaker', previous({ quoted: true }), 16, { ...plain, share: 0.9 }, { block: false }],
    ['a plain sentence after a plain attributed one takes no one', previous({}), 16, plain, null],
    ['nothing to inherit from the first sentence', null, 0, { ...plain, continuesQuote: true }, null],
  ])('when %s', (_, before, start, sentence, expected) => {
    const got = inheritedFrom(before, text, start, sentence);
    expect(got && { block: got.block }).toEqual(expected);
    if (got) expect(got.attributions).toEqual([limbaugh]);
  });
});

describe('introducesSpeech', () => {
  const cueAt = (sentence: string, cue: string): Attribution => ({ ...limbaugh, cueText: cue, cueStart: sentence.indexOf(cue), cueEnd: sentence.indexOf(cue) + cue.length });
  it.each([
    ['Limbaugh added:', 'added', true],
    ['The company said in a statement on Tuesday:', 'said', true],
    ['MSNBC suggested that Clinton has the following tasks ahead of her tonight:', 'suggested', true],
    // A clause after the cue: the colon introduces something else, a table of figures.
    ["Here's how the company did, compared with what Wall Street was expecting, based on a survey of analysts by LSEG:", 'expecting', false],
    // No colon closing it.
    ['Limbaugh added that it was fine.', 'added', false],
  ])('when the sentence is %j, with the cue %j, introduces speech: %p', (sentence, cue, expected) => {
    expect(introducesSpeech(sentence, { start: 0, text: sentence }, [cueAt(sentence, cue)])).toBe(expected);
  });
});

describe('speech inside a whole quote (through analyseArticle)', () => {
  it('is the quote speaker\'s to tell, and the quote carried on into the next paragraph is theirs too', () => {
    const text = '"We planted in March," Lopez said. "My father went through 1977 and he always said that was the worst. This is worse.\n\n"If it does not rain by October, we are finished."';
    const sources = analyseArticle(text).sentences.map((s) => s.attributions.map((a) => a.sourceText));
    expect(sources).toEqual([['Lopez'], ['Lopez'], ['Lopez'], ['Lopez']]);
  });
});

describe('quotes signed with a dash (through analyseArticle)', () => {
  it('gives each quote to the name signed under it, never to the signer above it', () => {
    const text = 'Readers shared their thoughts on the debate.\n“He represents our greatest shame.”\n― Sonya Herridge\n“During the debate Trump said Hispanics live in hell. He is ignorant of our culture.”\n― Pamela Padilla';
    const sources = analyseArticle(text).sentences.map((s) => s.attributions.map((a) => a.sourceText));
    expect(sources).toEqual([[], ['Sonya Herridge'], ['Sonya Herridge'], ['Pamela Padilla'], ['Pamela Padilla'], ['Pamela Padilla']]);
  });
});

describe('a refusal to comment after a quote (through analyseArticle)', () => {
  it('is no speech tag: the quote before it is not the silent source’s', () => {
    const text = 'The club is in talks. "Arsenal are pushing. Talks ongoing." Arsenal declined to comment when approached by Sportsmail.';
    const sources = analyseArticle(text).sentences.map((s) => s.attributions.map((a) => a.sourceText));
    expect(sources).toEqual([[], [], [], ['Arsenal']]);
  });
});

describe("a speaker's gesture before a quote (through analyseArticle)", () => {
  it.each([
    ['She shrugs this off. "People said the same. Every idea is a gimmick until it works."', [[], ['She'], ['She']]],
    ['Morgan laughs. "We will see."', [[], ['Morgan']]],
    ['He paused. "Ask me in two years."', [[], ['He']]],
    // A longer sentence of narrative, or a quote in a new paragraph, is no gesture before the words.
    ['She shrugs and walks to the window where the light falls. "We will see."', [[], []]],
    ['She pauses.\n\n"Ask me in two years."', [[], []]],
  ])('gives the quote after %j to the one who gestures', (text, expected) => {
    expect(analyseArticle(text).sentences.map((s) => s.attributions.map((a) => a.sourceText))).toEqual(expected);
  });
});
