import { retagVerbs } from '../../../src/core/attribution/retag-verbs';
import { parseText } from '../../../src/core/text/parse';

/** The token of `word` in `text` after retagging: its part of speech and lemma. */
function retagged(text: string, word: string) {
  const t = retagVerbs(parseText(text)[0].tokens).find((x) => x.text === word)!;
  return [t.pos, t.lemma];
}

describe('retagVerbs', () => {
  it.each([
    // Verbs wink reads as nouns, adjectives; names it reads as verbs.
    ['Mass atrocities continue as China and Russia support the government.', 'support', ['VERB', 'support']],
    ['Trump is promising lower taxes and jobs.', 'promising', ['VERB', 'promise']],
    ['Japan branded North Korea an outlaw nation.', 'branded', ['VERB', 'brand']],
    ['The woman disputes the idea that she needed care.', 'disputes', ['VERB', 'dispute']],
    ['Six women lead divisions, though Lynch notes they were appointed.', 'Lynch', ['PROPN', 'lynch']],
    ['Lynch speaks more often about race.', 'Lynch', ['PROPN', 'lynch']],
    ['Data from the 2014 American Community Survey show that women represented 41 percent.', 'show', ['VERB', 'show']],
    ['Western officials fear Russia is preparing a new offensive.', 'fear', ['VERB', 'fear']],
    // Indian English's "informed" closing the sentence, no one informed.
    ['The accused lured investors into a fake scheme, the official informed.', 'informed', ['VERB', 'inform']],
    ['Officials informed that reservoirs were full.', 'informed', ['VERB', 'inform']],
    ['A viral post on Facebook claims President Biden announced a ban.', 'claims', ['VERB', 'claim']],
    // A verb of saying in -s after one speaker, and what they tell of; not a plural noun and its verb.
    ['Our correspondent in Atlanta, Jessica Glenza, reports long queues at several polling stations.', 'reports', ['VERB', 'report']],
    ['Our correspondent reports heavy fighting in the north.', 'reports', ['VERB', 'report']],
    ['The Mueller reports show little.', 'reports', ['NOUN', 'report']],
    // A bare form closing an apposition between commas is its noun.
    ['The Syrian Observatory for Human Rights, an opposition war monitor, said 34 fighters were killed.', 'monitor', ['NOUN', 'monitor']],
    ['The Observatory, a Britain-based monitor, said 34 fighters were killed.', 'monitor', ['NOUN', 'monitor']],
    ['The figures, obtained under Freedom of Information laws, show a sharp rise in complaints.', 'show', ['VERB', 'show']],
    ['The emails, sent between 2019 and 2023, show managers raising concerns about spills.', 'show', ['VERB', 'show']],
    // A bare verb of saying after plural people: closing the sentence, or opening a clause.
    ['The plant will create 2,000 jobs, its backers claim, and cut emissions.', 'claim', ['VERB', 'claim']],
    // A form in -s after a past tense is a noun; one after "who" a verb.
    ['Inflation data dampened hopes that the Fed would cut rates.', 'hopes', ['NOUN', 'hope']],
    ['His promises notwithstanding, independent analyses agree the cuts favour the rich.', 'promises', ['NOUN', 'promise']],
    // A form in -s between a possessed noun and a finite verb heads the compound.
    ["Arsenal's title hopes look very much alive.", 'hopes', ['NOUN', 'hope']],
    // A past form before a colon and a quote introduces it.
    ["One fan fumed: 'This is a disgrace.'", 'fumed', ['VERB', 'fumed']],
    ["Clinton's campaign hopes to win Ohio.", 'hopes', ['VERB', 'hope']],
    ['His promises notwithstanding, independent analyses agree the cuts favour the rich.', 'analyses', ['NOUN', 'analyzes']],
    ['Trump avoids condemning the invasion.', 'avoids', ['VERB', 'avoid']],
    ['A man who lives nearby said he heard shots.', 'lives', ['VERB', 'live']],
    ["The plant's critics claim the figures are wrong.", 'claim', ['VERB', 'claim']],
    // A forecast made, after a name and a time, before what is forecast, or after "have".
    ['Nvidia on Wednesday forecast fourth-quarter revenue above Wall Street estimates.', 'forecast', ['VERB', 'forecast']],
    // After a name's last word the tagger calls a noun, or a body by its kind; not a weather forecast.
    ['The Met Office forecast heavy rain on Friday.', 'forecast', ['VERB', 'forecast']],
    ['The company forecast strong sales for the year.', 'forecast', ['VERB', 'forecast']],
    ['The weather forecast was wrong.', 'forecast', ['NOUN', 'forecast']],
    // A capital after "the" opening a name.
    ['The Met Office has forecast strong winds.', 'Met', ['PROPN', 'met']],
    ['Economists had forecast growth of 2%.', 'forecast', ['VERB', 'forecast']],
    ['The forecast was wrong.', 'forecast', ['NOUN', 'forecast']],
    ['The Nvidia forecast was strong.', 'forecast', ['NOUN', 'forecast']],
    // A noun a relative clause is about stays a noun; a verb's "that" clause makes it a verb.
    ['It would scrap the planning rules that block new homes.', 'rules', ['NOUN', 'rule']],
    ['The court rules that the law is void.', 'rules', ['VERB', 'rule']],
    // A plural noun closing a clause whose verb the tagger read as an adjective is that verb's object.
    ['In the last days of the campaign, both candidates crisscrossed the swing states.', 'states', ['NOUN', 'state']],
    // Opening up about something is speaking of it; opening up to investors, or by a figure, is not.
    ['Selena Gomez has opened up about her struggles.', 'opened', ['VERB', 'speak']],
    ['China opened up to foreign investors.', 'opened', ['VERB', 'open']],
    ['Apple opened up about 2% higher.', 'opened', ['VERB', 'open']],
    // A bare form right after "is" is a noun; a participle that looks bare stays a verb.
    ['Part of the reason is fear of secondary sanctions.', 'fear', ['NOUN', 'fear']],
    ['The plan is set to fail.', 'set', ['VERB', 'set']],
    // Nouns and adjectives that are what wink says they are.
    ['The results are promising.', 'promising', ['ADJ', 'promising']],
    ['The election results were close.', 'results', ['NOUN', 'result']],
    ['In a preview clip for the Apple Music show The 411, Blige sings.', 'show', ['NOUN', 'show']],
    ['Stop worrying about the polls.', 'Stop', ['VERB', 'stop']],
    ['A clip from the talk show that aired on Monday went viral.', 'show', ['NOUN', 'show']],
    ['The claim was false.', 'claim', ['NOUN', 'claim']],
    ['Investors who doubted the claim lost money.', 'claim', ['NOUN', 'claim']],
  ])('when reading %j, tags %s as %j', (text, word, expected) => {
    expect(retagged(text, word)).toEqual(expected);
  });
});
