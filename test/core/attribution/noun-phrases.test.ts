import { phraseAfter, subjectBefore } from '../../../src/core/attribution/noun-phrases';
import { parseText } from '../../../src/core/text/parse';

/** The text of the span a finder returns around the token `word` of `text`. */
function spanText(text: string, word: string, find: typeof subjectBefore, offset: number): string | null {
  const tokens = parseText(text)[0].tokens;
  const span = find(tokens, tokens.findIndex((t) => t.text === word) + offset);
  return span && text.slice(tokens[span[0]].start, tokens[span[1]].end);
}

describe('subjectBefore', () => {
  it.each([
    ['Ismail Khan, a warlord near Herat, told the AP.', 'told', 'Ismail Khan, a warlord near Herat'],
    // A form in -ing the tagger reads as a verb, between an article and its noun, qualifies the noun.
    ['Joel Rosenberg, a bestselling author and analyst, told CBN News that it was bad.', 'told', 'Joel Rosenberg, a bestselling author and analyst'],
    // An apposition longer than a subject runs.
    [
      "Dr Mingyang Song, an associate professor of clinical epidemiology and nutrition at Harvard TH Chan School of Public Health and one of the study's authors, said it held.",
      'said',
      "Dr Mingyang Song, an associate professor of clinical epidemiology and nutrition at Harvard TH Chan School of Public Health and one of the study's authors",
    ],
    ['Rep. Gwen Moore (D-Wis.) said the plan would fail.', 'said', 'Rep. Gwen Moore'],
    // A party tag in brackets between the name and its apposition.
    ['Rep. Pramila Jayapal (D-Wash.), chair of the Progressive Caucus, said the bill would pass.', 'said', 'Rep. Pramila Jayapal (D-Wash.), chair of the Progressive Caucus'],
    ['Council leader Cllr Janet Moss (Labour) said the authority had no choice.', 'said', 'Council leader Cllr Janet Moss'],
    ['Cllr Tom Ridley (Lib Dem) said the rise was unfair.', 'said', 'Cllr Tom Ridley'],
    // A preposition capitalised inside a name, and the remits a body's name lists, are the name's.
    ['Campaign group Surfers Against Sewage called the figures a disgrace.', 'called', 'Campaign group Surfers Against Sewage'],
    ['The Department for Environment, Food and Rural Affairs said new laws would help.', 'said', 'The Department for Environment, Food and Rural Affairs'],
    ['In London, officials said the plan would fail.', 'said', 'officials'],
    ['State Del. Marcia Price (D-Newport News), said the nation was watching.', 'said', 'State Del. Marcia Price'],
    ['Kall -- co-editor of a book -- said the candidate won.', 'said', 'Kall'],
    ['The mayor, who was elected in 2012, warned voters.', 'warned', 'The mayor'],
    // A clause without "who" before one: the noun it is about.
    ['A doctor I spoke to, who asked not to be named, said she had seen a spike.', 'said', 'A doctor'],
    ['He went to the car and said nothing.', 'said', null],
    ['When Patriot filed for bankruptcy, regulators were ready.', 'filed', 'Patriot'],
    ['As Trump said on Monday, the deal was bad.', 'said', 'Trump'],
    ['The study, which notes that 58 companies would owe more, was ignored.', 'notes', 'The study'],
    ['The bill, which passed in May, failed.', 'passed', 'which'],
    ['Protesters marching through the streets chanted slogans.', 'chanted', 'Protesters'],
    // A noun in -ing read as a verb, after a preposition: the noun before it heads the subject.
    ['Oil rose after fresh attacks on shipping in the Red Sea raised concerns about supplies.', 'raised', 'fresh attacks'],
    // A firm named in the possessive; a possessor's "'s" before a noun is not the subject's end.
    ["Moody's said the outlook was negative.", 'said', "Moody's"],
    // A firm's legal form after a comma is its name's.
    ['Acme Robotics, Inc., a leading provider of warehouse solutions, today announced results.', 'announced', 'Acme Robotics, Inc., a leading provider of warehouse solutions'],
    ["The president's said little.", 'said', null],
    ["It was under Mr. Ban's watch that the General Assembly established U.N. Women.", 'watch', null],
    // A role before a name in apposition, opening a clause after a subordinator.
    ["Shares fell after the chipmaker's chief executive, Jensen Huang, said demand would slow.", 'said', "the chipmaker's chief executive, Jensen Huang"],
    // A kinship before a first name alone keeps the kinship.
    ["Mrs Hale's daughter, Susan, said the family was broken.", 'said', "Mrs Hale's daughter, Susan"],
    // The words that size a number belong to the phrase.
    ['About 300 people said they would leave.', 'said', 'About 300 people'],
    ['At least 12 officials told Reuters.', 'told', 'At least 12 officials'],
    // A possessor opening the apposition; a name the tagger read as a verb.
    ["The DGAC, France's civil aviation authority, asked airlines to cut flights.", 'asked', "The DGAC, France's civil aviation authority"],
    // An adverb or a time opening the clause without its comma is not the speaker's.
    ['Then the Times reported the talks had failed.', 'reported', 'the Times'],
    ['Last month the police said the road was closed.', 'said', 'the police'],
    ['At one point the senator said the deal was dead.', 'said', 'the senator'],
    ['Over the past two years the company said profits rose.', 'said', 'the company'],
    ['In the next eight weeks the campaign said it would spend more.', 'said', 'the campaign'],
    // A pronoun for a thing is what the one after it said.
    ['It was something the president said often.', 'said', 'the president'],
    ['Everything Trump says is a lie.', 'says', 'Trump'],
    ['On Monday the mayor said the road was closed.', 'said', 'the mayor'],
    ['Earlier this week police said the road was closed.', 'said', 'police'],
    ['In 2019 Smith wrote that the mine was unsafe.', 'wrote', 'Smith'],
    // An age between the name and its role; a post with its body and no article.
    ['Tom Fry, 45, a builder from Leeds, said the work stopped.', 'said', 'Tom Fry, 45, a builder from Leeds'],
    ['Mr Reyes, Chelsea manager, said the team played well.', 'said', 'Mr Reyes, Chelsea manager'],
    // Who made the document, right after its participle or past a time, is part of naming it.
    ['A new study published in the journal Nature Medicine found that levels rose.', 'found', 'A new study published in the journal Nature Medicine'],
    ['A new study published Monday in the journal Nature Medicine found that levels rose.', 'found', 'A new study published Monday in the journal Nature Medicine'],
    ['A report released last week by the GAO found waste.', 'found', 'A report released last week by the GAO'],
    ['Documents posted Wednesday by the NHTSA show the flaw.', 'show', 'Documents posted Wednesday by the NHTSA'],
    // A document's "that" clause, past its preposition and auxiliaries, is part of naming it.
    ['A 2014 study that appeared in the British Medical Journal found waste.', 'found', 'A 2014 study that appeared in the British Medical Journal'],
    ['The report that was leaked to the BBC shows failings.', 'shows', 'The report that was leaked to the BBC'],
    // A participle with a time and no maker qualifies the subject, which reports.
    ['A report released last week found waste.', 'found', 'A report'],
    // A party tag between the name and its role.
    ['Rep. Chip Roy, R-Texas, a leading member of the House Freedom Caucus, blasted the deal.', 'blasted', 'Rep. Chip Roy, R-Texas, a leading member of the House Freedom Caucus'],
    ['Sen. Mitch McConnell, R-Ky., a veteran of many fights, said no.', 'said', 'Sen. Mitch McConnell, R-Ky., a veteran of many fights'],
    // A "which" clause between commas is an aside: the subject stands before it.
    ['The USC Dornsife tracking poll, which tracks Americans’ support for the candidates on a daily basis, showed Trump ahead.', 'showed', 'The USC Dornsife tracking poll'],
    // A post in capitals before the name it introduces.
    ['The UN Secretary-General, António Guterres, said the world was warming.', 'said', 'The UN Secretary-General, António Guterres'],
    ['The Foreign Secretary, David Lammy, said the talks would resume.', 'said', 'The Foreign Secretary, David Lammy'],
    ['"Not all of them should be restricted," lead author Dr Mingyang Song said.', 'said', 'lead author Dr Mingyang Song'],
    ['However, polling experts caution that the election is years away.', 'caution', 'polling experts'],
    // Where unnamed people stand is part of who they are.
    ['Two people briefed on the matter said the deal was close.', 'said', 'Two people briefed on the matter'],
  ])('when the verb of %j is %s, finds %j', (text, verb, expected) => {
    expect(spanText(text, verb, subjectBefore, 0)).toBe(expected);
  });
});

describe('phraseAfter', () => {
  it.each([
    ['“We will win,” said Jen Psaki, the White House spokeswoman.', 'said', 'Jen Psaki, the White House spokeswoman'],
    ['It was declared by President Richard Nixon in the 1970s.', 'by', 'President Richard Nixon'],
    ['Richard Trumka Jr. told Bloomberg News in January 2023 that a ban was possible.', 'told', 'Bloomberg News'],
    ['“It helps,” he said of Mrs. Clinton’s plan.', 'said', null],
    ['According to Jen Psaki, the White House press secretary, the talks failed.', 'to', 'Jen Psaki, the White House press secretary'],
    // A number in words after "a", sized.
    ['It failed, according to more than a dozen officials.', 'to', 'more than a dozen officials'],
    // A phrase after the comma that a verb follows is the next clause's subject, not an apposition.
    ['According to Ham, the current administration has shuffled its generals.', 'to', 'Ham'],
    ['According to Politico, both of these areas are highly populated.', 'to', 'Politico'],
    // So is one a verb follows after a time, before any comma.
    ["According to the Office for National Statistics, the UK's gross contribution in 2019 was about £18 billion.", 'to', 'the Office for National Statistics'],
    // A participle's clause after the apposition leaves it one.
    ['Taxes rise, according to an analysis by Lily Batchelder, a former Democratic tax aide now teaching at New York University.', 'to', 'an analysis by Lily Batchelder, a former Democratic tax aide'],
    ['Incomes rise, according to the conservative-leaning Tax Foundation, by 19 percent.', 'to', 'the conservative-leaning Tax Foundation'],
    // A tally after the agent is no part of it; the work "by" someone is.
    ['The plan was backed by the planning committee by five votes to four.', 'by', 'the planning committee'],
    ['Costs rose, according to a report by the National Audit Office.', 'to', 'a report by the National Audit Office'],
    ['Trump was compromised, according to the so-called Steele dossier.', 'to', 'the so-called Steele dossier'],
    ['The posts cite a video by a self-described "natural health coach" with no medical training.', 'cite', 'a video by a self-described "natural health coach" with no medical training'],
    ['Ageing speeds up, according to a study of more than 16,000 adults published on Monday.', 'to', 'a study of more than 16,000 adults'],
    ['Prices rose, according to a poll of at least 500 firms.', 'to', 'a poll of at least 500 firms'],
    ['An aide was charged, according to court documents unsealed on Thursday.', 'to', 'court documents'],
    // What unnamed people know is who they are; another clause about them is not.
    ['The plan stalled, according to two people who have heard the discussions.', 'to', 'two people who have heard the discussions'],
    ['The plan stalled, according to two officials who declined to comment.', 'to', 'two officials'],
    // A possessive after the noun opens a clause about it.
    ['Jordan cited whistleblower documents his office obtained.', 'cited', 'whistleblower documents'],
    // A clause about the body after it is no apposition.
    ['The findings were welcomed by the British Heart Foundation, whose medical director, James Leiper, said more work was needed.', 'by', 'the British Heart Foundation'],
  ])('when the phrase of %j follows %s, finds %j', (text, word, expected) => {
    expect(spanText(text, word, phraseAfter, 1)).toBe(expected);
  });
});
