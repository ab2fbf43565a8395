import { cueStartOf, holdsAView, namedSubject } from '../../../src/core/attribution/speakers';
import { parseText } from '../../../src/core/text/parse';

const tokensOf = (text: string) => parseText(text)[0].tokens;
/** The span of the first `length` tokens of `text`. */
const head = (length: number): [number, number] => [0, length - 1];

describe('cueStartOf', () => {
  it.each([
    ['He has not said whether he will run.', 'said', 'has not said'],
    ['Trump appeared to suggest a delay.', 'suggest', 'appeared to suggest'],
    ['Ham went on to explain his vote.', 'explain', 'went on to explain'],
    ['She isn’t saying.', 'saying', 'isn’t saying'],
  ])('when the cue of %j is %s, starts it at %j', (text, cue, expected) => {
    const tokens = tokensOf(text);
    const k = tokens.findIndex((t) => t.text === cue);
    expect(text.slice(tokens[cueStartOf(tokens, k)].start, tokens[k].end)).toBe(expected);
  });
});

describe('namedSubject and holdsAView', () => {
  it.each([
    ['Jen Psaki said it.', 2, 'say', true, true],
    ['A new poll shows a lead.', 3, 'show', true, true],
    ['The officers attacked the crowd.', 2, 'attack', false, true],
    ['China seeks stability.', 1, 'seek', true, false],
  ])('when the subject of %j is its first %i tokens (verb %s), names someone: %s, holds a view: %s', (text, length, lemma, named, holds) => {
    const tokens = tokensOf(text);
    expect(namedSubject(tokens, head(length), lemma)).toBe(named);
    expect(holdsAView(tokens, head(length))).toBe(holds);
  });
});
