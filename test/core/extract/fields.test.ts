import { articleFields } from '../../../src/core/extract/fields';

describe('articleFields', () => {
  it.each([
    [
      'NewsAPI: the source by its name',
      { title: 'Bike lanes approved', source: { id: null, name: 'Bristol Post' }, author: 'Amy Hart', publishedAt: '2026-11-30T09:00:00Z', url: 'https://x.test/a', content: 'The council met.' },
      { title: 'Bike lanes approved', outlet: 'Bristol Post', byline: 'Amy Hart', publishedAt: '2026-11-30T09:00:00Z', url: 'https://x.test/a', text: 'The council met.' },
    ],
    [
      "schema.org's NewsArticle: authors and publisher as objects",
      { headline: 'Roads closed', articleBody: 'Police said so.', datePublished: '2026-11-30', author: [{ name: 'A One' }, { name: 'B Two' }], publisher: { name: 'BBC News' } },
      { title: 'Roads closed', text: 'Police said so.', publishedAt: '2026-11-30', byline: 'A One, B Two', outlet: 'BBC News' },
    ],
    [
      "the Guardian's API: the text among its fields",
      { webTitle: 'Rates held', webUrl: 'https://x.test/g', webPublicationDate: '2026-12-03T14:02:00Z', fields: { bodyText: 'The Bank held rates.', byline: 'Jo Bloggs' } },
      { title: 'Rates held', url: 'https://x.test/g', publishedAt: '2026-12-03T14:02:00Z', text: 'The Bank held rates.', byline: 'Jo Bloggs' },
    ],
    ['RSS: a text with markup is HTML', { title: 'T', link: 'https://x.test/r', content: '<p>The council <em>met</em>.</p>' }, { title: 'T', url: 'https://x.test/r', html: '<p>The council <em>met</em>.</p>' }],
    ['the first name present wins, in any case', { Title: 'First', headline: 'Second', TEXT: 'Body.' }, { title: 'First', text: 'Body.' }],
    ['values with no text are left out', { title: '  ', text: 42, author: { id: 7 } }, { text: '42' }],
  ])('%s', (_name, value, fields) => {
    expect(articleFields(value)).toEqual(fields);
  });
});
