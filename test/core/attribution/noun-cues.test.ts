import { isMannerPhrase, nominalCue, nominalCueFrom, pollCited, unnamedStance, viewHolder } from '../../../src/core/attribution/noun-cues';
import { findQuotes } from '../../../src/core/attribution/quotes';
import { parseText } from '../../../src/core/text/parse';

const tokensOf = (text: string) => parseText(text)[0].tokens;
const words = (text: string, span: [number, number] | null) => span && tokensOf(text).slice(span[0], span[1] + 1).map((t) => t.text).join(' ');

describe('nominalCue', () => {
  it.each([
    ['Elizabeth Warren’s criticism of the bank was sharp.', 'criticism', 'Elizabeth Warren'],
    ['His pledge to cut taxes was popular.', 'pledge', null],
    // A day's is when it was said, not who said it.
    ['During Tuesday’s arguments, the opponents will face off in court.', 'arguments', null],
    ["In Friday's statement, the company said profits fell.", 'statement', null],
    // Speech only referred to, placed in time or acted on, tells none of what was said.
    ['Trump’s comments came as he tried to reach out to voters.', 'comments', null],
    ['Clinton will address Trump’s comments at an event in Florida.', 'comments', null],
    ["He would not accept Cruz's endorsement if it were offered.", 'endorsement', null],
    ['Trump’s claim that he won was false.', 'claim', 'Trump'],
    ['Critics dismissed Trump’s claim that he won.', 'claim', 'Trump'],
  ])('in %j, the possessor of %j is %p', (text, noun, possessor) => {
    const tokens = tokensOf(text);
    expect(words(text, nominalCue(tokens, tokens.findIndex((t) => t.text === noun), []))).toBe(possessor);
  });
});

describe('nominalCueFrom', () => {
  it.each([
    ['Repeated warnings from his attorney that the showdown was fruitless went unheeded.', 'warnings', 'his attorney'],
    // What a quote opening the sentence was, and who said it; not the noun with no quote before it.
    ["'No,' was the blunt reply from the minister.", 'reply', 'the minister'],
    ['"We will fight on" was the message from the union.', 'message', 'the union'],
    ['That was the reply from the minister.', 'reply', null],
  ])('in %j, who gave the %j is %p', (text, noun, giver) => {
    const tokens = tokensOf(text);
    expect(words(text, nominalCueFrom(tokens, tokens.findIndex((t) => t.text === noun), findQuotes(text)))).toBe(giver);
  });
});

describe('unnamedStance', () => {
  it.each([
    ['There are fears that the virus could spread.', 'fears', 'There are fears'],
    ['There have been growing calls for an inquiry.', 'calls', 'There have been growing calls'],
    ['There were concerns about the cost.', 'concerns', 'There were concerns'],
    // Things counted, or a stance someone holds, are none.
    ['There are 40 reports on file.', 'reports', null],
    ['Residents have concerns about the cost.', 'concerns', null],
  ])('in %j, the %j held by no one named are %p', (text, noun, span) => {
    const tokens = tokensOf(text);
    expect(words(text, unnamedStance(tokens, tokens.findIndex((t) => t.text === noun), []))).toBe(span);
  });
});

describe('viewHolder', () => {
  it.each([
    ['That is the view of Professor Jane Hall, who studies migration at Oxford.', 'view', 'Professor Jane Hall'],
    ['That was also the conclusion of the Treasury.', 'conclusion', 'the Treasury'],
    ['In the opinion of many economists, the plan will fail.', 'opinion', 'many economists'],
    // A sight, an end, or a view not given as the sentence's.
    ['We enjoyed the view of the harbour.', 'view', null],
    ['The conclusion of the talks came late.', 'conclusion', null],
  ])('in %j, the holder of the %j is %p', (text, noun, holder) => {
    const tokens = tokensOf(text);
    expect(words(text, viewHolder(tokens, tokens.findIndex((t) => t.text === noun)))).toBe(holder);
  });
});

describe('pollCited', () => {
  it.each([
    ['In this poll, Trump rose 1 point.', 'this poll'],
    ['He got a bump in one of the first post-debate polls.', 'one of the first post-debate polls'],
    ['He lives in the city.', null],
  ])('in %j, the poll cited is %p', (text, poll) => {
    const tokens = tokensOf(text);
    const at = tokens.map((_, k) => pollCited(tokens, k)).find((p) => p !== null) ?? null;
    expect(words(text, at)).toBe(poll);
  });
});

describe('isMannerPhrase', () => {
  it.each([
    ['the dynamics and the interest of China', true],
    ['plan', true],
    ['the report', false],
  ])('%j is a way of doing things: %s', (phrase, manner) => {
    const tokens = tokensOf(phrase);
    expect(isMannerPhrase(tokens, [0, tokens.length - 1])).toBe(manner);
  });
});
