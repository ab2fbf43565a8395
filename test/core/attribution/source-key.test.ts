import { sourceKey } from '../../../src/core/attribution/source-key';
import type { Attribution } from '../../../src/core/attribution/types';

const cited = (sourceType: Attribution['sourceType'], sourceText: string, fields: Partial<Attribution> = {}): Attribution => ({
  sourceText,
  sourceType,
  cueText: 'said',
  sourceStart: 0,
  sourceEnd: sourceText.length,
  cueStart: 0,
  cueEnd: 4,
  ...fields,
});

describe('sourceKey', () => {
  it.each<[string, Attribution, string]>([
    // A named source is one source wherever it is cited.
    ['a named body', cited('organisation', 'Pfizer', { name: 'Pfizer' }), 'pfizer'],
    ['a named person', cited('person', 'Jane Doe', { name: 'Jane Doe' }), 'jane doe'],
    ['a named group of unnamed people', cited('anonymous', 'U.S. and foreign intelligence sources'), 'u.s. and foreign intelligence sources'],
    // An unnamed speaker is of the body they speak for.
    ['an unnamed spokesperson of a body', cited('anonymous', 'A spokesperson', { organisation: 'Thames Water' }), 'spokesperson (thames water)'],
    // A generic word, alone or of a generic body, says who only inside its article.
    ['police', cited('organisation', 'Police'), 'police #7'],
    ['an unnamed spokesperson', cited('anonymous', 'A spokesperson'), 'spokesperson #7'],
    ["police's spokesperson", cited('anonymous', 'A spokesperson', { organisation: 'Police' }), 'spokesperson (police) #7'],
    ['a role alone', cited('person', 'the doctor', { role: 'doctor' }), 'doctor #7'],
    ['a document by its kind', cited('document', 'The report'), 'report #7'],
    ['critics', cited('weasel', 'Critics'), 'critics #7'],
    // An outlet is its name ("the paper" is resolved to one before it is stored).
    ['an outlet', cited('outlet', 'the paper'), 'paper'],
  ])('keys %s as %j', (_, a, key) => {
    expect(sourceKey(a, a.name ?? a.sourceText, 7)).toBe(key);
  });
});
