import type { Flag } from '../../../src/core/classify/flags';
import { cuePieces } from '../../../src/web/presenters/sentences';

const text = '“Then the sixth angel poured out his bowl,” he wrote.';
const at = (word: string) => ({ start: 100 + text.indexOf(word), end: 100 + text.indexOf(word) + word.length, text: word });
const flag = (name: Flag['flag'], ...words: string[]): Flag => ({ flag: name, score: 0.9, cues: words.map(at) });

describe('cuePieces', () => {
  it.each<[string, Flag[], [string, string | null][]]>([
    ['no flags', [], [[text, null]]],
    ['one cue', [flag('attributed', 'wrote')], [['“Then the sixth angel poured out his bowl,” he ', null], ['wrote', 'attributed'], ['.', null]]],
    // The quote's own span is no cue to underline, and must not hide the cues inside it.
    [
      'a cue inside a quote',
      [flag('quote', 'Then the sixth angel poured out his bowl,'), flag('prophetic', 'sixth angel')],
      [['“Then the ', null], ['sixth angel', 'prophetic'], [' poured out his bowl,” he wrote.', null]],
    ],
  ])('when the sentence has %s, cuts it into those pieces', (_, flags, expected) => {
    expect(cuePieces(text, 100, flags).map((p) => [p.text, p.cue])).toEqual(expected);
  });
});

describe('cuePieces on a pasted Markdown text', () => {
  it.each([
    ['China set a precedent by **accepting** the credentials.', 'accepting', ['China set a precedent by ', 'accepting', ' the credentials.']],
    ['It was, said *Jane*, a first in 5 * 3 cases.', 'said', ['It was, ', 'said', ' Jane, a first in 5 * 3 cases.']],
  ])('leaves the emphasis marks out of %j, its words and cues kept', (sentence, cue, expected) => {
    const at = sentence.indexOf(cue);
    const pieces = cuePieces(sentence, 0, [{ flag: 'attributed', score: 0.9, cues: [{ start: at, end: at + cue.length, text: cue }] }]);
    expect(pieces.map((p) => p.text)).toEqual(expected);
  });
});
