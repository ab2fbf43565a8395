import { analyseArticle } from '../../../src/core/classify/analyse-article';
import { reportedSpeech } from '../../../src/core/classify/reported-speech';
import { parseText } from '../../../src/core/text/parse';

/** The words of the last sentence of a body (a lead line first, so it is no headline) that reportedSpeech gives to a credited source. */
function reportedIn(sentence: string): string[] {
  const text = `The council met on Monday to discuss the budget.\n\n${sentence}`;
  const { attributions } = analyseArticle(text).sentences.at(-1)!;
  return reportedSpeech(parseText(text).at(-1)!, attributions).map((r) => text.slice(r.start, r.end).trim());
}

describe('reportedSpeech', () => {
  it.each([
    ['Officials said the plan was a disaster.', ['the plan was a disaster.']],
    ['Climate scientists say such heatwaves are becoming more intense.', ['such heatwaves are becoming more intense.']],
    ['The plan was a disaster, officials said on Tuesday.', ['on Tuesday.', 'The plan was a disaster']],
    // The writer's framing and the writer's own clause stay the writer's.
    ['The State Department arrogantly asserts that the plan worked.', ['that the plan worked.']],
    ['Officials said the plan worked, but the truth is that it failed.', ['the plan worked,']],
    ['Although the mayor claimed the plan worked, it was a failure.', ['the plan worked']],
    ['Xi said reunification cannot be stopped, as the military staged a second day of drills.', ['reunification cannot be stopped,']],
    // Any cue with a "that" clause gives the clause to its source.
    ['Beijing has assessed that it could allow itself a paradoxical situation.', ['that it could allow itself a paradoxical situation.']],
    // So does any cue with a clause of its own without "that"; not what someone is said to know, which the writer holds true.
    ['A majority of Americans believe Trump should stand trial before the election.', ['Trump should stand trial before the election.']],
    ['Trump knows there are people who live in a racist mindset.', []],
    ['Ministers want Trump to resign.', []],
    // "reportedly" passes on what others report, to the end of its clause.
    ['China is reportedly prepared to recognize the legitimate rulers, but that is a mistake.', ['China is reportedly prepared to recognize the legitimate rulers,']],
    // A weasel or the writer credits no one; a stance is no report.
    ['Critics say the plan was a disaster.', []],
    ['I said the plan was a disaster.', []],
    ['Trump wants a bigger wall.', []],
    // What the source makes its object out to be; the object itself is the writer's words.
    ['Moscow condemned EU efforts to seize its assets as illegal.', ['as illegal.']],
    ['Democrats described the showdown as ominous, but the vote went ahead.', ['as ominous,']],
    // Or judges it to be without "as": the object and the judgement both.
    ['The United Nations considers its figures broadly reliable.', ['its figures broadly reliable.']],
    // What the source charges the object with.
    ['The Conservatives accused the government of "chaos".', ['of "chaos".']],
    ['Labour branded the plan a shameless con.', ['a shameless con.']],
    ['The Opposition has termed the move an election gimmick.', ['an election gimmick.']],
    ['Officials praised the protests for being largely peaceful, but the city was tense.', ['for being largely peaceful,']],
  ])('in %j, the source’s words are %j', (sentence, expected) => {
    expect(reportedIn(sentence)).toEqual(expected);
  });
});
