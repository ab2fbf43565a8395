import { analyseArticle } from '../../../src/core/classify/analyse-article';

/** The type of every source named `name` in a text. */
function typesOf(text: string, name: string) {
  return analyseArticle(text)
    .sentences.flatMap((s) => s.attributions)
    .filter((a) => a.sourceText === name)
    .map((a) => a.sourceType);
}

describe('resolveOneWordBodies, through analyseArticle', () => {
  it.each([
    // Elsewhere the article speaks of the word as a company.
    ["Tesla did not respond to a request for comment. Tesla's head of vehicle engineering, Lars Moravy, called it a fix.", 'Tesla', 'organisation'],
    ['Shares of Toyota fell 2%. Toyota said it was not aware of any crashes.', 'Toyota', 'organisation'],
    ['Nvidia said demand was strong. The chipmaker Nvidia has a market value of $3 trillion.', 'Nvidia', 'organisation'],
    ['A Boeing spokesperson declined to comment. Boeing said its prices were fair.', 'Boeing', 'organisation'],
    ['Apple unveiled a thinner phone, betting that design would revive sales. "A leap," said Greg Joswiak, Apple\'s senior vice president of marketing.', 'Apple', 'organisation'],
    ['Wedbush said the stock was cheap. Wedbush Securities Inc is based in Los Angeles.', 'Wedbush', 'organisation'],
    ['The plans were proposed by Barratt Homes. Barratt said the scheme would include a school.', 'Barratt', 'organisation'],
    // Itself as "it" appealing; its annual profit.
    ['Apple said it would appeal.', 'Apple', 'organisation'],
    ["Spotify welcomed the ruling. The fine was less than 1% of Spotify's annual profit.", 'Spotify', 'organisation'],
    // A "which" clause after the name: a person takes "who"; one about the clause says nothing of the name.
    ['Meta, which owns Facebook, Instagram and WhatsApp, said it would appeal.', 'Meta', 'organisation'],
    ['Voters turned away from Clinton, which is a problem. Clinton said she would fight on.', 'Clinton', 'person'],
    ["Meta said it would appeal. Nick Clegg, Meta's president of global affairs, called the fine unjustified.", 'Meta', 'organisation'],
    ['Bills will rise by 26%, the regulator Ofwat has announced. Ofwat said the increase would pay for pipes.', 'Ofwat', 'organisation'],
    // "it" doing business in what it said is the body itself.
    ['Starbucks said it would close 400 stores.', 'Starbucks', 'organisation'],
    ['Ryanair said on Tuesday that its fares would rise.', 'Ryanair', 'organisation'],
    ['Amazon said in January it would eliminate 14,000 corporate roles.', 'Amazon', 'organisation'],
    ['Rates fell, according to information service Moneyfacts. Rates will fall again, Moneyfacts said.', 'Moneyfacts', 'organisation'],
    // Its staff by their trade; its data.
    ['Rates fell, according to Moneyfacts. Moneyfacts finance expert Rachel Springall said lenders were competing.', 'Moneyfacts', 'organisation'],
    ["Rightmove said asking prices rose, according to Rightmove's latest figures.", 'Rightmove', 'organisation'],
    ['Data from Zoopla shows demand is up. Zoopla said it was surprised.', 'Zoopla', 'organisation'],
    // A body's full name is no given name before a family name ("Apple Inc." is not Apple's first name).
    ['Apple Inc. said on Wednesday that it would cut prices. Apple argued that regulators were wrong.', 'Apple', 'organisation'],
    // Its results.
    ['Nvidia expects revenue of $37.5 billion for the fourth quarter.', 'Nvidia', 'organisation'],
    ['Shell has reported bigger-than-expected profits of $7.4bn for the third quarter.', 'Shell', 'organisation'],
    // One that only declines to comment, with no title anywhere.
    ['The iPhone maker faces a lawsuit over battery life. Apple declined to comment.', 'Apple', 'organisation'],
    // The kind of body the name is given with elsewhere.
    ['Fans queued for Glastonbury Festival tickets. Glastonbury said in a statement that a resale would follow.', 'Glastonbury', 'organisation'],
    // A company the lexicon knows, with nothing else said of it; the same name is a surname once a person is named by it.
    ['Microsoft said the outage had been fixed.', 'Microsoft', 'organisation'],
    ['Pfizer said the trial would continue.', 'Pfizer', 'organisation'],
    // A firm in the news every day, whose name is also a word or a person's.
    ['Tesla has denied wrongdoing in previous cases.', 'Tesla', 'organisation'],
    ['Shell said profits fell.', 'Shell', 'organisation'],
    ['Tom Baxter, a farmer, said the flood had ruined his crops. Baxter said he would sue the council.', 'Baxter', 'person'],
    // A person: nothing says company, or a first name is given.
    ['Mr Jones was arrested on Monday. Jones declined to comment.', 'Jones', 'person'],
    ['Musk said it would be a disaster.', 'Musk', 'person'],
    ['Musk said the cars were safe.', 'Musk', 'person'],
    ["Elon Musk runs Tesla. Musk said the cars were safe. Musk's shares rose.", 'Musk', 'person'],
    // One named as someone's body is one; one who shares a photo is no firm's shares.
    ['Chelsea boss Enzo Maresca refused to comment. It is thought that Chelsea would be willing to pay.', 'Chelsea', 'organisation'],
    ['Adele shares rare photo of her son. Adele said her divorce had been hard.', 'Adele', 'person'],
  ])('in %j, %s is a source of type %s', (text, name, type) => {
    expect(typesOf(text, name)).toEqual([type]);
  });

  it('once the name is a body anywhere, reads every mention of it as the body', () => {
    expect(typesOf('Apple claims the chip is faster. Apple did not respond to questions about the cuts.', 'Apple')).toEqual(['organisation', 'organisation']);
    // (A body by a plural's verb once is one throughout.)
    expect(typesOf('Benfica are reluctant to sell and had initially demanded the full release clause.', 'Benfica')).toEqual(['organisation', 'organisation']);
  });

  it('in a story about one company, reads "the company" as it past a research house cited since', () => {
    const text = 'Apple said its sales would rise. Apple claims the chip is faster. According to Counterpoint Research, sales fell. The company also announced a thinner model.';
    const mention = analyseArticle(text).sentences[3].attributions[0];
    expect([mention.sourceText, mention.name]).toEqual(['The company', 'Apple']);
  });
});
