import { analyseArticle } from '../../../src/core/classify/analyse-article';

/** Each citation's source as the store will name it. */
const namesIn = (text: string) => analyseArticle(text).sentences.flatMap((s) => s.attributions.map((a) => a.name ?? a.sourceText));

describe('resolveSurnames and resolvePronouns (through analyseArticle)', () => {
  it.each([
    ['a surname after the full name is that person', 'A company run by a man named Tom Clarke took the mines. Mr. Clarke said the deal worked.', ['Tom Clarke']],
    ['a surname after a full name with a generational suffix is that person', 'President Ferdinand Marcos Jr. on Monday ordered an inquiry. "Have some shame," Marcos said.', ['Ferdinand Marcos Jr.', 'Ferdinand Marcos Jr.']],
    ['a middle initial is the same name', 'Donald J. Trump spoke first. Donald Trump spoke again. Trump said it was rigged.', ['Donald Trump']],
    ['a pronoun after it takes the full name too', 'Tom Clarke bought the mines. Clarke said the deal worked. He added that it was cheap.', ['Tom Clarke', 'Tom Clarke']],
    ['of two full names, the surname is the one the article cites', 'Ivanka Trump spoke at the convention. Donald Trump said he would win. Later, Trump said it again.', ['Donald Trump', 'Donald Trump']],
    ['a surname two people share stays as written', 'Bill Clinton spoke first. Hillary Clinton spoke later. Clinton said it was over.', ['Clinton']],
    ['unless the article mentions one at least twice as often as the others, possessives counted', "Hillary Clinton spoke first. Hillary Clinton's aides stayed at Chelsea Clinton's flat. Hillary Clinton left. Clinton said it was over.", ['Hillary Clinton']],
    ['a full name in the possessive gives the surname too', "Ridley Scott's sequel is long. Scott has said he wants a third film.", ['Ridley Scott']],
    ['a title or a capitalised opening word is no first name', 'But President Obama spoke first. Obama said it was over.', ['Obama']],
    ['a heading ending in a place is no first name', 'Talks in Geneva\n\nTrump said the talks had gone well.', ['Trump']],
    ['a title before the full name is not its first name', 'Senate Majority Leader John Thune spoke first. Thune said he would bring the bill back.', ['John Thune']],
    ['an MP mentioned again as "the MP" is the MP named before', 'Labour MP Jess Phillips said the plan was flawed. The MP, who represents Birmingham Yardley, said she would vote against it.', ['Jess Phillips', 'Jess Phillips']],
    ['a post of several words mentioned again is the one holding that post', 'The former deputy prime minister, John Prescott, said it was a mistake. Home Secretary Yvette Cooper disagreed. The former deputy prime minister said the party had lost its way.', ['John Prescott', 'Yvette Cooper', 'John Prescott']],
    ['one person mentioned again by office is the one holding it', '"It is a stunt," said Sen. Sherrod Brown. The senator, who faces a tough race, added that he would back a deal.', ['Sherrod Brown', 'Sherrod Brown']],
    ["a transcript's surname label is the full name its first label gave in capitals", 'JAKE TAPPER, CNN HOST: Welcome back.\n\nTAPPER: Is he right?', ['Jake Tapper', 'Jake Tapper']],
    ['an office mentioned again with no one named to hold it is the one introduced unnamed', 'But a senior Labour MP said the party was in revolt. "It will be lost," the MP said.', ['a senior Labour MP', 'a senior Labour MP']],
    ['a spokesman mentioned again is the spokesman named before', 'Kremlin Spokesman Dmitry Peskov told reporters it was theft. According to the spokesman, Moscow will respond.', ['Dmitry Peskov', 'Dmitry Peskov']],
    ['a family name written first is the one name a title introduces', 'Chinese President Xi Jinping met Lula on Wednesday. Xi said the ties were strong.', ['Xi Jinping']],
    ['a name with particles is the full name that holds it', 'European Commission President Ursula von der Leyen spoke first. Von der Leyen said the deal was historic.', ['Ursula von der Leyen']],
    ['a name hyphenated to its particle is the full name that holds it', 'Ahmed al-Sharaa, the leader of HTS, has pledged to disarm. "There will be no weapons outside the state," al-Sharaa told reporters.', ['Ahmed al-Sharaa', 'Ahmed al-Sharaa']],
    ['a name with its particles in lower case, mid-sentence, is the full name that holds it', 'Commission President Ursula von der Leyen spoke first. Speaking later, von der Leyen said the deal was historic.', ['Ursula von der Leyen']],
    ['a Dutch particle opening the sentence is no number', 'United manager Erik ten Hag spoke first. Ten Hag said the result was massive. Later, ten Hag added that he was proud.', ['Erik ten Hag', 'Erik ten Hag']],
    ['a pronoun after a sentence opening on a person named in full, cited or not, is that person', 'Ronald Reagan was once asked how the Cold War would end. He responded that they would lose.', ['Ronald Reagan']],
    ['or by the surname of the one full name the article gave before', 'Donald Trump\'s campaign hired a new chief on Tuesday. Paul Manafort told associates he was staying. Trump himself arrived late on Tuesday. "I am who I am," he said.', ['Paul Manafort', 'Donald Trump']],
    ['or named in full after a role', 'Tottenham boss John Smith was left frustrated. "We gave them two soft goals," he said.', ['John Smith']],
    ['or named in full after a post of two words and a title', 'The harbour master, Captain Ian Douglas, is more hopeful. "There\'s a future here," he insisted.', ['Ian Douglas']],
    ['or by a given name alone after kin', 'Tom Harland, 71, has fished here for 50 years. His son, Mark, gave up the sea in 2015. He says he misses the money.', ['Mark']],
    ['or named in full with the particles inside the name', 'Mikel Arteta was delighted. Erik ten Hag was less happy. The Dutchman said his side had been poor.', ['Erik ten Hag']],
    ['or named in full before an aside', 'Tom McAllister, 63, stood by the gates. He had started there in 1979. "You lose a job," he said quietly.', ['Tom McAllister']],
    ['or before an aside in lower case, the honour no part of the name', 'Sir Keir Starmer, never the most thrilling of performers, looked statesmanlike. He said the plan would work.', ['Keir Starmer']],
    ['an honour before a given name is the full name the article gives them', 'Sir Keir Starmer visited the hospital. "We will fix it," said Sir Keir.', ['Keir Starmer']],
    ['or the full name without the honour', 'Keir Starmer has promised change. "We will fix it," said Sir Keir.', ['Keir Starmer', 'Keir Starmer']],
    ["a surname that is a body's word is the cited person's full name", '"We were surprised," said Dr Amelia Bank. Dr Bank told the paper that more trials were needed.', ['Amelia Bank', 'Amelia Bank', 'the paper']],
    ['an honour before a given name the article gives no surname stays as written', 'Sir Alex said it was nonsense.', ['Sir Alex']],
    ["a firm cited by its name's first word is the one full name the article gives it", 'Northwind Energy plc today announced record results. Northwind believes demand will grow.', ['Northwind Energy', 'Northwind Energy']],
    ['a body cited by its acronym is the one full name the article spells it with', 'The World Health Organization declared an emergency. The WHO said cases had tripled.', ['World Health Organization', 'World Health Organization']],
    ['a full name closing its sentence is spelled without the stop', 'Unemployment rose, according to the Office for National Statistics. Wage growth slowed, the ONS said.', ['Office for National Statistics', 'Office for National Statistics']],
    ['an acronym two full names spell stays as written', 'The National Arts Council and the National Audit Commission met. The NAC said it was pleased.', ['NAC']],
    ['a word capitalised before a name opening the sentence is no given name', 'Donald Trump spoke first. If Trump wins the debate, the polls will move. He said he would win.', ['Donald Trump']],
    ['a name the particles after it complete', 'Brazilian President Luiz Inacio Lula da Silva spoke first. Lula said the deal was fair.', ['Luiz Inacio Lula da Silva']],
    ["an office's object is no first name", 'Secretary of State Marco Rubio spoke first. Rubio said the talks had failed.', ['Marco Rubio']],
    ['a family name written first is the cited name it opens', 'Foreign Ministry spokesperson Mao Ning said China opposed the sale. "It violates the principle," Mao said.', ['Mao Ning', 'Mao Ning']],
    ['a pronoun of the other sex than a title tells stays unnamed', '"She was right," said Sir Richard Moss. She once told an interviewer that science did not care.', ['Richard Moss', 'She']],
    ['a pronoun of the other sex than a given name tells stays unnamed', 'Prosecutor Sarah Jenkins told the court that Barker lost his temper. In a statement read to the court, he said he no longer felt safe.', ['Sarah Jenkins', 'he']],
    ['a given name of the same sex takes the pronoun', 'Prosecutor Sarah Jenkins told the court that Barker lost his temper. Later, she said the sentence was fair.', ['Sarah Jenkins', 'Sarah Jenkins']],
    ['a surname alone tells no sex', '"It is over," Mrs. Clinton said. She added that she would fight on.', ['Clinton', 'Clinton']],
    // Another person named in between: the pronoun could be either, so it stays as written.
    ['a pronoun after another person is named in passing stays unnamed', '"We planted in March," Maria Lopez said. The farm was bought by Tom Reyes in 1990. "Everybody is hurting," he said.', ['Maria Lopez', 'he']],
    ['a pronoun after another person opens a sentence, past a role, is that person', '"We planted in March," Maria Lopez said. Her neighbour, Tom Reyes, nodded. "Everybody is hurting," he said.', ['Maria Lopez', 'Tom Reyes']],
    ['a pronoun after the person its own sentence is about, with no one named speaking before it, is that person', '"We will win," Rush Limbaugh said. NBC colleague Matt Lauer faced criticism after he asked about the emails.', ['Rush Limbaugh', 'faced criticism', 'Matt Lauer']],
    ['a name after a preposition, or in a quote, is not the one the pronoun means', '"We will win," Lamar Alexander said. Campaigning against Mitt Romney, he barely mentioned it. "Hillary Clinton will win," he said.', ['Lamar Alexander', 'Lamar Alexander', 'Lamar Alexander']],
    ['a person unnamed, told by someone named in passing, counts too', '"We will win," Donald Trump said. Candidate Gary Johnson’s doctor is calling him fit. He released a letter on Friday.', ['Donald Trump', 'Candidate Gary Johnson’s doctor', 'He']],
    ['one unnamed person speaking in between counts too', 'Det Insp Sarah Collins said it was shocking. A witness told the Bristol Post she heard screaming. "It was terrifying," she said.', ['Sarah Collins', 'A witness', 'Bristol Post', 'she']],
    ['a person cited before, opening a sentence that cites no one, is the one a pronoun after it means', '"We were devastated," says Gwen Morgan. A councillor said the shop would fail. Morgan laughs at that. "They said that five years ago," she says.', ['Gwen Morgan', 'A councillor', 'Gwen Morgan']],
    ['another person named by title and surname counts too', '"We will win," John Podesta said. Mr. Obama chalks it up to politics. "It is hard," he said.', ['John Podesta', 'he']],
    ['a word opening a sentence, or an outlet, before a surname is no given name', 'Unlike Patriot, the firm grew. The Washington Post Trump story ran. Patriot said it would appeal.', ['Patriot']],
    ['a surname that is also a state is the person cited by that full name', 'Rep. Jim Jordan told reporters the department was weaponized. "They sicced the FBI on parents," Jordan said.', ['Jim Jordan', 'Jim Jordan']],
    ['a given name alone is the one full name the article opens with it', 'Strictly star Amy Dowden is heartbroken. It comes after Amy revealed she was cancer-free.', ['Amy Dowden']],
    ['a given name two full names open stays as written', 'Amy Dowden and Amy Smith danced. It comes after Amy revealed she was cancer-free.', ['Amy']],
    ["a surname read as a firm's beside a firm is the person the article names so", 'Elon Musk met Putin. Neither Musk nor SpaceX responded.', ['Elon Musk', 'SpaceX']],
    ['a firm beside a firm, with no person of its name, stays a firm', 'Pfizer and Merck said the drug worked.', ['Pfizer', 'Merck']],
    ['a state named where the person of that surname is cited by no one stays the state', 'King Abdullah met Jim Jordan, a visiting congressman. Jordan said the talks had failed.', ['Jordan']],
    ['a surname after the full name with a middle initial is that person, as cited', 'U.S. District Judge Lewis A. Kaplan said he had lied. "He knew it was wrong," Kaplan said.', ['Lewis A. Kaplan', 'Lewis A. Kaplan']],
    ['a surname after the full name with letters after it is that person', 'Hugh Tomlinson QC, for Mrs Rooney, said the evidence was clear. "It is a coincidence," Mr Tomlinson said.', ['Hugh Tomlinson', 'Hugh Tomlinson']],
    ["the same person's possessive is no other person", '"We will win," Barack Obama said. Mr. Obama\'s record is mixed. "It is hard," he said.', ['Barack Obama', 'Barack Obama']],
  ])('%s', (_, text, expected) => {
    expect(namesIn(text)).toEqual(expected);
  });
});

describe('resolveDefiniteMentions (through analyseArticle)', () => {
  it.each([
    [
      'an unnamed source mentioned again is the one introduced',
      'A person with knowledge of the matter said the case was under review. The person said no decision had been made.',
      ['A person with knowledge of the matter', 'A person with knowledge of the matter'],
    ],
    ['a plural takes its plural introduction', 'Three people familiar with the vote said it was close. The aide refused, the people said.', ['Three people familiar with the vote', 'Three people familiar with the vote']],
    ['with no introduction, the mention stays as written', 'The officials said the talks had stalled.', ['The officials']],
    ['a person mentioned again by the word of their role is the one named with it', 'Elon Musk, the billionaire owner of X, said the deal was dead. The billionaire added that he would sue.', ['Elon Musk', 'Elon Musk']],
    ['a role no one named holds stays as written', 'Elon Musk said the deal was dead. The billionaire added that he would sue.', ['Elon Musk', 'The billionaire']],
    ['a role a headline spells as a name stays as written', 'NTSB: Pilot reported engine trouble\n\nThe pilot told controllers he was losing oil pressure.', ['NTSB', 'Pilot', 'The pilot']],
    ['a two-word surname is the one longer name cited that ends with it', 'Former president Andrés Manuel López Obrador criticised the deal. López Obrador wrote that it was a betrayal.', ['Andrés Manuel López Obrador', 'Andrés Manuel López Obrador']],
    ['a name whose first word is a given name stays as written', 'Hillary Rodham Clinton said it was over. Hillary Clinton said it again.', ['Hillary Rodham Clinton', 'Hillary Clinton']],
    ['a person mentioned by age is the one last named', 'Pop star Mia Rivers has announced a break. In a post, the 29-year-old wrote: "This is the hardest decision."', ['Mia Rivers', 'Mia Rivers']],
    // Named in a sentence that cites no one, and by nationality.
    ['a person mentioned by age is the one a sentence opened on', 'Pop star Mia Carter has hit back at critics. The 27-year-old wrote that the power had failed.', ['Mia Carter']],
    ['a person mentioned by nationality is the one last named', 'Arne Slot confirmed the news. "He is out," the Dutchman said.', ['Arne Slot', 'Arne Slot']],
    // A pronoun after one unnamed speaker for a body is that speaker; after any other unnamed one, it stays unnamed.
    // A person opening a sentence that cites only a body; "she" after a man has spoken is the woman named before him,
    // unless another woman is named since, or someone met only by a word of role.
    ['a person opening a sentence that cites a body is who a pronoun means', 'Zoe Hart ran a bakery when the Greens asked her to stand. "I thought we would come third," she says.', ['Greens', 'Zoe Hart']],
    ['"she" after a woman named in full, then by her surname opening a sentence, after another source spoke, is her', 'Sarah Cole did not set out to be a whistleblower. "I just wanted someone to listen," she says. A spokesperson said the claims were investigated. Cole is not convinced. She believes it was a whitewash.', ['Sarah Cole', 'A spokesperson', 'Sarah Cole', 'Sarah Cole']],
    ['"he" in a sentence opening on a named person, no one cited by name in it, is that person', 'Ukrainian President Volodymyr Zelensky held a call with Donald Trump on Monday, during which he said Crimea mattered most.', ['Volodymyr Zelensky']],
    ['"she" after an account\'s handle opening the sentence before is that account', 'TikTok user @travelwithkate, who has 200,000 followers, shared a video of the receipt. "I thought it was a joke," she said in the clip.', ['@travelwithkate']],
    ['"she" after an unnamed person opening the sentence is that person', 'My cousin works for the council and she says they were told to stay quiet.', ['My cousin']],
    ['"she" after a person named in apposition is no unnamed opener', 'His guest, the actress Kamala Lopez, was emotional as she called for change.', ['she']],
    ['"she" after a man has spoken is the woman before him', 'Zoe Hart froze fares. Councillor James Pryor told me it was "a gimmick". "It works," she said.', ['James Pryor', 'Zoe Hart']],
    ['"she" after another woman named since stays unnamed', 'Lily Batchelder, a tax expert, said taxes would rise. Donald Trump insisted his plan was fine, with Hillary Clinton lambasting it. "It is trickle-down," she said.', ['Lily Batchelder', 'Donald Trump', 'she']],
    ['"he" after someone met only by role stays unnamed', 'Michael Tanner said the plan was vague. Aparna Mathur said it was unclear. The GOP candidate proposes tax breaks. He also wants paid leave.', ['Michael Tanner', 'Aparna Mathur', 'The GOP candidate', 'He']],
    ['a pronoun after an unnamed spokesman is the spokesman', 'Mia Carter was upset. A spokesman for the festival confirmed a generator failed. "We apologise," he said.', ['A spokesman for the festival', 'A spokesman for the festival']],
    ['a pronoun after an unnamed questioner stays unnamed', 'Donald Trump spoke on Monday. One questioner claimed the army was weak. "You\'re right," he said.', ['One questioner', 'he']],
    // A Chinese or Korean name gives its family name first: "Xi" is a woman's given name in the lists, not here.
    ['"he" after a Chinese name, family name first, is that person', 'Speaking in Beijing, Chinese President Xi Jinping said no one should underestimate China. He added that force was not ruled out.', ['Xi Jinping', 'Xi Jinping']],
    ['"she" after a Taiwanese name is that person', 'Vice President Hsiao Bi-khim said the island would not yield. She added that talks were possible.', ['Hsiao Bi-khim', 'Hsiao Bi-khim']],
    ['a nationality of the other sex names no one', 'Sarah Hunt said she was delighted. "It was brilliant," the Frenchman said.', ['Sarah Hunt', 'the Frenchman']],
  ])('%s', (_, text, expected) => {
    expect(namesIn(text)).toEqual(expected);
  });
});

describe('resolveShortOutletNames (through analyseArticle)', () => {
  const outletsIn = (text: string, outlet: string | null = null) =>
    analyseArticle(text, outlet).sentences.flatMap((s) => s.attributions.map((a) => `${a.name ?? a.sourceText} (${a.sourceType})`));
  it.each([
    ['"the Times" after the New York Times is that paper', 'The New York Times reported that talks had stalled. Later, the Times said the deal was off.', null, ['The New York Times (outlet)', 'The New York Times (outlet)']],
    ['it is the Times the story named last', 'Speaking to the Los Angeles Times, Ms. Bass said it was over. The Times said the deal was off.', null, ['Bass (person)', 'Los Angeles Times (outlet)', 'Los Angeles Times (outlet)']],
    ['"a Times article" after the New York Times is that paper', 'The New York Times reported it first. Later a Times article hailed him.', null, ['The New York Times (outlet)', 'The New York Times (outlet)']],
    ['"the Post" after the Washington Post is that paper', 'The Washington Post reported the vote. The Post said officials were angry.', null, ['The Washington Post (outlet)', 'The Washington Post (outlet)']],
    // A paper told something by its masthead's word alone: the article's own paper when its name ends so.
    ['"told the Echo" in the Northern Echo is its own reporting', '"It is a farce," one parent told the Echo.', 'Northern Echo', ['one parent (anonymous)', 'Northern Echo (self)']],
    ['"told the Echo" with no Echo named is a paper still', '"It is a farce," one parent told the Echo.', null, ['one parent (anonymous)', 'Echo (outlet)']],
    ['with no Times named, the London paper', 'The Times reported that the minister would resign.', null, ['The Times (outlet)']],
    ["with no Times named, the article's own Times", 'The Times reported last year that the minister would resign.', 'The New York Times', ['The New York Times (self)']],
    // An outlet mentioned again by its trade is the outlet last named, cited or not; a study's "paper" stays the study.
    ['"the paper" after the Telegraph is that paper', 'The plan was revealed by the Telegraph on Monday. The paper said the documents had leaked.', null, ['The Telegraph (outlet)', 'The Telegraph (outlet)']],
    ['"the network" after RT named is RT', 'The New York Times reported that the RT editor in chief was angry. The network said the report was false.', null, ['The New York Times (outlet)', 'RT (outlet)']],
    ['"the paper" after a study is the study', 'A paper published in Nature found the gene was linked to cancer. The paper said the effect was small.', null, ['A paper published in Nature (document)', 'The paper (document)']],
  ])('%s', (_, text, outlet, expected) => {
    expect(outletsIn(text, outlet)).toEqual(expected);
  });
});
