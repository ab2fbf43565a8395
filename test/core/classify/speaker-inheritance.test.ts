import type { Attribution } from '../../../src/core/attribution/types';
import { inheritedFrom, type PreviousSentence } from '../../../src/core/classify/speaker-inheritance';

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
