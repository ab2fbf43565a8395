import { extractArticles } from '../../../src/core/extract/input';
import { markdownText, splitFrontMatter } from '../../../src/core/extract/markdown';

describe('markdownText', () => {
  it.each([
    ['emphasis, code and links keep their words only', 'The council *narrowly* passed the **budget** with `one` [vote](https://x.test/v).', 'The council narrowly passed the budget with one vote.'],
    ['each block is a paragraph, a list item after a bullet', '# Title\n\nFirst paragraph\nwrapped.\n\n* one\n* two', 'Title\n\nFirst paragraph wrapped.\n\n• one\n\n• two'],
    ["a link list's item keeps no bullet", '- [Why housing is so dear](https://x.test/h) — The Atlantic', 'Why housing is so dear — The Atlantic'],
    ['a table row is one line', '| a | b |\n|---|---|\n| 1 | 2 |', 'a | b\n\n1 | 2'],
    ['images are left out', 'Before ![a chart](c.png) after.', 'Before  after.'],
    ['raw HTML stays words, never markup', 'A <script>alert(1)</script> tag.', 'A <script>alert(1)</script> tag.'],
    ['a quote keeps its text', '> “We will vote,” she said.', '“We will vote,” she said.'],
    // A writer's name linked to their page under the headline is the byline; a link in a sentence is words.
    ['a name alone linked near the top is a byline', '# The Fed is wrong\n\n[Jonah Price](https://jonahprice.substack.com/)\n\nRates will fall.', 'The Fed is wrong\n\nBy Jonah Price\n\nRates will fall.'],
    ['a linked name in a sentence stays a name', '# Rates\n\nAs [Jonah Price](https://x.test/) wrote, rates will fall.', 'Rates\n\nAs Jonah Price wrote, rates will fall.'],
  ])('%s', (_name, source, text) => {
    expect(markdownText(source).text).toBe(text);
  });

  it.each([
    ['the first level-one heading', 'Intro line.\n\n# The headline\n\n## Part\n\nText.', 'The headline'],
    ['a heading that opens the text', '## A smaller headline\n\nText.', 'A smaller headline'],
    ['none when no heading opens it', 'Text first.\n\n## Later part', null],
  ])('the headline is %s', (_name, source, headline) => {
    expect(markdownText(source).headline).toBe(headline);
  });
});

describe('splitFrontMatter', () => {
  it.each([
    ['no block', 'Text.', {}, 'Text.'],
    ['the common keys, lists joined', '---\ntitle: "A, b"\ndate: 2024-03-05\nauthors: [Jane Doe, Tom Roe]\nsite_name: The Planet\n---\nText.', { title: 'A, b', publishedAt: '2024-03-05', byline: 'Jane Doe, Tom Roe', outlet: 'The Planet' }, 'Text.'],
    ['keys in any case; an author as an object by its name, other nested values left out', '---\nTitle: T\nurl: https://x.test/a\nauthor: { name: X }\nsite: { id: 3 }\n---\nText.', { title: 'T', url: 'https://x.test/a', byline: 'X' }, 'Text.'],
    ['a description is no text: the Markdown after it is', '---\ntitle: T\ndescription: A summary.\n---\nText.', { title: 'T' }, 'Text.'],
    ['broken YAML: the whole input stays text', '---\ntitle: [unclosed\n---\nText.', {}, '---\ntitle: [unclosed\n---\nText.'],
    ['a list, not a mapping: the whole input stays text', '---\n- a\n- b\n---\nText.', {}, '---\n- a\n- b\n---\nText.'],
  ])('%s', (_name, source, fields, body) => {
    expect(splitFrontMatter(source)).toEqual({ fields, body });
  });
});

describe('a Markdown article, through extractArticles', () => {
  const read = (source: string) => {
    const [r] = extractArticles('story.md', source);
    if (!r.ok) throw new Error(r.message);
    return r.article;
  };

  it('takes its headline for the title, not the outlet, and reads a bold byline', () => {
    const a = read('# Harbour council votes\n\n**By Jane Doe**\n\nThe council approved the budget on Tuesday, the mayor said.');
    expect([a.title, a.outlet, a.byline, a.format]).toEqual(['Harbour council votes', null, 'Jane Doe', 'markdown']);
    expect(a.text).not.toMatch(/[#*]/);
  });

  it('takes title, outlet, date and URL from front matter, and flags an impossible date', () => {
    const a = read('---\ntitle: Budget passes\noutlet: USNews\ndate: August 39, 2017\nurl: https://x.test/b\n---\nThe council approved the budget.');
    expect([a.title, a.outlet, a.url, a.date.date]).toEqual(['Budget passes', 'U.S. News & World Report', 'https://x.test/b', null]);
    expect(a.date.issues.join(' ')).toMatch(/August 39/);
  });

  it('with nothing but markup, is refused as empty', () => {
    const [r] = extractArticles('story.md', '---\ntitle: T\n---\n![only an image](a.png)\n');
    expect(r).toMatchObject({ ok: false, code: 'empty' });
  });
});
