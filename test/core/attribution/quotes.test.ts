import { findQuotes } from '../../../src/core/attribution/quotes';

const quoted = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it.each([
    ['He said “we will win this race” on Monday.', ['we will win this race']],
    // A straight closing mark after a curly opening one, as pasted text has it.
    ['“I don’t think so. He ought to pull that back," Axelrod said.', ['I don’t think so. He ought to pull that back,']],
    ["''It is a burden on us,'' he added.", ['It is a burden on us,']],
    // Fewer than three words: a scare quote, unless it is a sentence of its own.
    ['Clinton called them “deplorables” at a fundraiser.', []],
    // Straight single marks, as British papers print quotes; apostrophes and decades are no marks.
    ["A source told MailOnline: 'Everyone is cooperating fully.'", ['Everyone is cooperating fully.']],
    ["'We have never seen water rise this fast,' said Lucia Bianchi.", ['We have never seen water rise this fast,']],
    ["The '90s were the officials' best years, and don't forget it.", []],
    // A quoted sentence holds a plural's possessive; a quote inside another is part of it.
    ["One resident told MailOnline: 'It's a complete waste of taxpayers' money. It's ludicrous.'", ["It's a complete waste of taxpayers' money. It's ludicrous."]],
    ['"People say, \'It doesn\'t matter at all,\'" he said.', ["People say, 'It doesn't matter at all,'"]],
    ["He added. ''We're America.''", ["We're America."]],
    // A short sentence after a colon, closed by its own stop, is one too; a short phrase is a scare quote.
    ['Asked if he would apologise, he replied: "For what?"', ['For what?']],
    ['He called it "a disgrace."', []],
    // A work's title in capitals mid-sentence is no quote; a sentence in capitals after a colon is one.
    ['Michael Burry, the investor made famous by "The Big Short," has argued it.', []],
    ['In an interview on CBS\'s "Face the Nation," Ryan said so.', []],
    ['Trump said: "Make America Great Again!"', ['Make America Great Again!']],
    ['Trump posted that Republicans should "TERMINATE THE FILIBUSTER" at once.', ['TERMINATE THE FILIBUSTER']],
    // So is the rest of a quote its speech tag splits.
    ['"This is," she said, "a disgrace."', ['This is,', 'a disgrace.']],
    ['“Finally.” The implication is clear.', ['Finally.']],
    ['It isn’t what they’re doing, he said.', []],
    // A paragraph broken mid-quote, the next one opening in lower case; a new paragraph in capitals starts afresh.
    ['It expects "an open political framework,\n\nand combating all terrorist forces".', ['an open political framework,\n\nand combating all terrorist forces']],
    ['He said "one more thing\n\nThen" they "left the room together" quietly.', ['left the room together']],
    // A quote left open at a paragraph's end, the next paragraph carrying it on with a fresh mark (news style).
    ['"It is dry," Lopez said. "My father saw 1977. This is worse.\n\n"If it does not rain, we are finished."', ['It is dry,', 'My father saw 1977. This is worse.', 'If it does not rain, we are finished.']],
    ['“It is dry,” she said. “My father saw 1977. This is worse.\n\n“If it does not rain, we are finished.”', ['It is dry,', 'My father saw 1977. This is worse.', 'If it does not rain, we are finished.']],
    // Two words handing the sentence to a speech tag are speech.
    ['"Everybody\'s hurting," he said.', ["Everybody's hurting,"]],
    // A paragraph opening with a mis-encoded ” ends at its own closing mark, before the speech tag.
    ['” … with a polish Reagan himself might have admired,” Barabak wrote.', [' … with a polish Reagan himself might have admired,']],
    // Guillemets, as French papers print quotes; the spaces inside the marks are not quoted.
    ['Le ministre a déclaré « la situation reste sous contrôle » mardi.', ['la situation reste sous contrôle']],
    ['«\u00a0Nous ne céderons pas\u00a0», a-t-il dit.', ['Nous ne céderons pas']],
  ])('in %j finds %j', (text, quotes) => {
    expect(quoted(text)).toEqual(quotes);
  });
});
