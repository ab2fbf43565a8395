import { outletForDomain, outletKey, outletSlug, resolveKnownOutlet } from '../../../src/core/provenance/outlets';

describe('resolveKnownOutlet', () => {
  it.each([
    ['U.S. News', 'U.S. News & World Report'],
    ['USNews', 'U.S. News & World Report'],
    ['the AP', 'Associated Press'],
    ['The Daily Telegraph', 'The Telegraph'],
    ['the Telegraph', 'The Telegraph'],
    ['Breitbart', 'Breitbart News'],
    ['The Huffington Post', 'HuffPost'],
    ['Sky Sports', 'Sky Sports'],
    ['Sportsmail', 'Daily Mail'],
    ['DailyMail.com', 'Daily Mail'],
    ['9to5Mac', '9to5Mac'],
    ['The Times', 'The Times'],
    // Outlets of the Middle East, Russia and US cities that news quotes.
    ['Al-Arabiya', 'Al Arabiya'],
    ['Boston Globe', 'The Boston Globe'],
    ['Meduza', 'Meduza'],
    ['the information', null],
    // A name that is also a role or a common word is left to the sentence: "the economist said" is a person.
    ['the economist', null],
    ['Insider', null],
    ['Analysts', null],
    // Journals news cites, their name in capitals.
    ['the Lancet', 'The Lancet'],
    ['British Medical Journal', 'The BMJ'],
    ['nature', null],
  ])('%j is %p', (spelling, name) => {
    expect(resolveKnownOutlet(spelling)?.name ?? null).toBe(name);
  });

  it('reads an outlet the store added beside the known ones', () => {
    expect(resolveKnownOutlet('Prophecy Watch', [{ name: 'Prophecy Watch', aliases: ['PW'], kind: 'blog' }])?.name).toBe('Prophecy Watch');
  });
});

describe('outletForDomain', () => {
  it.each([
    ['www.telegraph.co.uk', 'The Telegraph'],
    ['edition.cnn.com', 'CNN'],
    ['example.org', null],
  ])('%s belongs to %p', (host, name) => {
    expect(outletForDomain(host)?.name ?? null).toBe(name);
  });
});

describe('outletKey and outletSlug', () => {
  it('folds case, "the", ampersands and punctuation into one key', () => {
    expect(outletKey('The U.S. News & World Report')).toBe(outletKey('U.S. News and World Report'));
  });

  it('makes a slug of words joined by hyphens', () => {
    expect(outletSlug('U.S. News & World Report')).toBe('u-s-news-and-world-report');
  });
});
