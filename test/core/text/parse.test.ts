import { MAX_SENTENCE_TOKENS, parseText } from '../../../src/core/text/parse';

describe('parseText', () => {
  it.each([
    ['Trump won. Clinton lost.', ['Trump won.', 'Clinton lost.']],
    // A party tag's stops and a title's stop do not end the sentence.
    ['Sen. Cory Booker (D-N.J.) said the plan would fail.', ['Sen. Cory Booker (D-N.J.) said the plan would fail.']],
    // A chant or a cry inside an open quote stays in its sentence; quoted sentences of their own still split.
    ['Trump walked onto the stage, chanting “U-S-A! U-S-A!”', ['Trump walked onto the stage, chanting “U-S-A! U-S-A!”']],
    ['“I am done! We are leaving this place now and forever,” he said.', ['“I am done!', 'We are leaving this place now and forever,” he said.']],
    // Lines split first: a headline has no stop.
    ['China Moves In\nBeijing signed a deal.', ['China Moves In', 'Beijing signed a deal.']],
    // A line written on Windows ends before its carriage return.
    ['China Moves In\r\nBeijing signed a deal.\r\n', ['China Moves In', 'Beijing signed a deal.']],
    // No space, no boundary: a British time.
    ['Officers were called at 3.20pm to a fight. Nobody was hurt.', ['Officers were called at 3.20pm to a fight.', 'Nobody was hurt.']],
    // "no." ends the answer before a capital; "No. 1" keeps its number sign.
    ['He voted no. Trump said so. It was ranked No. 1 here.', ['He voted no.', 'Trump said so.', 'It was ranked No. 1 here.']],
    // A figure's unit read as an abbreviation still ends the sentence before a capital.
    ['Napoli would demand at least £80m. Reports say the deal is done.', ['Napoli would demand at least £80m.', 'Reports say the deal is done.']],
    // A time of day closing a sentence, before a quote.
    ['Services will stop from 6pm. "Safety has to come first," a spokesperson said.', ['Services will stop from 6pm.', '"Safety has to come first," a spokesperson said.']],
    // "et al." before a year's bracket ends no sentence; before a capital, it may.
    ['Smith et al. (2020) found it. It was done by Smith et al. The next year was warmer.', ['Smith et al. (2020) found it.', 'It was done by Smith et al.', 'The next year was warmer.']],
    // A book of the Bible shortened before its chapter and verse ends no sentence.
    ['Jesus warned in Matt. 24:6-7 that wars would come. It is clear.', ['Jesus warned in Matt. 24:6-7 that wars would come.', 'It is clear.']],
    // A clock's "p.m." ends a sentence before a capital that is no day, month or time zone.
    ['Dr. Smith arrived at 4 p.m. Officials left.', ['Dr. Smith arrived at 4 p.m.', 'Officials left.']],
    ['The vote is at 4 p.m. Monday, starting at 9 p.m. E.T. in Austin.', ['The vote is at 4 p.m. Monday, starting at 9 p.m. E.T. in Austin.']],
    // An encyclopedia's reference marks close the sentence before them; a bracket inside one is no mark.
    [
      'It is used to treat malaria.[1] It is also used for lupus.[2][3] Side effects may include rashes.[citation needed] It was approved in 1955.[1]',
      ['It is used to treat malaria.[1]', 'It is also used for lupus.[2][3]', 'Side effects may include rashes.[citation needed]', 'It was approved in 1955.[1]'],
    ],
    ['He said [sic] it was fine. The list [1] is long.', ['He said [sic] it was fine.', 'The list [1] is long.']],
    // A list's number opening the line stays with its item; a number ending a sentence does not.
    ['1. The Fed stands pat\nHe won 2. Then he lost.', ['1. The Fed stands pat', 'He won 2.', 'Then he lost.']],
  ])('splits %j into %j', (text, sentences) => {
    const parsed = parseText(text);
    expect(parsed.map((s) => s.text)).toEqual(sentences);
    for (const s of parsed) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it.each([
    ['OPEC+ signalled deeper cuts.', 'OPEC+'],
    ['Disney+, the streamer, grew.', 'Disney+'],
  ])('keeps the plus of a name on it: %j', (text, name) => {
    expect(parseText(text)[0].tokens[0]).toMatchObject({ text: name, pos: 'PROPN', start: 0, end: name.length });
  });

  it.each([
    ['Consumer group Which? said the rise was a blow.', 'Which?', 2],
    ['Yahoo! reported a loss.', 'Yahoo!', 0],
  ])('keeps the mark of a name on it, one sentence, its verb after it: %j', (text, name, at) => {
    const parsed = parseText(text);
    expect(parsed).toHaveLength(1);
    expect(parsed[0].tokens[at]).toMatchObject({ text: name, pos: 'PROPN' });
    expect(parseText('Is it fair? Nobody knows.')).toHaveLength(2);
  });

  it.each([
    ["I'm told so.", 'I', "'m"],
    ['He said I’m wrong.', 'I', '’m'],
  ])('splits "I\'m" in %j as it splits "I\'ve": %s, then %s', (text, subject, be) => {
    const tokens = parseText(text)[0].tokens;
    const at = tokens.findIndex((t) => t.text === subject);
    expect(tokens.slice(at, at + 2)).toMatchObject([{ text: subject, pos: 'PRON' }, { text: be, pos: 'AUX', lemma: 'be' }]);
    expect(text.slice(tokens[at + 1].start, tokens[at + 1].end)).toBe(be);
  });

  it.each([
    ["Barclays' chief economist said so.", 1, true],
    ['Texas’ governor said so.', 1, true],
    // A single quote closing on a word in s is no possessive.
    ["The 'yes' vote won.", 3, false],
    ["He called it 'a farce of the highest orders' and left.", 9, false],
  ])('reads the apostrophe of %j at token %i as a possessive: %s', (text, at, possessive) => {
    const token = parseText(text)[0].tokens[at];
    expect(['’', "'"]).toContain(token.text);
    expect(token.pos === 'PART' && /^['’]s$/.test(token.lower)).toBe(possessive);
  });

  it('reads "WHO" and "US" in a sentence in lower case as names, not "who" and "us"', () => {
    const tokens = parseText('The WHO said US officials agreed.')[0].tokens;
    expect(tokens.filter((t) => t.text === 'WHO' || t.text === 'US').map((t) => [t.pos, t.lower])).toEqual([['PROPN', 'WHO'], ['PROPN', 'US']]);
  });

  it.each([
    ['Nobody on either side of the chamber believed him.', 'either', 'DET'],
    ['Neither party wants an election.', 'Neither', 'DET'],
    ['Voters can back either Labour or the Tories.', 'either', 'CCONJ'],
  ])('in %j, tags %j %s: a determiner before a common noun, else the conjunction', (text, word, pos) => {
    expect(parseText(text)[0].tokens.find((t) => t.text === word)?.pos).toBe(pos);
  });

  it('leaves a plus that is no name\'s to stand alone: "3 + 4", "C++"', () => {
    expect(parseText('It is 3 + 4 in C++ code.')[0].tokens.map((t) => t.text)).not.toContain('C+');
  });

  it('cuts the answer "no." into the word and its stop', () => {
    const [first] = parseText('He voted no. Trump said so.');
    expect(first.tokens.slice(-2).map((t) => [t.text, t.pos])).toEqual([['no', 'INTJ'], ['.', 'PUNCT']]);
  });

  it('cuts "in." closing a sentence into the particle and its stop; inches after a number stay whole', () => {
    const [first, , third] = parseText('The minister could call them in. He has not yet. The pipe is 12 in. wide.');
    expect(first.tokens.slice(-2).map((t) => [t.text, t.pos])).toEqual([['in', 'ADP'], ['.', 'PUNCT']]);
    expect(third.tokens.map((t) => t.text)).toContain('in.');
  });

  it.each([
    ['Zelenskiy wrote on X. He urged allies to act.', ['Zelenskiy wrote on X.', 'He urged allies to act.']],
    ['The book by J. K. Rowling sold well.', ['The book by J. K. Rowling sold well.']],
    ['He met with W. Bush on Friday.', ['He met with W. Bush on Friday.']],
  ])('ends a sentence at a lone capital closing it after a word in lower case, not at an initial: %j', (text, sentences) => {
    expect(parseText(text).map((s) => s.text)).toEqual(sentences);
  });

  it('cuts a paste without punctuation into sentences of at most MAX_SENTENCE_TOKENS tokens, offsets kept', () => {
    const text = 'officials said the talks would resume and the minister said '.repeat(100);
    const parsed = parseText(text);
    expect(parsed.length).toBeGreaterThan(1);
    expect(Math.max(...parsed.map((s) => s.tokens.length))).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    expect(parsed.map((s) => s.index)).toEqual(parsed.map((_, i) => i));
    for (const s of parsed) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(parsed.reduce((n, s) => n + s.tokens.length, 0)).toBe(1000);
  });
});
