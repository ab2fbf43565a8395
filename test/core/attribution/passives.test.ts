import { agentBy, hiddenSpeakerOf, impersonalReport } from '../../../src/core/attribution/passives';
import { parseText } from '../../../src/core/text/parse';

/** The tokens of `text` and the index of `word` in them. */
function at(text: string, word: string) {
  const tokens = parseText(text)[0].tokens;
  return { tokens, k: tokens.findIndex((t) => t.text === word) };
}

describe('hiddenSpeakerOf', () => {
  it.each([
    ['Mr. Quiros was accused of using $50 million.', 'accused', 'was accused'],
    ['He has been harshly criticized for his policies.', 'criticized', 'has been harshly criticized'],
    ['She is widely regarded as the favourite.', 'regarded', 'is widely regarded'],
    ['He is said to be ill.', 'said', 'is said'],
    ['Peacekeepers have sometimes been accused of abuse.', 'accused', 'have sometimes been accused'],
    ['Perhaps the plan was rightly praised as a model.', 'praised', 'was rightly praised'],
    // Tipped to do something, seen as something: by pundits unnamed; seen doing something, by a witness.
    ['Arsenal are widely tipped to win the title.', 'tipped', 'are widely tipped'],
    ['She is widely seen as the favourite.', 'seen', 'is widely seen'],
    ['He was seen leaving the building.', 'seen', null],
    ['She was tipped off by a neighbour.', 'tipped', null],
    // An agent names the speaker; the hearer of "told" and a forecast hide no one.
    ['Dr. Oz has been called a charlatan by fellow physicians.', 'called', null],
    ['He was told to leave.', 'told', null],
    ['Lawmakers are expected to vote on Friday.', 'expected', null],
    // Unless the sentence says many expect it: then they go unnamed.
    ['The Fed is widely expected to hold rates steady.', 'expected', 'is widely expected'],
    ['Growth was widely forecast to slow.', 'forecast', 'was widely forecast'],
    ['He was called to testify.', 'called', null],
    ['Officers were called at about 11.40pm.', 'called', null],
    ['It was said that the plan failed.', 'said', null],
    ['Critics accused him of lying.', 'accused', null],
    // Coming under criticism hides its critics too, unless they are named; an attack is a deed.
    ['The United Nations came under withering criticism for its silence.', 'came', 'came under withering criticism'],
    ['The plan has come under criticism.', 'come', 'has come under criticism'],
    ['The plan came under criticism from Republicans.', 'came', null],
    ['The city came under attack overnight.', 'came', null],
    // Judged by many with nothing after, or doubts raised, by no one named; a bare passive or an agent names no such crowd.
    ['The move has been widely criticised.', 'criticised', 'has been widely criticised'],
    ['The plan was roundly condemned, but it passed.', 'condemned', 'was roundly condemned'],
    ['The move was criticised.', 'criticised', null],
    ['Concerns have been raised about safety.', 'raised', 'have been raised'],
    ['Concerns were raised by residents.', 'raised', null],
    ['The bar was raised.', 'raised', null],
    ['Interest rates were raised to 5%.', 'raised', null],
    ['The flag was raised over the city.', 'raised', null],
    // Weighed as a candidate, judged by no one; judged as something, by someone unnamed.
    ['He must serve 22 years before he can be considered for parole.', 'considered', null],
    ['He is considered a risk.', 'considered', 'is considered'],
  ])('in %j, the passive of %s hides %j', (text, word, hidden) => {
    const { tokens, k } = at(text, word);
    const span = hiddenSpeakerOf(tokens, k);
    expect(span && text.slice(tokens[span[0]].start, tokens[span[1]].end)).toBe(hidden);
  });
});

describe('agentBy', () => {
  it.each([
    ['The statement was written by aides.', 'written', 'by'],
    ['Oz has been called a charlatan by fellow physicians.', 'called', 'by'],
    ['He was criticized for the plan, by then a law.', 'criticized', null],
    ['The bill was passed and signed by the governor.', 'passed', null],
  ])('in %j, the agent of %s is named after %j', (text, word, by) => {
    const { tokens, k } = at(text, word);
    const i = agentBy(tokens, k);
    expect(i >= 0 ? tokens[i].text : null).toBe(by);
  });
});

describe('impersonalReport', () => {
  it.each([
    ['It is understood that ministers will meet.', 'understood', 'It is understood'],
    ['It was gathered that the kidnappers had demanded a ransom.', 'gathered', 'It was gathered'],
    // A clause may follow without "that".
    ['It is believed the attack was linked to a feud.', 'believed', 'It is believed'],
    ['It is thought he fled abroad.', 'thought', 'It is thought'],
    ['It is thought Manchester United and Arsenal have been monitoring him.', 'thought', 'It is thought'],
    // Or a figure, sized or not; an estimate is as unsourced as a belief.
    ['It is thought around 13 million people in the UK are obese.', 'thought', 'It is thought'],
    ['It is estimated 40,000 people attended.', 'estimated', 'It is estimated'],
    // Not an agent's report, nor a thing believed.
    ['It was reported by Reuters that he fled.', 'reported', null],
    ['The story is believed by many.', 'believed', null],
  ])('in %j, the impersonal %s reports through %j', (text, word, span) => {
    const { tokens, k } = at(text, word);
    const found = impersonalReport(tokens, k);
    expect(found && text.slice(tokens[found[0]].start, tokens[found[1]].end)).toBe(span);
  });
});
