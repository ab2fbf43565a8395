import { namesOutlet } from '../../../src/core/reuse/direction';

describe('namesOutlet', () => {
  it.each<[string, string, boolean]>([
    // A name keeps its capitals, though its "The" may be lower case and a byline may set it in capitals.
    ['told the Guardian on Monday', 'The Guardian', true],
    ['as first reported by U.S. News', 'U.S. News & World Report', true],
    ['(REUTERS) - Oil rose on Monday.', 'Reuters', true],
    ['the AP said', 'Associated Press', true],
    // A domain in any case.
    ['read it on usnews.com', 'U.S. News & World Report', true],
    ['via USNEWS.COM', 'U.S. News & World Report', true],
    // So many names are words: in lower case they name no outlet.
    ['The sun was shining.', 'The Sun', false],
    ['an independent review found', 'The Independent', false],
    ['He looked in the mirror.', 'Daily Mirror', false],
    ['the guardian of the children', 'The Guardian', false],
    ['at the times when it rained', 'The Times', false],
    ['No outlet at all.', 'Reuters', false],
  ])('in %j, finds %j named: %s', (text, outlet, named) => {
    expect(namesOutlet(text, outlet)).toBe(named);
  });
});
