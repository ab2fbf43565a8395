import { analyseArticle } from '../../../src/core/classify/analyse-article';

/** The (source, cue) pairs analyseArticle finds in a text, own and inherited, sentence by sentence. */
function attributionsOf(text: string) {
  return analyseArticle(text).sentences.map((s) => s.attributions.map((a) => [a.sourceText, a.cueText]));
}

describe('findAttributions, through analyseArticle', () => {
  it.each([
    // Stance and intent with a named or personal subject.
    ['Trump attacked the Federal Reserve on Monday.', [[['Trump', 'attacked']]]],
    ['She wants to raise the minimum wage.', [[['She', 'wants']]]],
    // What a state "seeks" or "wants" is the writer's reading of it (seed 001), not China speaking.
    ['China also seeks stability in Afghanistan for the sake of its projects.', [[]]],
    ['Senator Warren called for the chief executive to resign.', [[['Senator Warren', 'called']]]],
    // A view held of something is its holders'; a guess at what someone would think, or when something was seen, is not.
    ['Trump sees China as a threat.', [[['Trump', 'sees']]]],
    ['Analysts regard the deal as risky.', [[['Analysts', 'regard']]]],
    ['Analysts consider the deal risky.', [[['Analysts', 'consider']]]],
    ['Washington considers Hamas a terrorist group.', [[['Washington', 'considers']]]],
    ['The court considered the case on Monday.', [[]]],
    ['The board is considering a sale.', [[]]],
    ['China would view Russia as a reliable partner.', [[]]],
    ['He saw the film as a child.', [[]]],
    ['We see the same pattern as last year.', [[]]],
    // A speaker after "with", past an adverb of manner.
    ['Starmer is facing pressure, with some warning privately that the policy could cost Labour dearly.', [[['some', 'warning']]]],
    // A connective between commas stands between the speakers and their verb.
    ['Critics, however, say the plan is flawed.', [[['Critics', 'say']]]],
    // Advice in words, the verb tagged a noun after plural people.
    ['Scholars, though, caution against reading current events into ancient texts.', [[['Scholars', 'caution']]]],
    ['Doctors advise against travel.', [[['Doctors', 'advise']]]],
    // What someone had done to a thing of theirs names no speaker in the thing: "£65m" rejected nothing.
    ['The Blues have had an opening bid of £65m rejected, according to sources in Italy.', [[['sources in Italy', 'according to']]]],
    ['She has had her passport confiscated.', [[]]],
    // People at a body, then any bare verb of the classes: the tagger's noun is their verb.
    ['Independent analysts at the Planetary Society estimate the delay could stretch to 2029.', [[['Independent analysts at the Planetary Society', 'estimate']]]],
    // Declining to answer reports nothing: a second source after it speaks for itself.
    ['A spokesman did not respond, while Netflix declined to comment.', [[['A spokesman', 'did not respond'], ['Netflix', 'declined']]]],
    // A report ends at a comma before "while": what follows is a clause of the writer's, its own cues counted.
    ['The FAZ said Berlin would be relieved, while the tabloid Bild asked whether Macron had any authority left.', [[['The FAZ', 'said'], ['Bild', 'asked']]]],
    // A person or a thing turned up is no finding; a clause of what was found is one.
    ['Police found a man in the river.', [[]]],
    ['Investigators found the driver had been drinking.', [[['Investigators', 'found']]]],
    // (Past a place after the noun; "Officers found the body of a woman in the river" turned one up.)
    ['The report found patients at some Sydney hospitals were waiting more than 12 hours.', [[['The report', 'found']]]],
    ['Officers found the body of a woman in the river.', [[]]],
    // What the subject is reported to have said is theirs, passed on by someone unnamed.
    ['The pope is reported to have said that war is madness.', [[['is reported', 'is reported'], ['The pope', 'have said']]]],
    ['Trump said Clinton was accused of lying.', [[['Trump', 'said']]]],
    // Silence as a skill tells no words; apologising for saying something reports it.
    ["The minister's speech was a masterclass in saying nothing at all.", [[]]],
    ['He apologised for saying that the plan failed.', [[['He', 'apologised'], ['He', 'saying']]]],
    // Pointing out, or to something, reports; "at some point" is a time.
    ['At some point you have to stop believing.', [[]]],
    ['Some point out that it fails.', [[['Some', 'point out']]]],
    ['Officers found Ms Walsh with multiple stab wounds.', [[]]],
    // A state someone was found in tells no finding; a thing a study found does.
    ['A man found guilty of fraud was jailed.', [[]]],
    ['Anyone found in possession of a banned weapon faces up to 6 months in prison.', [[]]],
    ['The study found dead cells in the samples.', [[['The study', 'found']]]],
    ['Officers found Ms Walsh had been stabbed.', [[['Officers', 'found']]]],
    // What people show in quotes is a quality someone else named; evidence shows in words.
    ['They had shown "the mentality of champions".', [[]]],
    ['The results showed "a clear improvement".', [[['The results', 'showed']]]],
    // Informing with no one informed, as Indian English has it; informing someone is no report.
    ['Officials informed that reservoirs were at 30 per cent of capacity.', [[['Officials', 'informed']]]],
    ['Police informed the family.', [[]]],
    ['Researchers found a link between sugar and cancer.', [[['Researchers', 'found']]]],
    // A reduced passive of holding hides who holds it; a named speaker of the sentence stands instead.
    ['The couple signed a deal thought to be worth $100 million.', [[['thought', 'thought']]]],
    ["The couple's lucrative deal, said to be worth up to £80million, is due for renewal.", [[['said', 'said']]]],
    ['He said, to be fair, that the plan was good.', [[['He', 'said']]]],
    // A place word after the speakers stands between them and their verb; a fire sparked is no stance met.
    ['Drones hit a refinery, local authorities there said, sparking a large fire.', [[['local authorities', 'said']]]],
    ['Officials there said the fire was out.', [[['Officials', 'said']]]],
    // A thing before "and", right after a verb, is its object: the speakers start after "and".
    ['The data showed one thing and ministers said another.', [[['The data', 'showed'], ['ministers', 'said']]]],
    // Plural documents, past the places that qualify them; surveys are documents.
    ['Polls in Ohio and Florida show Trump ahead.', [[['Polls in Ohio and Florida', 'show']]]],
    ['The surveys show a tight race.', [[['The surveys', 'show']]]],
    // A post opening on a word the tagger reads as a verb, in apposition or before the name.
    ['Gene Munster, managing partner at Deepwater Asset Management, said it was solid.', [[['Gene Munster, managing partner at Deepwater Asset Management', 'said']]]],
    ['Lead author John Smith said it worked.', [[['Lead author John Smith', 'said']]]],
    ['Donald Trump is demanding President Barack Obama make a pledge.', [[['Donald Trump', 'demanding'], ['President Barack Obama', 'make a pledge']]]],
    // A doubt in words: "questioned whether" is no participle before a preposition.
    ['Shares fell as investors questioned whether the upgrades would be enough.', [[['investors', 'questioned']]]],
    // An apposition about the figure, not the source, is no part of the source; a body's kind after its name speaks.
    ['Inflation fell to 3.4%, according to the Office for National Statistics, the lowest level in two years.', [[['the Office for National Statistics', 'according to']]]],
    ['Core CPI rose 0.3% in August, according to the Bureau of Labor Statistics, the fourth straight month at that pace.', [[['the Bureau of Labor Statistics', 'according to']]]],
    // A firm by where it is based: its town and state before "-based" are the phrase's; "firm" after them is no adverb.
    ['Sales will rise, the Santa Clara, California-based company said.', [[['the Santa Clara, California-based company', 'said']]]],
    ['In Paris, London-based firms said it.', [[['London-based firms', 'said']]]],
    ['Sales rose, the London-based firm said.', [[['the London-based firm', 'said']]]],
    ['They stood firm, he said.', [[['he', 'said']]]],
    // An apposition whose post has a possessor runs on.
    ['"It is a ray," said Robert Pappalardo, the mission\'s project scientist at JPL.', [[['Robert Pappalardo, the mission\'s project scientist at JPL', 'said']]]],
    ['According to the Gaza Health Ministry, more than 68,000 Palestinians, mostly women and children, have been killed.', [[['the Gaza Health Ministry', 'According to']]]],
    // A list of modifiers of one noun runs on past its commas; after a name, a clause with its own subject does not.
    ['The talks began in 2022, according to current and former US, European and Russian officials.', [[['current and former US, European and Russian officials', 'according to']]]],
    ['According to the ONS, rich and poor households both lost out.', [[['the ONS', 'According to']]]],
    ['According to RAND, a think tank in California, the plan failed.', [[['RAND, a think tank in California', 'According to']]]],
    ['The Resolution Foundation think tank estimates that repayments will rise.', [[['The Resolution Foundation think tank', 'estimates']]]],
    // What a modal prescribes is not yet said.
    ['He should start by admitting it cannot be fixed.', [[]]],
    ['He responded by saying the plan was dead.', [[['He', 'responded'], ['He', 'saying']]]],
    // (Not one inside the clause the speaker reports, of its own subject.)
    ['The Commission said Apple had prevented app developers from telling users about cheaper options.', [[['The Commission', 'said']]]],
    // A question about what was said reports no one; one that takes the saying as given does.
    ['What do critics say?', [[]]],
    // A participle on a document past the party its phrase names: whoever filed it alleges, not the party sued.
    ['Six former workers have filed a lawsuit against Tesla alleging they suffered years of abuse.', [[['Six former workers', 'alleging']]]],
    // A closing citation reports the clause before it: a stance there is the cited source's to tell.
    ['Clinton plans to visit Charlotte on Sunday, according to a campaign aide.', [[['a campaign aide', 'according to']]]],
    // The remits of one minister's title joined by "and" are one post; a person beside a minister is two sources.
    ['Work and Pensions Secretary Liz Kendall said the changes were fair.', [[['Work and Pensions Secretary Liz Kendall', 'said']]]],
    ['Trump and Defense Secretary Pete Hegseth said the strikes worked.', [[['Trump', 'said'], ['Defense Secretary Pete Hegseth', 'said']]]],
    // Indian English: "as per" cites whoever follows; informing with no one informed is saying.
    ['As per officials, the bill will require amendments.', [[['officials', 'per']]]],
    ['"We will win," he informed.', [[['he', 'informed']]]],
    // A verb in -s the tagger reads as a noun, after a possessor and its noun.
    ["Hill's family disputes the police account.", [[["Hill's family", 'disputes']]]],
    ['His lawyer disputes the claim.', [[['His lawyer', 'disputes']]]],
    // What a modal supposes is no one's stance yet.
    ['Chelsea could surprise a few people if Cole Palmer stays fit.', [[]]],
    // "hopes of", "fears of": the noun, whatever stands before it.
    ["Bitcoin soared, fuelled by Trump's victory and hopes of a friendlier regime.", [[]]],
    // A body's plan is announced, as a person's is; a state's stays the writer's reading of it.
    ['The Tax Policy Center plans to release its analysis next week.', [[['The Tax Policy Center', 'plans']]]],
    ['Beijing also plans major infrastructure projects in Afghanistan.', [[]]],
    // Who a study took in names it too.
    ['People who drink coffee may live longer, according to research involving nearly 500,000 people.', [[['research involving nearly 500,000 people', 'according to']]]],
    // "point out", the verb read as a noun, past its particle.
    ['Skeptics point out that similar predictions have been made before.', [[['Skeptics', 'point out']]]],
    // Agents are people in the news ("estate agents", "FBI agents").
    ['But estate agents report that buyers are becoming more cautious.', [[['estate agents', 'report']]]],
    // A plea in words, as a call for something is; an appeal at law says nothing.
    ['Police appealed for witnesses to come forward.', [[['Police', 'appealed']]]],
    ['The family appealed to the public for help.', [[['The family', 'appealed']]]],
    ['She appealed against her conviction.', [[]]],
    ['The firm appealed to the Supreme Court.', [[]]],
    // What a poll shows is the poll's claim.
    ['The new poll shows the senator leading in Ohio.', [[['The new poll', 'shows']]]],
    // A feeling or conviction its subject holds, told as a passive with no one who caused it; not one supposed.
    ['Republicans are worried that the deficit will grow.', [[['Republicans', 'are worried']]]],
    ['Officials are also concerned about the cost.', [[['Officials', 'are also concerned about']]]],
    ['Voters were convinced that the election was rigged.', [[['Voters', 'were convinced']]]],
    ["He wouldn't be worried about re-election.", [[]]],
    ['Analysts were unconvinced that the savings would be large.', [[['Analysts', 'were unconvinced']]]],
    // A known company's "which" is the company.
    ['Tesco, which said profits rose, is cutting prices.', [[['Tesco', 'said']]]],
    ['Investors are bearish on the stock.', [[['Investors', 'are bearish on']]]],
    ['The bridge was damaged over the weekend.', [[]]],
    // A stance taken in words is unnamed people's too.
    ['On Monday, two officials dismissed the claims as nonsense.', [[['two officials', 'dismissed']]]],
    ['No 10 sources dismissed the claims as nonsense.', [[['No 10 sources', 'dismissed']]]],
    ['On Monday, residents welcomed the decision.', [[['residents', 'welcomed']]]],
    // Without a name, a stance verb is only an action.
    ['The troops attacked the town at dawn.', [[]]],
    // Nor, with a name, is force used on a place, a craft or with a weapon; words aimed at a name or a thing are a stance.
    ['Russia attacked Ukraine in February 2022.', [[]]],
    ['The Iran-backed Houthis attacked a tanker in the Red Sea.', [[]]],
    ['Gunmen attacked a police station in the north.', [[]]],
    ['Smith attacked him with a knife.', [[]]],
    ['Russian artillery hammered the city overnight.', [[]]],
    ['In 2000, they attacked the USS Cole, killing 17 American sailors.', [[]]],
    // Nor is hosting people, or sending for them.
    ['As he welcomed several hundred guests, Scott was launching his campaign.', [[]]],
    ['Biden welcomed Zelensky to the White House.', [[]]],
    ["Kyiv welcomed Zelensky's remarks.", [[['Kyiv', 'welcomed']]]],
    ['He summoned his senior climate adviser to the Oval Office.', [[]]],
    // Nor is a bill tabled or a person introduced to others.
    ['That month, he introduced a congressional resolution that eased the sanctions.', [[]]],
    ['Tim Hess introduced Mr. Clarke to his banking contacts.', [[]]],
    // Nor is a side coming close on the pitch a threat made; a threat of a shutdown is one.
    ['Isak scored, and Arsenal rarely threatened an equaliser.', [[]]],
    ['Trump threatened a shutdown.', [[['Trump', 'threatened']]]],
    ['Troops defended the town.', [[]]],
    ['Trump attacked Biden over the border.', [[['Trump', 'attacked']]]],
    ['He attacked China over trade.', [[['He', 'attacked']]]],
    ["Sanders attacked Clinton's record on trade.", [[['Sanders', 'attacked']]]],
    ['The plan would cut taxes for the middle class.', [[]]],
    ['The Taliban seized power two years ago.', [[]]],
    // A speaker after "with" and its verb of saying, which wink tags a noun; not a thing after "with".
    ['Residents were angry, with one saying the council had failed.', [[['one', 'saying']]]],
    ['Fans flooded social media, with many calling the rumours "cruel".', [[['many', 'calling']]]],
    ['Critics were quick to respond, with many saying the plan was doomed.', [[['many', 'saying']]]],
    // Where a document appeared is no report; the verb after it says what the document did.
    ['The study, published in the European Heart Journal, adjusted for smoking and alcohol.', [[]]],
    ['The study, published in Nature, found that the ice had melted.', [[['The study', 'found']]]],
    // A name the tagger read as a verb, before a possessor's apposition.
    ["Tim Cook, Apple's chief executive, said sales rose.", [[["Tim Cook, Apple's chief executive", 'said']]]],
    // Saying again and again: the verb of keeping on is the cue's.
    ['And yet ministers keep telling us that the transition will make us all richer.', [[['ministers', 'keep telling']]]],
    ['Trump kept saying that the election was rigged.', [[['Trump', 'kept saying']]]],
    // The cue runs from its auxiliary, past adverbs between.
    ["China's commerce ministry did not immediately respond to a request for comment.", [[["China's commerce ministry", 'did not immediately respond']]]],
    // Asking for anonymity reports nothing; sources "with direct knowledge of" a matter name no body.
    ['The plan could be presented next week, two of the sources said, speaking on condition of anonymity.', [[['two of the sources', 'said']]]],
    // The channel the words went through, not its programme.
    ["Speaking on BBC One's Sunday with Laura Kuenssberg, Rachel Reeves said she would act.", [[['Rachel Reeves', 'said'], ['BBC One', 'Speaking on']]]],
    ['Speaking on the phone, he said it was over.', [[['he', 'said']]]],
    // A body's "which" is the body; "God knows" is an idiom.
    ['Iran fired more than 300 drones, according to the Israeli military, which said most were intercepted.', [[['the Israeli military', 'according to'], ['the Israeli military', 'said']]]],
    ['Only God knows the hour.', [[]]],
    ['The health service as we know it will be gone within a decade.', [[]]],
    // A count of views is no view held; posts are documents.
    ['One post has been viewed more than 2 million times.', [[]]],
    // A reference number quoted is no words quoted.
    ['She urged witnesses to contact the force quoting log 1834 of 3 December.', [[['She', 'urged']]]],
    // Studying is no report; "which" after a document's phrase is the document.
    ['Ellison studied physics at Manchester University.', [[]]],
    ['Her 1979 paper in Nature, which showed that temperatures had risen, was dismissed.', [[['Her 1979 paper in Nature', 'showed']]]],
    // An opening participle of the medium is the same saying as the verb; one with its own words is a cue of its own.
    ['Writing on X, she said the warnings mattered.', [[['she', 'said']]]],
    ['Defending, Mark Owen said his client was deeply ashamed.', [[['Mark Owen', 'said']]]],
    ['The company, according to two people briefed on the matter, plans to cut jobs.', [[['two people briefed on the matter', 'according to']]]],
    // The post's holder named after it closes the phrase.
    ['Two people were killed, according to the regional governor, Oleh Syniehubov.', [[['the regional governor, Oleh Syniehubov', 'according to']]]],
    ['The plan was drawn up, according to the minister, who spoke on Monday.', [[['the minister', 'according to']]]],
    ['A spokesman told dpa the plant was safe.', [[['A spokesman', 'told'], ['dpa', 'told']]]],
    // (Without the medium it was told by.)
    ['"We are holding," he told Reuters by phone.', [[['he', 'told'], ['Reuters', 'told']]]],
    // A document cited, a participle and an adjective before its noun.
    ['The plans were drawn up, The Times reported, citing a leaked internal memo.', [[['The Times', 'reported'], ['a leaked internal memo', 'citing']]]],
    // Knowledge claimed for everyone is a weasel's; "nobody knows" claims nothing.
    ['Everyone knows the system is broken.', [[['Everyone', 'knows']]]],
    ['Nobody knows what happened next.', [[]]],
    // "it" after a body named as an object is that body.
    ['We contacted the company but it did not reply.', [[['it', 'did not reply']]]],
    // A verb of manner tagging a quote is its speech tag; laughing at something is not.
    ['"Things change," he shrugs.', [[['he', 'shrugs']]]],
    ['"It is mostly cold," Jim Hale laughed.', [[['Jim Hale', 'laughed']]]],
    // Speech going on tags the quote; words inside it are the speaker's.
    ['“Maybe I can, by speaking directly to white people, say, look, this is not who we are,” she continued.', [[['she', 'continued']]]],
    // Any verb before a colon and an opening quote introduces it; no verb, or a name misread as one, does not.
    ["Fans were quick to react. Another penned: 'Good for her.'", [[], [['Another', 'penned']]]],
    ["One fan gushed: 'She looks so happy!'", [[['One fan', 'gushed']]]],
    ["The message was clear: 'Go home.'", [[]]],
    ["A lesson from Loretta Lynch: 'Be the voice that people hear.'", [[]]],
    ['The rally continued.', [[]]],
    ['He laughed at the idea.', [[]]],
    // "The WHO" is a body, not the relative "who".
    ['The WHO said the risk was high.', [[['The WHO', 'said']]]],
    // A thing added is no remark; words added are.
    ['Tesla said in its filing that the update would add more controls and alerts.', [[['Tesla', 'said']]]],
    ['He added a note of caution, should Clinton return early.', [[['He', 'added']]]],
    // A bare apostrophe after a word in s is its possessive.
    ["Barclays' chief economist said rates would fall.", [[["Barclays' chief economist", 'said']]]],
    // A refusal to comment is the answer of whoever gives it, unnamed or a body.
    ['A spokesperson for the firm declined to comment.', [[['A spokesperson for the firm', 'declined']]]],
    ['The company declined to say how many jobs would go.', [[['The company', 'declined']]]],
    ['The troops refused to leave.', [[]]],
    // A bare verb of thinking after plural people, and one of saying past what qualifies them, read as nouns by the tagger.
    ['Government insiders fear the vote could be lost.', [[['Government insiders', 'fear']]]],
    // A plea in words, and the reason argued after it.
    ['Two Democratic speechwriters implored her to bring it back, arguing that it agitated Trump.', [[['Two Democratic speechwriters', 'implored'], ['Two Democratic speechwriters', 'arguing']]]],
    // ("Figures" of standing are people; the latest figures fear nothing.)
    ['Senior Labour figures fear the row could overshadow the review.', [[['Senior Labour figures', 'fear']]]],
    ['The latest figures fear nothing.', [[]]],
    // The writer's wish is no one's report.
    ['Let us hope the talks succeed.', [[]]],
    ['Friends of the star claim he has been treated unfairly.', [[['Friends of the star', 'claim']]]],
    // A body's short form in brackets before its verb, which the tagger reads as a noun after the bracket.
    ['The Department for Education (DfE) estimates that the strikes could affect more than 20,000 schools.', [[['The Department for Education', 'estimates']]]],
    // A second source joined past the agent of the first's participle; not the agent's own "and" inside a name.
    ['Executives moved $400m of customer funds, according to internal records reviewed by The Wall Street Journal and people familiar with the matter.', [[['internal records', 'according to'], ['people familiar with the matter', 'according to']]]],
    // One reading found by two rules is one attribution.
    ['A draft of the report, obtained by The Guardian, says the policy failed.', [[['The Guardian', 'obtained by'], ['A draft of the report', 'says']]]],
    // A body's forecast of a figure or an event is its own, named or not.
    ['The company has forecast a loss of $5m for the year.', [[['The company', 'has forecast']]]],
    ['The Met Office has forecast strong winds for Thursday.', [[['The Met Office', 'has forecast']]]],
    ['Economists predicted a mild recession.', [[['Economists', 'predicted']]]],
    // A hyphened compound inside the phrase: the word after the hyphen too.
    ['Russian state-run media said the strike hit a depot.', [[['Russian state-run media', 'said']]]],
    ['The Hamas-run health ministry says more than 40,000 people have been killed.', [[['The Hamas-run health ministry', 'says']]]],
    // The outlet told, by its programme or a station's call sign.
    ['Arteta told BBC Match of the Day the team had shown character.', [[['Arteta', 'told'], ['BBC Match of the Day', 'told']]]],
    ['Minns told 2GB radio the state would not back down.', [[['Minns', 'told'], ['2GB radio', 'told']]]],
    // A body's short name in brackets between its name and the document it qualifies.
    ['The Child Poverty Action Group (CPAG) analysis found that 4.3 million children were living in poverty.', [[['The Child Poverty Action Group (CPAG) analysis', 'found']]]],
    // (Not a party tag between names listed: no "Sherrod Brown (D-Ohio)" with "(D-Ohio)" for a role.)
    ['Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested that those claims could be grounds for a securities fraud case.', [[['Robert Menendez', 'suggested']]]],
    ['Claiming the count was rigged, Trump said he would sue.', [[['Trump', 'Claiming'], ['Trump', 'said']]]],
    // A time inside a participle's phrase after the subject is not one opening the clause; who made the study names it.
    ['An exhaustive study being released on Tuesday by a group of researchers shows how it was done.', [[['An exhaustive study being released on Tuesday by a group of researchers', 'shows']]]],
    // An object's participle closing the clause reports nothing; "as the experts predicted" does.
    ['Her flagship scheme has delivered just 4,000 of the 300,000 homes promised.', [[]]],
    ['Rain fell as the experts predicted.', [[['the experts', 'predicted']]]],
    // A coordinated verb goes on with the subject of the main clause, not a relative clause's "which".
    ['Northwind, which employs 14,000 people, said it would close 25 stores but did not say how many jobs would go.', [[['Northwind', 'said'], ['Northwind', 'did not say']]]],
    // A participle after a sentence opening on a market's figures is the "after" clause's subject's.
    ['Shares in Acme plunged 18% after Walter Price cut the forecast, blaming weak demand.', [[['Walter Price', 'blaming']]]],
    // So does "citing", past a relative clause, after a firm's shares.
    ['Nvidia Corp. shares fell after the chipmaker gave a forecast that fell short of estimates, citing new export rules.', [[['the chipmaker', 'citing']]]],
    // People where unnamed sources stand, before a possessor's noun in -ing.
    ["People familiar with the agency's thinking said further curbs are under discussion.", [[["People familiar with the agency's thinking", 'said']]]],
    // Where and when a study appeared is no report of its own: the study's verb reports, the journal part of its name.
    ['A new study published Monday in the journal Nature Medicine found that brain samples held more plastic.', [[['A new study published Monday in the journal Nature Medicine', 'found']]]],
    // A document opening the sentence, tagged a name for its capital, with the participle qualifying it; the
    // verb of evidence before a clause whose subject has an adjective.
    ['Data published on Wednesday shows raw sewage was discharged for 3.6m hours.', [[['Data', 'shows']]]],
    ['Figures published in May show raw sewage was discharged for 3.6m hours.', [[['Figures', 'show']]]],
    // What evidence shows may be a noun: "show" after "Thursday" is no television show. Who released it names it.
    ['Satellite images released by Maxar Technologies on Thursday show new deployments in Belarus.', [[['Satellite images released by Maxar Technologies', 'show']]]],
    // (Economic indicators are data: what they show is theirs, not the economy's they measure.)
    ["China's economy maintained a steady recovery in October, with major indicators showing positive changes.", [[['major indicators', 'showing']]]],
    // A named body's "which" is the body, its name whole, whatever stands before it.
    ['The claim comes from a report by the Institute for Fiscal Studies, which said spending would grow slowly.', [[['the Institute for Fiscal Studies', 'said']]]],
    // (A passive's agent after a month or a day is no name with a preposition inside.)
    ['The law was signed in September by Governor Greg Abbott, who said it would protect free speech.', [[['Governor Greg Abbott', 'said']]]],
    ['The bill was passed on Monday by Senator Jane Doe, who said it would help.', [[['Senator Jane Doe', 'said']]]],
    // Who saw the documents passes them on: an outlet cited beside them.
    ['Documents seen by the BBC show that the firm knew.', [[['Documents', 'show'], ['the BBC', 'seen by']]]],
    // Figures "in" a poll come from the poll.
    ['In this poll, Trump rose 1 percentage point among likely voters.', [[['this poll', 'In']]]],
    ['Support for the plan rose in a Gallup survey released Monday.', [[['a Gallup survey', 'in']]]],
    ['He has invested heavily in polling firms.', [[]]],
    // Arriving or resulting is no report.
    ['The real Trump showed up at the debate.', [[]]],
    ['She wrote down every name in a notebook.', [[]]],
    ['She wrote that every name was in a notebook.', [[['She', 'wrote']]]],
    // An imperative opening the sentence addresses the reader: no one speaks.
    ['Observe another strange bedfellowship.', [[]]],
    // A participle with a time after it qualifies its noun, before the clause's own verb.
    ['A study found that the temperatures recorded that summer would have been impossible.', [[['A study', 'found']]]],
    // A count is a document; a verb left unlemmatised ("texted") is still its cue; a list inside a document's aside.
    ['Turnout is down sharply, according to early counts.', [[['early counts', 'according to']]]],
    ['One minister texted: "It is over."', [[['One minister', 'texted']]]],
    ['The exit poll, conducted by Ipsos for the BBC, ITV and Sky, suggests Labour will win.', [[['The exit poll', 'suggests']]]],
    // A document's "which" clause between it and its verb.
    ['The figures, which were released by the ONS on Wednesday, show inflation rose to 3.2%.', [[['The figures', 'show']]]],
    // A depiction with an aside after what its object is made out to be.
    ['The agency classifies the fields as "possibly carcinogenic", the same category as pickled vegetables.', [[['The agency', 'classifies']]]],
    // "they" after people who speak in the sentence is them.
    ['Residents have vowed to fight the plans, which they say would ruin the village.', [[['Residents', 'have vowed'], ['they', 'say']]]],
    // The outlet or journal a writer writes in is cited too.
    ['Smith wrote in the Guardian that the plan had failed.', [[['Smith', 'wrote'], ['the Guardian', 'wrote in']]]],
    ['In an op-ed for the Washington Post, the senator argued that the bill was flawed.', [[['the senator', 'argued'], ['the Washington Post', 'op-ed for']]]],
    ['Writing in the Lancet, researchers said the results were encouraging.', [[['researchers', 'said'], ['the Lancet', 'Writing in']]]],
    // A stance inside any cue's "that" clause is the speaker's report, no source of its own.
    ['She warned that the party would oppose the bill.', [[['She', 'warned']]]],
    ['Polls showed that few Americans thought of climate change as a priority.', [[['Polls', 'showed']]]],
    // (A determiner's "that" opens no clause.)
    ['While a federal judge found that action unconstitutional, the Supreme Court declined to step in.', [[['a federal judge', 'found'], ['the Supreme Court', 'declined']]]],
    // A place's kind before its name in apposition is part of the phrase.
    ['Residents of the capital, Sanaa, reported hearing loud explosions.', [[['Residents of the capital, Sanaa', 'reported']]]],
    // Calling a strike convenes it; calling the strike something judges it.
    ['The union called a strike for Friday.', [[]]],
    ['Streeting called the strike "unreasonable and unnecessary".', [[['Streeting', 'called']]]],
    ['Labour has called the move an election gimmick.', [[['Labour', 'has called']]]],
    // Asking for comment reports nothing.
    ['He did not respond to an email seeking comment.', [[['He', 'did not respond']]]],
    // Not found when asked, as good as declining; an agreement not reached is none.
    ['A spokesperson for Tesla could not immediately be reached for comment.', [[['A spokesperson for Tesla', 'could not immediately be reached']]]],
    ['An agreement could not be reached on the budget.', [[]]],
    // Past a day; never a thing that cannot be asked.
    ['The senator could not be reached on Friday.', [[['The senator', 'could not be reached']]]],
    ['An agreement could not be reached on Friday.', [[]]],
    ['An agreement could not be reached.', [[]]],
    ['The Guardian is seeking comment from the company.', [[]]],
    // Nor is a bearing displayed: "showed no emotion".
    ['Reed showed no emotion as the verdict was read, and his rivals have shown little interest.', [[]]],
    // "According to" a way of doing things or a measure means "in accordance with" (seed 004): no one speaks.
    ['These processes will run according to the dynamics and the interest of China.', [[]]],
    ['Russia could legitimise the regime, according to the recipe that Beijing has already set.', [[]]],
    ['Everything went according to plan.', [[]]],
    ['He is obese, according to his body mass index.', [[]]],
    ['Prices are set according to the recipe Beijing has set.', [[]]],
    // The writer told by someone unnamed reports; told to do something is ordered.
    ['We are told that workers will be happier.', [[['We are told', 'are told']]]],
    // Assured as told; an aside between commas tells the clause around it.
    ['Productivity, we are assured, has held up.', [[['we are assured', 'are assured']]]],
    ['The minister, we are told, will resign.', [[['we are told', 'are told']]]],
    ['I am told the minister is furious.', [[['I am told', 'am told']]]],
    ["I'm told the minister is furious.", [[["I'm told", "'m told"]]]],
    ['We’re told the bridge is safe.', [[['We’re told', '’re told']]]],
    ['We were told to wait.', [[]]],
    // The head of what follows is who says it: the sources, not the plans they are familiar with.
    // What was gathered states what it indicates, not whoever holds it; tweets are their writer's.
    ['He declined to say whether the US had intelligence indicating an attack was planned.', [[['He', 'declined'], ['intelligence', 'indicating']]]],
    ['Trump unleashed a series of tweets saying the election was rigged.', [[['Trump', 'saying']]]],
    // A reason cited is no source, though a country is named in it: the analysts cite it.
    ['Analysts at Goldman Sachs expect Brent to average $58 next year, citing weak demand in China.', [[['Analysts at Goldman Sachs', 'expect'], ['Analysts at Goldman Sachs', 'citing']]]],
    // A body's acronym written as a word, in brackets after its name; "on" inside a body's name; a limit agreed in Paris.
    ['A report from the UN Environment Programme (Unep) found that policies would fail.', [[['A report from the UN Environment Programme', 'found']]]],
    ['Heatwaves would double, according to the Intergovernmental Panel on Climate Change.', [[['the Intergovernmental Panel on Climate Change', 'according to']]]],
    ['Prices will rise, said John Smith on Twitter.', [[['John Smith', 'said']]]],
    ['Current policies would lead to rises far above the 1.5C limit agreed in Paris in 2015.', [[]]],
    ['The funding comes from the £22.6 billion uplift announced at the Spending Review.', [[]]],
    ['The world is on course for 2.7C, far above the 1.5C limit agreed in Paris, a UN report has found.', [[['a UN report', 'has found']]]],
    ['Dan McLaughlin at the National Review agreed with Matthews about the winner.', [[['Dan McLaughlin at the National Review', 'agreed']]]],
    // An adjective the tagger read as an adverb stays in the phrase.
    ['Aspirin may cut the risk, according to a large international trial.', [[['a large international trial', 'according to']]]],
    ['Ministers will name a regulator within weeks, according to two sources familiar with the plans.', [[['two sources familiar with the plans', 'according to']]]],
    ['The deal was struck, according to the news agency Reuters.', [[['the news agency Reuters', 'according to']]]],
    ['Unemployment fell, according to federal statistics.', [[['federal statistics', 'according to']]]],
    ['A resurgent Taliban, supported by China, will be in position.', [[]]],
    ['Democrats seized on the remark within hours.', [[['Democrats', 'seized']]]],
    // A participle whose clause has no named subject finds no speaker after it either.
    ['It was a little-noticed observation that China has increased its interests, encouraging the completion of a road in the Wakhan Corridor.', [[]]],
    // Party and state tags after a name.
    ['“Subpoenas are not optional,” Rep. Jason Chaffetz (R-Utah) said.', [[['Rep. Jason Chaffetz', 'said']]]],
    ['Gov. Pat McCrory (R) said the video should not be released yet.', [[['Gov. Pat McCrory', 'said']]]],
    // "who" after a comma: the antecedent speaks.
    ['Obama fell out with McConnell, now the Senate majority leader, who in 2010 said the goal was one term.', [[['the Senate majority leader', 'said']]]],
    // ", adding that…" goes on with the speaker just named, not a pronoun inside the quote.
    ['"We do not see a link to terrorism," the mayor said, adding that details would take hours.', [[['the mayor', 'said'], ['the mayor', 'adding']]]],
    // A comma inside the closing quote ends the clause all the same; "going on to say" is one cue.
    ['Peabody said: "Patriot was highly successful," adding that its value quadrupled.', [[['Peabody', 'said'], ['Peabody', 'adding']]]],
    ['"It is insane," Sanders said, going on to say that the country has spent billions.', [[['Sanders', 'said'], ['Sanders', 'going on to say']]]],
    // A spaced hyphen is a dash, which the speaker's name does not cross; a hyphen inside a word is part of it.
    ['The vote was close - Senator Smith said it would pass.', [[['Senator Smith', 'said']]]],
    ['The U.S.-backed government said it would pass.', [[['The U.S.-backed government', 'said']]]],
    // A verb of saying after a preposition is the clause subject's.
    ['President Obama responded on Wednesday by saying the issue was manufactured.', [[['President Obama', 'responded'], ['President Obama', 'saying']]]],
    // Headlines name their speaker with a colon or a verb; page labels are no speakers.
    ['Sanders: Clinton needs to get away from personality stuff.', [[['Sanders', ':']]]],
    ['Poll: Wealthy voters abandon the Republican Party.', [[['Poll', ':']]]],
    ["Obama Says African-American Museum Will Tell of 'Suffering and Delight'", [[['Obama', 'Says']]]],
    ['Islamic State Poised for Possible Resurgence in Afghanistan, US Officials Warn', [[['US Officials', 'Warn']]]],
    ['Al Qaeda Renews Its Focus on Antisemitism and Attacking Israel', [[]]],
    ['Update: The road has reopened after the crash.', [[]]],
    // A curly "n’t" is an auxiliary like "n't", and the cue starts at the word, not inside it.
    ['But Attorney General Eric Schneiderman isn’t saying if the foundation broke the law.', [[['Attorney General Eric Schneiderman', 'isn’t saying']]]],
    // Verbs that wink tags as plural nouns after a name.
    ['Trump charges that countries donated millions to the foundation.', [[['Trump', 'charges']]]],
    ['Hillary Clinton plans to call on young people to serve.', [[['Hillary Clinton', 'plans']]]],
    ['Apple shares the blame for the delay.', [[]]],
    // "called" naming something is no report; "Having said that" is the writer's own turn.
    ['The program, called EB-5, allows foreign investors to gain citizenship.', [[]]],
    ['They argued over a group called Lashkar-e-Taiba.', [[['They', 'argued']]]],
    ['Having said that, the plan has merit.', [[]]],
    // A reporting noun names its possessor; voters' "support" is no stance.
    ['Politifact seized on Trump’s claim that there were thousands of shootings.', [[['Politifact', 'seized'], ['Trump', 'claim']]]],
    ['Her support among millennials still lags.', [[]]],
    // Only a bare verb of saying or thinking has its speaker after it.
    ['“We will win,” recalled Douglas Brinkley.', [[['Douglas Brinkley', 'recalled']]]],
    ['Other major unions, including the teachers, have also endorsed Clinton in the race.', [[]]],
    ['Stumpf stressed what multiple lawmakers called “fraud” in the hearing.', [[['Stumpf', 'stressed'], ['multiple lawmakers', 'called']]]],
    ['The answer: more money for schools and fewer tests.', [[]]],
    // A second verb of the same subject; a stance inside what he said is part of what he said.
    ['Mr. Schultz supported Democrats for years and said he did not support Mr. Trump.', [[['Mr. Schultz', 'supported'], ['Mr. Schultz', 'said']]]],
    ['Fowler said he expects Clinton to recover fully.', [[['Fowler', 'said']]]],
    // A pronoun right before the verb is the whole subject.
    ['He plans to spend the $18 million he says he raised.', [[['He', 'plans'], ['he', 'says']]]],
    // "that" ends the subject: the president called for it, not "Monday".
    ['The spokesman said Monday that President Barack Obama has long called for tax fairness.', [[['The spokesman', 'said'], ['President Barack Obama', 'has long called']]]],
    // A clause between the speaker and the verb: the speaker opens the sentence.
    ['Trump, speaking to a veterans group in Virginia, said he would order a review.', [[['Trump', 'said']]]],
    ['Michael Mulgrew, president of the union, which represents New York City educators, said the day mattered.', [[['Michael Mulgrew, president of the union', 'said']]]],
    // An apposition without an article after a speaker who follows the verb; one too long ends before its last "and".
    ['"It was surprising," said Dr. David Kao, senior author of the study and an assistant professor of cardiology at the University of Colorado.', [[['Dr. David Kao, senior author of the study', 'said']]]],
    // The same with two asides: the name, not the second aside, speaks.
    ['Chris Marchese, counsel for NetChoice, one of the groups that brought the suit, called the decision a win.', [[['Chris Marchese, counsel for NetChoice', 'called']]]],
    // A role before the name it introduces stays with the name; not a participle's object ("Trump's running mate").
    ["Tesla's head of vehicle engineering, Lars Moravy, wrote that the fix was ready.", [[["Tesla's head of vehicle engineering, Lars Moravy", 'wrote']]]],
    // (A place after "in" before the role is where, not the speaker; a post of a body is no body's kind.)
    ["At least three people were killed in Kyiv, the head of the city's military administration, Tymur Tkachenko, said.", [[["the head of the city's military administration, Tymur Tkachenko", 'said']]]],
    ["Trump's running mate, Mike Pence, plans to release his returns.", [[['Mike Pence', 'plans']]]],
    ["Qatar's foreign ministry spokesman, Majed al-Ansari, told reporters the talks had stalled.", [[["Qatar's foreign ministry spokesman, Majed al-Ansari", 'told']]]],
    // Unnamed speakers of a relative clause after a noun for something said, with or without an article.
    ['Platforms censor conservative voices, a claim the companies deny.', [[['the companies', 'deny']]]],
    // A plural noun for people opening the sentence, tagged a name, before a verb tagged a noun.
    ['Experts fear the supply line will drag out the war.', [[['Experts', 'fear']]]],
    // A paper's formula for its own reporting.
    ['Iran is supplying Russia with drones, The Telegraph can reveal.', [[['The Telegraph', 'can reveal']]]],
    ['The Sun can exclusively reveal that the star has quit.', [[['The Sun', 'can exclusively reveal']]]],
    // Goods or an envoy recalled are no memory told.
    ['Tesla recalled nearly 200,000 vehicles on Tuesday.', [[]]],
    ["Elon Musk's Tesla is recalling around 130,000 of its Model S and Model X vehicles.", [[]]],
    // A body named by the places it serves, its commas no apposition.
    ['Barking, Havering and Redbridge University Hospitals NHS Trust said it was sorry.', [[['Barking, Havering and Redbridge University Hospitals NHS Trust', 'said']]]],
    // Setting out plans is laying them out; setting out from a place departs.
    ['The chancellor set out her spending plans on Wednesday.', [[['The chancellor', 'set out']]]],
    // An adjective standing for a body or its people, as the verb's subject.
    ['The military said it struck dozens of targets.', [[['The military', 'said']]]],
    ['The accused denied the charges.', [[['The accused', 'denied']]]],
    ['They set out from London at dawn.', [[]]],
    ['Toyota recalled some Camry sedans.', [[]]],
    ['Russia recalled its ambassador.', [[]]],
    // A form in -ing after a possessor is a noun, so the speaker before the aside is found.
    ["A person familiar with the White House's thinking, who was not authorized to speak publicly, said President Joe Biden would sign it.", [[["A person familiar with the White House's thinking", 'said']]]],
    // Leaning on something is no view.
    ['The House passed the bill, with Speaker Mike Johnson relying on Democratic votes.', [[]]],
    // Nor is a thing based on something: the speaker of the participle after it is the sentence's subject.
    ["A federal judge on Tuesday blocked a Texas law that would have barred large social media platforms from removing posts based on users' political viewpoints, saying it likely violated the companies' free speech rights.", [[['A federal judge', 'saying']]]],
    // "per" cites as "according to" does, not as a rate; "as first reported by"; the outlet whose host heard it.
    ['The talks collapsed, per a report from Axios.', [[['a report from Axios', 'per']]]],
    ['Shares rose 5 per cent.', [[]]],
    ['A quarter of that, per the McKinley plan, is $40,000.', [[]]],
    ['The deal was struck last week, as first reported by Politico.', [[['Politico', 'as first reported by']]]],
    ["Graham told CNN's Jake Tapper that the bill would fail.", [[['Graham', 'told'], ['CNN', 'told']]]],
    ['Yields climbed to 4.71%, according to data compiled by Bloomberg.', [[['data', 'according to'], ['Bloomberg', 'compiled by']]]],
    // The outlet the words went through, named before the speaker.
    ['Speaking to Gazzetta dello Sport, the club president said nobody leaves cheaply.', [[['the club president', 'said'], ['Gazzetta dello Sport', 'Speaking to']]]],
    ['Another source revealed to The Sun that the Duke had been hurt.', [[['Another source', 'revealed'], ['The Sun', 'revealed to']]]],
    // And on air; a day or a platform is no outlet.
    ['Martin Keown said on BBC Radio 5 Live that Arsenal looked tired.', [[['Martin Keown', 'said'], ['BBC Radio 5 Live', 'said on']]]],
    ['Smith said on Monday that the plan failed.', [[['Smith', 'said']]]],
    ['"I would," Melanie said to the TV.', [[['Melanie', 'said']]]],
    // Speaking to an outlet on condition of anonymity: the outlet is cited, the terms of speaking are no topic spoken of.
    ['A Hamas official, who spoke to Reuters on condition of anonymity, said the group would not agree.', [[['A Hamas official', 'said'], ['Reuters', 'spoke to']]]],
    ['The minister spoke to reporters on condition that he not be named.', [[]]],
    ['Writing in The Guardian, the historian argued the opposite.', [[['the historian', 'argued'], ['The Guardian', 'Writing in']]]],
    // Sources near a body, with a verb wink reads as a noun.
    ['Sources close to the club claim the manager has identified him.', [[['Sources close to the club', 'claim']]]],
    // A passive of understanding or reporting before "to" hides who understands; a crash reported to police does not.
    ['Manchester United are understood to have opened talks with Napoli.', [[['are understood', 'are understood']]]],
    ['The crash was reported to police.', [[]]],
    // A stance in a relative clause without "which" describes the thing; a request stranded before its object reports nothing.
    ['It also mentions policies she supported.', [[]]],
    ['People got credit cards in the mail they never asked for.', [[]]],
    // What a hearing was told, as court reports put it; anyone else hearing reports nothing.
    ['The court heard that Foster was travelling at 58mph.', [[['The court', 'heard']]]],
    // Or closing what it heard.
    ['One victim lost her entire life savings of £340,000, Leeds Crown Court heard.', [[['Leeds Crown Court', 'heard']]]],
    ['He lost his job, I heard.', [[]]],
    // A body's word after the noun a relative clause is about: "the bloc" says.
    ['The countries agreed to ban the imports, in a move the bloc says will end its reliance on Moscow.', [[['the bloc', 'says']]]],
    ['The inquest heard he had been drinking.', [[['The inquest', 'heard']]]],
    ['Residents heard gunshots at midnight.', [[]]],
    ['He heard that his brother had died.', [[]]],
    // A participle and its time qualify the noun whose verb follows.
    ['A Gallup survey published Tuesday found that most voters want change.', [[['A Gallup survey', 'found']]]],
    // A participle counting views qualifies its noun; a search is evidence.
    ['Users shared the clip, with one post on X viewed more than 4 million times.', [[]]],
    ['A reverse image search shows the footage was posted in 2023.', [[['A reverse image search', 'shows']]]],
    // The outlet told ends where the clause told begins.
    ['A government source told the BBC the plan would be scrapped.', [[['A government source', 'told'], ['the BBC', 'told']]]],
    // Evidence shown by a clause without "that".
    ['Official figures show inflation fell to its lowest level in three years.', [[['Official figures', 'show']]]],
    ['Polls show voters prefer Clinton on the economy by a wide margin.', [[['Polls', 'show']]]],
    ['Polls show Trump ahead in Ohio.', [[['Polls', 'show']]]],
    // A "who" clause qualifying the subject is part of it, its object no speaker and its verb no cue of its own.
    ['A doctor who signed the letter called Oz a quack.', [[['A doctor who signed the letter', 'called']]]],
    ['One of the docs who sent the letter called Oz a quack.', [[['One of the docs who sent the letter', 'called']]]],
    // A "who" clause with no object, its place kept ("who lives nearby", its verb read as one).
    ['Residents who fled described a terrifying night.', [[['Residents who fled', 'described']]]],
    ['Residents who stayed behind said the night was terrifying.', [[['Residents who stayed behind', 'said']]]],
    ['A man who lives nearby said he heard two shots.', [[['A man who lives nearby', 'said']]]],
    // (Or one ending on how its subject is.)
    ['A doctor who wishes to remain anonymous told us that she has seen a wave of heart problems.', [[['A doctor who wishes to remain anonymous', 'told']]]],
    ['A nurse who was present said the ward was full.', [[['A nurse who was present', 'said']]]],
    // A "which" clause holding a list stays an aside: its list names no speaker.
    ['DigitalEurope, which represents companies including Google, Microsoft and Apple, said the law was rushed.', [[['DigitalEurope', 'said']]]],
    ['Jones, who has worked for Google, Microsoft and Apple, said the law was rushed.', [[['Jones', 'said']]]],
    // Doubting is holding a view.
    ['Some experts doubt the law will be enforceable.', [[['Some experts', 'doubt']]]],
    // Where a document was lodged names it too, whatever the tagger makes of a plural's capital.
    ['Four children were hurt, according to reports filed with the Consumer Product Safety Commission.', [[['reports filed with the Consumer Product Safety Commission', 'according to']]]],
    ['Documents filed with the court show he lied.', [[['Documents filed with the court', 'show']]]],
    // Projecting a winner is a forecast; whom a poll was done for names it too.
    ['Vasquez has won the race, The Associated Press projected early Thursday.', [[['The Associated Press', 'projected']]]],
    ['Exit polls conducted for a consortium of news organizations found that the economy was the top issue.', [[['Exit polls conducted for a consortium of news organizations', 'found']]]],
    // Wishing not to be named says nothing.
    ['One, who did not want to be named, said: "It is terrifying."', [[['One', 'said']]]],
    ['A neighbour, who declined to be identified, said the couple argued.', [[['A neighbour', 'said']]]],
    // A reporting noun's giver after "from" or "by", when what they said follows in a "that" clause.
    ['The vote went ahead despite repeated warnings from his attorney that it was fruitless.', [[['his attorney', 'warnings from']]]],
    ['Despite a warning by the IMF that growth would slow, the bank cut rates.', [[['the IMF', 'warning by']]]],
    ['The warning from the IMF came as markets fell.', [[]]],
    // Who an outlet quotes is cited as after "citing"; a reference number quoted is no one.
    ['CNN, quoting two US officials, reported that the offensive was weeks away.', [[['two US officials', 'quoting'], ['CNN', 'reported']]]],
    ['Anyone with information is asked to call 101, quoting log 1234.', [[]]],
    // An imperative opening the sentence names no speaker for the verbs after it.
    ['Expect defections, expect donors to walk, and expect the committee to split.', [[]]],
    // A document's aside of its time alone is no report of its own.
    ['The figures, published on Thursday, show 19,294 people made the journey.', [[['The figures', 'show']]]],
    // A body by its kind's word before "which" is who the clause's verb speaks for; a body's name after its kind closes the phrase.
    ['Prices rose, according to the statistics agency, which said more was needed.', [[['the statistics agency', 'according to'], ['the statistics agency', 'said']]]],
    ['The attempt included members of the Saudi government, which has denied any involvement.', [[['the Saudi government', 'has denied']]]],
    ['At least 25 people have died, according to the UN refugee agency, UNHCR.', [[['the UN refugee agency, UNHCR', 'according to']]]],
    ['The winner is all but certain to become prime minister.', [[]]],
    // A study linking two things is its finding; a road linking two places is none.
    ['A study of 100,000 French adults linked ultra-processed food to cancer.', [[['A study of 100,000 French adults', 'linked']]]],
    ['Beijing plans major projects linking Afghanistan to its Belt and Road Initiative.', [[]]],
    // Posting on a platform the tokenizer left the stop on; an office "of" somewhere after a place.
    ['"There is no evidence," Arizona Secretary of State Adrian Fontes posted on X.', [[['Arizona Secretary of State Adrian Fontes', 'posted']]]],
    // "that" after a noun opens a relative clause whose speaker follows it.
    ['The post included a video that fact-checkers said was filmed in 2019.', [[['fact-checkers', 'said']]]],
    // Pushing back on a claim answers it; pushing into a town is force.
    ['Fontes pushed back on the claim.', [[['Fontes', 'pushed']]]],
    // A court's ruling is a document, its author's aside no report of its own.
    ['The 6-3 ruling, written by Chief Justice John Roberts, said courts must use their own judgment.', [[['The 6-3 ruling', 'said']]]],
    // What an outlet has been told is its report, as what it understands is; an order told is none.
    ['The BBC has been told the cost will be around £3bn.', [[['The BBC', 'has been told']]]],
    ['He was told to leave.', [[]]],
    // The name someone goes by is no saying, and the speaker stands before the aside giving it.
    ['Smith, known as Smudge, said the plan failed.', [[['Smith', 'said']]]],
    ['Al-Sharaa, previously known by his nom de guerre Abu Mohammed al-Julani, said HTS would be dissolved.', [[['Al-Sharaa', 'said']]]],
    // What is asked about is no one's report.
    ['He asked whether Israel had agreed to the proposal.', [[['He', 'asked']]]],
    ['Reporters asked if the minister had said anything.', [[['Reporters', 'asked']]]],
    // Speech not yet made, or never, reports nothing.
    ['Scientists generally require five sigma before claiming a discovery.', [[]]],
    ['He left without saying a word.', [[]]],
    // A trait of mind holds no view of anything told; a suspicion of something does.
    ['There is a retired magistrate who suspects everyone, and a PE teacher who suspects no one.', [[]]],
    ['Police suspect arson.', [[['Police', 'suspect']]]],
    // What anyone was told in writing has the writing as its source; a time is no writing.
    ['Staff were told in an email that the office would close.', [[['an email', 'were told']]]],
    ['He was told in March that he had cancer.', [[]]],
    // A participle qualifying the subject, its own form and an adverb before it: "fatally shot by".
    ['The family of a man fatally shot by a police officer on Saturday is calling for the footage.', [[['The family of a man', 'calling']]]],
    // A name given is no saying.
    ['Patriot handed millions to a company run by a man named Tom Clarke.', [[]]],
    ['Within months she saw a chimpanzee she named David Greybeard strip leaves from a twig.', [[]]],
    // A hyphenated name before its apposition stays the name.
    ['Ban Ki-moon, the secretary general of the United Nations, vowed not to repeat that mistake.', [[['Ban Ki-moon, the secretary general of the United Nations', 'vowed']]]],
    // A think tank is a body, its "think" no thinking.
    ["Health think tank the King's Fund said the figures should be treated with caution.", [[["Health think tank the King's Fund", 'said']]]],
    // A reason with no one to give it cites no one.
    ["Japan's prime minister to step down, citing health", [[]]],
    // A career is no view: "trained at", "taught at".
    ['Born in Leeds in 1935, Hale trained at the Royal Academy of Dramatic Art.', [[]]],
    ['Smith taught at Harvard for a decade.', [[]]],
    // A named storm takes no stance, and force in motion is no attack in words.
    ['Hurricane Delia slammed into the Louisiana coast early Tuesday.', [[]]],
    ['The mist clings to the water when Jim Hale pushes off from the bank.', [[]]],
    ['Typhoon Haiyan lashed the Philippines.', [[]]],
    ['Ukraine pushed into Russian territory on Tuesday.', [[]]],
    ['Johnson ripped into the proposal.', [[['Johnson', 'ripped']]]],
    // A bare verb after plural people, a figure after it (the tagger reads the verb as a noun).
    ['Ministers promise 1.5 million new homes by the end of this parliament.', [[['Ministers', 'promise']]]],
    // Who goes on speaking is the speaker, not the outlet that heard them.
    ['"It is a step," a diplomat told AFP, adding that talks would resume.', [[['a diplomat', 'told'], ['AFP', 'told'], ['a diplomat', 'adding']]]],
    // Asking for anonymity is no saying of its own.
    ['"It is a step," a diplomat told AFP, speaking on condition of anonymity.', [[['a diplomat', 'told'], ['AFP', 'told']]]],
    // A masthead's "on Sunday" is its name; a stop the tagger left on the outlet's last word is no part of it.
    ['The couple have split, a source told the Mail on Sunday.', [[['a source', 'told'], ['the Mail on Sunday', 'told']]]],
    ['The couple have split, a source told The Sun.', [[['a source', 'told'], ['The Sun', 'told']]]],
    // A request for comment reports nothing yet.
    ['The BBC has asked the company for a response.', [[]]],
    ['She asked the minister whether he would resign.', [[['She', 'asked']]]],
    // A price charged is no accusation.
    ['Boeing charged as much as 7,900% above fair market value.', [[]]],
    ['Prosecutors charged that the firm hid its losses.', [[['Prosecutors', 'charged']]]],
    ['She recalled that the meeting was tense.', [[['She', 'recalled']]]],
    // A name closing the sentence after ", said" is the speaker, not the phrase before the comma.
    ['Its first ad could start this week, said Brian Baker.', [[['Brian Baker', 'said']]]],
    // A time before the verb is not the speaker.
    ['Wells Fargo just this month announced it would end the incentives.', [[['Wells Fargo', 'announced']]]],
    // A participle after an object speaks for the clause's subject.
    ['Trump unleashed a series of tweets early Friday saying Clinton was wrong.', [[['Trump', 'saying']]]],
    // …but a gerund after a preposition or a verb speaks for no one.
    ['Al Qaeda has dedicated its propaganda towards encouraging attacks.', [[]]],
    ['Responsible leadership also means acknowledging the cost.', [[]]],
    // Past the lists, WordNet's verbs of saying, thinking and feeling after a named subject.
    ['The FBI director chastised Clinton for use of the server.', [[['The FBI director', 'chastised']]]],
    ['Graham decided against a run for the Senate.', [[['Graham', 'decided']]]],
    // …but not with a subject of no known kind, nor as an infinitive, a passive or a participle opening the sentence.
    ['Chinese state-owned companies signed a $150 million contract.', [[]]],
    ['Officials were chastised by the court.', [[]]],
    ['Speaking at a rally in Novi, the crowd grew loud.', [[]]],
    ['“Donald Trump scares me,” Moore said.', [[['Moore', 'said']]]],
    // Quotes of several sentences, each sentence with its speaker. A speech tag between two quotes speaks for both.
    ['“Does anybody know what the platform is?” Graham asked. “Neither do I.”', [[['Graham', 'asked']], [['Graham', 'asked']], [['Graham', 'asked']]]],
    // ''…'' quoting, as archives render it: the speaker after the first sentence speaks for the rest.
    ["''This isn't tax reform,'' said Douglas Holtz-Eakin. ''It's anti-reform. She's layering on even more complexity.''", [[['Douglas Holtz-Eakin', 'said']], [['Douglas Holtz-Eakin', 'said']], [['Douglas Holtz-Eakin', 'said']]]],
    // A vox pop opened with a mis-encoded ” and signed below.
    ['”He represents our greatest shame. He makes simple statements.” ― Sonya Herridge', [[['Sonya Herridge', '―']], [['Sonya Herridge', '―']], [['Sonya Herridge', '―']]]],
    // An aside between dashes or a relative clause between commas sits between the speaker and the verb.
    ['Kall -- co-editor of a book on the debates -- said the candidate made announcements.', [[['Kall', 'said']]]],
    ['The mayor, who was elected in 2012, warned that the city would suffer.', [[['The mayor', 'warned']]]],
    // A title's stop ends no sentence; a quantifier floated off the subject is skipped.
    ['Sens. Jeff Merkley (D-Ore.) and Sherrod Brown (D-Ohio) all suggested that the claims were grounds for a case.', [[['Sherrod Brown', 'suggested']]]],
    ['To varying degrees, all agreed that the proposal would raise taxes.', [[['all', 'agreed']]]],
    // A verb of feeling after a party tag; a group of people holds a view, as a person does.
    ['Claire McCaskill (D-Mo.) scolded him about the vote.', [[['Claire McCaskill', 'scolded']]]],
    ['Republicans have expressed concern that the change could lead to fraud.', [[['Republicans', 'have expressed concern']]]],
    // Verbs wink tags as nouns or adjectives: after a plural subject, closing the sentence after an outlet, after "is".
    ['Mass atrocities continue as China and Russia support the government.', [[['China', 'support'], ['Russia', 'support']]]],
    ['Bonuses were paid every three months, The Wall Street Journal reports.', [[['The Wall Street Journal', 'reports']]]],
    ['Trump is promising lower taxes and jobs.', [[['Trump', 'promising']]]],
    // Verbs of saying in other senses: an idiom, a story told, a call made; a person told something is still a report.
    ['It goes without saying that taxes will rise.', [[]]],
    ['Clinton needs to sell herself and tell more jokes.', [[]]],
    ['She called into a radio program on Friday.', [[]]],
    ['He told me the truth was hard.', [[['He', 'told']]]],
    // After a comma the speaker follows the verb only when the sentence ends there or a name follows none before.
    ['The stations closed as of 2005, said Jeffrey Trimble, an official with the board that oversees them.', [[['Jeffrey Trimble, an official with the board', 'said']]]],
    // (Not where it was said, after the apposition.)
    ['"It is at the core," said Mao Ning, spokesperson for the Chinese Foreign Ministry, at a regular press briefing.', [[['Mao Ning, spokesperson for the Chinese Foreign Ministry', 'said']]]],
    ['Trump, appearing after Clinton, cited problems in the Middle East, saying they were bad.', [[['Trump', 'cited'], ['Trump', 'saying']]]],
    // Unnamed people report and think ("analysts agreed it was…"), but do not take stances, and a forecast is no one's.
    ['His advisers have suggested his role is to reassure voters.', [[['His advisers', 'have suggested']]]],
    ['He proposed the change, but analysts agreed it was still a top-heavy plan.', [[['He', 'proposed'], ['analysts', 'agreed']]]],
    ['The officers attacked the crowd at dawn.', [[]]],
    // A stance stated through "be": an adjective or a holder noun with what it is about.
    ['Graham has been critical of Trump since the primary.', [[['Graham', 'has been critical of']]]],
    ['Hillary Clinton has been a consistent and outspoken supporter of NATO.', [[['Hillary Clinton', 'has been a consistent and outspoken supporter of']]]],
    ['Many Democrats are afraid that turnout may be low.', [[['Many Democrats', 'are afraid']]]],
    ['The crowd was angry.', [[]]],
    ['The weather was critical for the harvest.', [[]]],
    // A passive clause names its speaker after "by"; a participle qualifying a noun does not.
    ['The nominee has been endorsed by dozens of papers.', [[['dozens of papers', 'has been endorsed by']]]],
    // A past tense after the comma closing an apposition is the subject's verb; a participle there is not.
    ['Marcia Price, a delegate, shouted to the crowd.', [[['Marcia Price, a delegate', 'shouted']]]],
    // A call made or a meeting convened is no report; a name called something is.
    ['Hillary Clinton called Alicia Machado on Friday to express gratitude.', [[]]],
    ['She called her mother on Sunday.', [[]]],
    ['The U.N. called an emergency meeting to discuss the test.', [[]]],
    ['She recently called in to an MTV town hall about police.', [[]]],
    ['Trump called Machado a disgrace on Friday.', [[['Trump', 'called']]]],
    // Fillers of speech report nothing; the verb after them still does.
    ["And, you know, I don't think the plan works.", [[['I', "don't think"]]]],
    ['I mean, the plan is a disaster.', [[]]],
    // One person named by role takes stances as a name does.
    ['The woman disputes the idea that she needed to be hospitalized.', [[['The woman', 'disputes']]]],
    ['This week, the president declined to threaten Moscow.', [[['the president', 'declined']]]],
    ['They support some of the changes lawmakers are expected to consider.', [[['They', 'support']]]],
    // A passive's speaker is its agent; without one, no one is named (unless an impersonal "it").
    ['The statement was written by aides to the senator.', [[['aides to the senator', 'was written by']]]],
    ['He was told to leave the area.', [[]]],
    ['Two people were killed, it was reported.', [[['it', 'reported']]]],
    ['“We will win,” he was quoted as saying.', [[['he', 'quoted'], ['he', 'saying']]]],
    // "’s" after a pronoun is "is"; a name wink tags as a verb is a name; quantifiers stand for people.
    ['He’s claiming that voting fraud is a big problem.', [[['He', 'claiming']]]],
    ['He said he did not mention Russia’s suspected ties to the hacking.', [[['He', 'said']]]],
    ['Six women lead divisions, though Lynch notes they were appointed earlier.', [[['Lynch', 'notes']]]],
    ['But some note that the plan is costly.', [[['some', 'note']]]],
    ["Let's say the degree costs $160,000.", [[]]],
    // A document says what its verb says; a publisher publishes; the verb a cue hangs on is part of it.
    ['A document on the campaign’s website states that couples would receive the leave.', [[['A document on the campaign’s website', 'states']]]],
    ['The ad then references FBI criticism of the email system.', [[['The ad', 'references']]]],
    ['On Sunday, the New York Times published portions of the returns.', [[['the New York Times', 'published']]]],
    ['Trump drew criticism after he appeared to suggest that veterans are weak.', [[['drew criticism', 'drew criticism'], ['he', 'appeared to suggest']]]],
    ['He appeared at a hearing for his role on the show and for saying that the extract was a cure.', [[['He', 'saying']]]],
    ['In a speech on Friday, Clinton laid out her proposals to increase national service.', [[['Clinton', 'laid out']]]],
    ['The workers laid out the cables.', [[]]],
    // A noun that looks like a verb of evidence; a page label; a progressive after an adverb.
    ['In a preview clip for the upcoming Apple Music show The 411, Blige sings.', [[['Blige', 'sings']]]],
    ['The Latest: Trump urges supporters to monitor polling places.', [[['Trump', 'urges']]]],
    ['Both Clinton and Trump are heavily contesting Ohio.', [[]]],
    ['The council pledged sanctions against what it called “a clear threat.”', [[['The council', 'pledged'], ['it', 'called']]]],
    // A verb stating a view through its object, by someone who holds views; not taxes raised, nor a decision's effect.
    ['Younger black voters, in particular, have expressed misgivings about Mrs. Clinton.', [[['Younger black voters', 'have expressed misgivings']]]],
    ['Donald Trump is raising questions about his microphone problems.', [[['Donald Trump', 'raising questions']]]],
    ['She has no illusions about the threat to Eastern Europe.', [[['She', 'has no illusions']]]],
    ['The bill raised taxes on the rich.', [[]]],
    ['The decision raised concerns among activists.', [[]]],
    // (Nor what a thing done raises, after a comma: the object before it holds no view; the subject of an aside does.)
    ['Oil prices rose after a drone attack on a Saudi facility, raising fears of supply disruption.', [[]]],
    ['Trump spoke for an hour in Ohio, raising questions about his health.', [[]]],
    ['The senator, raising concerns about the leak, wrote to the FBI.', [[['The senator', 'raising concerns'], ['The senator', 'wrote']]]],
    // Releasing a document or a plan is putting out words; releasing hostages is not. A named possessor's plan is theirs.
    ['He first released his plan a year ago.', [[['He', 'released']]]],
    ['The rebels released the hostages on Monday.', [[]]],
    ['Tulsa police released video on Monday of last week’s shooting.', [[]]],
    ["Mrs. Clinton's plan would also cap the tax value of deductions.", [[['Mrs. Clinton', 'plan']]]],
    // Past tenses wink tags as adjectives; a document reads, a reader does not; a time phrase inside the subject.
    ['Japan branded North Korea an "outlaw nation."', [[['Japan', 'branded']]]],
    ['The statement also referenced the impact on the campaign.', [[['The statement', 'also referenced']]]],
    ['“We see hope,” the letter reads.', [[['the letter', 'reads']]]],
    ['She read the book on the train.', [[]]],
    ['The average of polls taken over the past two weeks shows Clinton leading.', [[['The average of polls', 'shows']]]],
    // A headline phrase is no speaker label; a first name is no verb; a time ends the agent; a question to the reader quotes no one.
    ['Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted.', [[]]],
    ['Hope Hicks, a campaign spokeswoman, did not respond to my messages.', [[['Hope Hicks, a campaign spokeswoman', 'did not respond']]]],
    ['It was first declared by President Richard Nixon in the 1970s.', [[['President Richard Nixon', 'was first declared by']]]],
    ['But what do you expect?', [[]]],
    // "as X put it" quotes X; "gone after" a person is an attack in words; putting things on tables is neither.
    ["As Ms. Simonyan put it in a statement in July, RT is ''providing a perspective.''", [[['Ms. Simonyan', 'put it']]]],
    ['In recent weeks, Reid has gone after Trump as a “human leech.”', [[['Reid', 'has gone after']]]],
    ['He put it on the table.', [[]]],
    // A place between a subject and its participle is skipped; "there" is never a speaker.
    ['Mark Cuban has been out there saying some pretty tough stuff about my running mate.', [[['Mark Cuban', 'saying']]]],
    // A participle right after the subject qualifies it; the subject's own verb is the cue. One that reports is kept.
    ['A majority of Americans supporting the bill say it will lower prices.', [[['A majority of Americans', 'say']]]],
    ['The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead?”', [[['Hillary Clinton', 'asking']]]],
    // A relative clause without "that": its subject is the name after the noun; a person's or a body's noun before a name is an apposition.
    ['Critics blamed the government, a charge Prime Minister Giorgia Meloni rejected.', [[['Critics', 'blamed'], ['Prime Minister Giorgia Meloni', 'rejected']]]],
    // Unnamed people after a noun for something said: "ministers" deny it, not "a charge ministers".
    ['Schlein accused the government of cutting funds, a charge ministers deny.', [[['Schlein', 'accused'], ['ministers', 'deny']]]],
    ['It is a charge the minister denies.', [[['the minister', 'denies']]]],
    ['It is a claim the government disputes.', [[['the government', 'disputes']]]],
    ['The college says 1,400 patients die in A&E - a claim the government disputes.', [[['The college', 'says'], ['the government', 'disputes']]]],
    ['The government ministers deny it.', [[['The government ministers', 'deny']]]],
    // A verb after a comma puts its speaker after it only when no verb of its own follows the phrase.
    ['The central bank should pause, admit its forecasts were wrong, and put savers first.', [[]]],
    // After "according to" a noun may be tagged an infinitive ("to research", "to police"); a participle after it qualifies it.
    ['It may cut the risk by 30 percent, according to research published Monday in the journal Circulation.', [[['research published Monday in the journal Circulation', 'according to']]]],
    ['According to police, officers saw Scott get out of a car.', [[['police', 'According to']]]],
    ['It rose 5 percent, according to a study published Monday.', [[['a study', 'according to']]]],
    // Who made the document is part of naming it, after "according to" or before the verb.
    ['Coffee may cut the risk, according to a study published in The Lancet.', [[['a study published in The Lancet', 'according to']]]],
    ['A report released by the World Bank on Tuesday said growth would slow.', [[['A report released by the World Bank', 'said']]]],
    // A named body's "which" stands for the body.
    ['Questions went to the Office of Management and Budget, which did not respond.', [[['the Office of Management and Budget', 'did not respond']]]],
    ['An ABC/Ipsos poll found support fell.', [[['An ABC/Ipsos poll', 'found']]]],
    ['During the debate Trump said Hispanics were struggling.', [[['Trump', 'said']]]],
    ['The senator John Smith said he would vote no.', [[['The senator John Smith', 'said']]]],
    // A participle qualifying its noun, with the clause's own verb after it, reports nothing.
    ['The Formula One Grand Prix scheduled for Sunday in nearby Imola was cancelled.', [[]]],
    ['The Republican nominee has repeatedly wondered whether the moderators will be fair to him.', [[['The Republican nominee', 'has repeatedly wondered']]]],
    // A speaker closing the sentence reports what stands before: a stance there is theirs to report, speech stays.
    ['Curcio described the situation as serious, the AP reported.', [[['Curcio', 'described'], ['the AP', 'reported']]]],
    ['Markets now expect the first cut in August, traders said.', [[['traders', 'said']]]],
    // (A speaker after a comma with an object after the verb closes nothing: a name's object, or what the cue is of.)
    ["According to Peskov, President Vladimir Putin has repeatedly stated Moscow's readiness for dialogue.", [[['Peskov', 'According to'], ['President Vladimir Putin', 'has repeatedly stated']]]],
    ['In an email seen by Reuters, the minister warned of job cuts.', [[['the minister', 'warned'], ['Reuters', 'seen by']]]],
    // After a comma, the speaker with a relative clause on them follows the verb; a name after a preposition is no subject.
    ['Prices rose in March, said an analyst who asked not to be named.', [[['an analyst', 'said']]]],
    ['Clinton believes the plan will work, her aides said Friday in a statement.', [[['her aides', 'said']]]],
    ['The minister told parliament the plan would work, aides said.', [[['The minister', 'told'], ['aides', 'said']]]],
    // An interview with an outlet: the outlet the words went through is cited too, as with "told the AP".
    ['In an interview with CNN, Senator Elizabeth Warren said the bill was a mistake.', [[['Senator Elizabeth Warren', 'said'], ['CNN', 'interview with']]]],
    // A participle of telling goes on with its speaker and cites the outlet told, by its programme too.
    ['Albanese ruled out a tax rise, telling ABC\'s 7.30 program the government would stick to its commitments.', [[['Albanese', 'ruled'], ['Albanese', 'telling'], ['ABC', 'telling']]]],
    ['In an interview with her sister, the novelist said she had quit.', [[['the novelist', 'said']]]],
    ['Economists surveyed by Bloomberg said inflation would fall.', [[['Economists', 'said'], ['Bloomberg', 'surveyed by']]]],
    // Where a story appeared, and a masthead named for its day, cite the outlet; a clause without "that" is reported.
    ['The plan was first revealed in a report in the Telegraph last week.', [[['a report in the Telegraph', 'was first revealed in']]]],
    ['The Mail on Sunday revealed the couple had split.', [[['The Mail on Sunday', 'revealed']]]],
    ['The Sun revealed the plans.', [[]]],
    ['The man was found in a field.', [[]]],
    ['The claims, first reported by the Guardian, were denied by the minister.', [[['the Guardian', 'first reported by'], ['the minister', 'were denied by']]]],
    // Or a passive whose agent is an outlet, "made", "aired" and "spotted" after "first"; a masthead opening on its day.
    ['The claim, which was first made by the Daily Mail, has since been denied by the palace.', [[['the Daily Mail', 'was first made by'], ['the palace', 'been denied by']]]],
    ['The footage was first aired by Channel 4 News on Tuesday.', [[['Channel 4 News', 'was first aired by']]]],
    ['The allegation, first made by the Sunday Times, was later withdrawn.', [[['the Sunday Times', 'first made by']]]],
    ['The cake was made by the Sunday Times chef.', [[]]],
    ['The book, published by Penguin, sold well.', [[]]],
    // An outlet saying what it could not verify.
    ["Reuters could not independently verify either side's claims.", [[['Reuters', 'not independently verify']]]],
    // A data firm gathering forecasts is cited as an outlet is.
    ['Analysts polled by LSEG had expected $47.9bn.', [[['Analysts', 'had expected'], ['LSEG', 'polled by']]]],
    // A figure the people after it expected: the people alone speak (not a count of them, "The 40 analysts").
    ['Sales were below the $121.1 billion analysts had expected.', [[['analysts', 'had expected']]]],
    ['Growth was below the 6% growth analysts had expected.', [[['analysts', 'had expected']]]],
    ['The 40 analysts had expected.', [[['The 40 analysts', 'had expected']]]],
    ['People who eat it have a higher risk, a new study published in The BMJ has found.', [[['a new study published in The BMJ', 'has found']]]],
    ['Experts not involved in the research cautioned that the findings were early.', [[['Experts', 'cautioned']]]],
    ['Trump responded by using the example of Chicago.', [[['Trump', 'responded']]]],
    // A depiction in words ("painting X as Y") is its subject's; painting a barn is not.
    ['On Monday night, Clinton leaned in heavy and often, painting Trump as a Romney caricature.', [[['Clinton', 'painting']]]],
    ['Trump portrays himself as an outsider.', [[['Trump', 'portrays']]]],
    ['The artist painted the barn red as the sun set.', [[]]],
    // A recording is the medium: whoever it shows speaking is the source, wherever the recording stands.
    ['A video of the senator saying the vote was rigged spread online.', [[['the senator', 'saying']]]],
    ['The clip shows the minister saying the vote was rigged.', [[['the minister', 'saying']]]],
    ['Footage of the mayor asking, "Where is the money?" was shared widely.', [[['the mayor', 'asking']]]],
    // What a recording shows is the recording's, whatever it is of.
    ['Video of the incident shows him with his hands in the air.', [[['Video of the incident', 'shows']]]],
    ['A video of the officer shows him shouting.', [[['A video of the officer', 'shows']]]],
    ['The ad shows a video of the senator saying the bill would cut taxes.', [[['The ad', 'shows'], ['the senator', 'saying']]]],
    ['A video of the parade showing crowds spread online.', [[]]],
    // ", citing X": X is the source when it is one, else a reason and the subject cites it; a relative clause keeps its own subject.
    ['The court blocked the sale, citing a threat to public health.', [[['The court', 'citing']]]],
    // A reason cited after a speaker's clause is that speaker's, not the first subject's.
    ['The country has changed for the better, McConnell said, citing the release of political prisoners.', [[['McConnell', 'said'], ['McConnell', 'citing']]]],
    ['Analysts at Goldman Sachs wrote that they expect gold to reach $4,000, citing strong central bank buying.', [[['Analysts at Goldman Sachs', 'wrote'], ['Analysts at Goldman Sachs', 'citing']]]],
    ['The company abandoned the plan, citing sources familiar with the talks.', [[['sources familiar with the talks', 'citing']]]],
    ['A web video by the Republican National Committee references four cases in which Kaine defended people.', [[['A web video by the Republican National Committee', 'references'], ['Kaine', 'defended']]]],
    ['"This deal is a slap in the face," said Paul Cassell, a lawyer representing several families.', [[['Paul Cassell, a lawyer', 'said']]]],
    ['The six-week trial laid bare what prosecutors called a "pay-to-play culture" at City Hall.', [[['prosecutors', 'called']]]],
    // A second verb joined by "and" or "but" keeps the subject, through an adverb.
    ['She urges her husband to get out and repeatedly says, "Don\'t do it."', [[['She', 'urges'], ['She', 'says']]]],
    ['Clinton has praised the allies but has said she will hold firm.', [[['Clinton', 'has praised'], ['Clinton', 'has said']]]],
    // A named speaker's apposition closes with a comma before the verb: not "a group, called X".
    ['Minyon Moore, a senior adviser to the campaign, called the remarks "a wake-up call."', [[['Minyon Moore, a senior adviser to the campaign', 'called']]]],
    ["His surrogates called him ''a genius'' for his tax strategies.", [[['His surrogates', 'called']]]],
    // A passive of judging or reporting with no agent hides who judged: a weasel, shown as the verb group.
    ['Mr. Quiros was accused of using $50 million for personal expenses.', [[['was accused', 'was accused']]]],
    // So does one presumed or feared: someone unnamed presumes or fears it.
    ['Six workers are presumed dead.', [[['are presumed', 'are presumed']]]],
    ['Two people are feared dead.', [[['are feared', 'are feared']]]],
    ['She is widely regarded as the favourite.', [[['is widely regarded', 'is widely regarded']]]],
    ['His condition is not thought to be life-threatening.', [[['is not thought', 'is not thought']]]],
    ['The city has long been criticized for failing to address speeding.', [[['has long been criticized', 'has long been criticized']]]],
    ['Dr. Oz has been called a charlatan by fellow physicians.', [[['fellow physicians', 'has been called']]]],
    ['Trump said Clinton was accused of lying.', [[['Trump', 'said']]]],
    ['He was called to testify before the committee.', [[]]],
    ['Lawmakers are expected to vote on Friday.', [[]]],
    // A participle like its base form is still a passive: a forecast, not a speaker "Growth".
    ['Growth was forecast to slow.', [[]]],
    ['Economists forecast growth of 2%.', [[['Economists', 'forecast']]]],
    // An impersonal report names no one: "it" and the verb group stand for the unnamed speaker.
    ['It is understood that officials are examining the donations.', [[['It is understood', 'is understood']]]],
    ['The commission opened an inquiry into the foundation, it emerged last night.', [[['it emerged', 'emerged']]]],
    ['It was reported by Reuters that he left.', [[['Reuters', 'was reported by']]]],
    ['It emerged from the water.', [[]]],
    // What emerged may be a clause with no "that".
    ['He was facing fresh humiliation after it emerged he had fathered two children.', [[['it emerged', 'emerged']]]],
    // Posting to a platform is saying; posting a loss is not.
    ['Musk posted on X hours later that the company remained strong.', [[['Musk', 'posted']]]],
    // What someone would say, asked, is the writer supposing.
    ["Of course they would say that, wouldn't they, when the money is theirs?", [[]]],
    // Posting words is saying them too.
    ['Another posted: "Just fight already."', [[['Another', 'posted']]]],
    ['Tesla posted a loss in the quarter.', [[]]],
    // Posting closing a quote, with no object of its own.
    ['"Scam Altman strikes again," Musk posted on Saturday, sharing a screenshot.', [[['Musk', 'posted']]]],
    ['The "magnificent seven" posted record profits.', [[]]],
    ['Italian journalist Fabrizio Romano posted on X: "Arsenal are pushing."', [[['Italian journalist Fabrizio Romano', 'posted']]]],
    // A noun and its auxiliary after "that" open a clause; "that" and a noun alone are an object.
    ['The Bank of England forecast that inflation would fall.', [[['The Bank of England', 'forecast']]]],
    ['She bought that house last year.', [[]]],
    ['Analysts forecast that prices will rise.', [[['Analysts', 'forecast']]]],
    // A deal turned down or taken is no claim disputed; a claim is.
    ['Napoli rejected an opening bid of £50m.', [[]]],
    ['The Gunners made an opening offer last week, which was rejected by the Serie A club.', [[]]],
    ['Labour rejected the offer as a gimmick.', [[['Labour', 'rejected']]]],
    ['Trump rejected the claim.', [[['Trump', 'rejected']]]],
    // A body's classing of a thing is its judgement; the tagger reads the verb as an adjective after a name.
    ['The World Health Organization classified processed meat as a carcinogen in 2015.', [[['The World Health Organization', 'classified']]]],
    ['The US designated the group as a terrorist organisation.', [[['The US', 'designated']]]],
    // A court report: what the court heard, a name and its verb after it too; a passive told joined to another is heard.
    ['The court heard Pike entered the store shortly before closing time.', [[['The court', 'heard']]]],
    // What the court heard is the evidence's: an attack in it is no one's stance.
    ['The court heard Carter attacked Jordan Ellis with a kitchen knife after a row.', [[['The court', 'heard']]]],
    // A statement read in court, after "In", is the medium of the speaker named after it.
    ['In a victim impact statement read to the court, Mr Ellis said he no longer felt safe.', [[['Mr Ellis', 'said']]]],
    ['The committee heard Smith speak.', [[]]],
    ['A man who stabbed a shopkeeper has been jailed for life and told he must serve at least 24 years.', [[]]],
    ['He was arrested and told police he was innocent.', [[['He', 'told']]]],
    // Where a statement was read or a study published qualifies it: the speaker is the clause's subject.
    ["In a statement read outside court, Mr Sharma's daughter Priya said her father was kind.", [[["Mr Sharma's daughter Priya", 'said']]]],
    ['The research, led by Oxford University and published in the International Journal of Epidemiology, tracked participants.', [[]]],
    // A participle after time spent reports; a question with its auxiliary before the subject asks, it reports no one.
    ['Ministers have spent months boasting about "getting Britain building".', [[['Ministers', 'boasting']]]],
    ['He spent years building houses.', [[]]],
    ['Why should they believe anything this time?', [[]]],
    ['Do voters believe him?', [[]]],
    ['Why do critics say the plan failed?', [[['critics', 'say']]]],
    // Where a named person is from is part of the apposition; a pronoun after the hearer opens what was told.
    ['Dr Sarah Hill, of the British Medical Association, said: "This is a false economy."', [[['Dr Sarah Hill, of the British Medical Association', 'said']]]],
    ['Smith, of Leeds, said it was fine.', [[['Smith', 'said']]]],
    ['One marcher, a 52-year-old plumber from Essex, said he had come because nobody listens.', [[['One marcher, a 52-year-old plumber from Essex', 'said']]]],
    // Bodies of a kind in the plural, tagged a name for the capital that opens the sentence, before a bare verb.
    ['Insurers estimate the damage at 3.5bn euros.', [[['Insurers', 'estimate']]]],
    // A body judges in words as people do; a participle the tagger read as an adjective after a person's noun is the verb.
    ['The company rejected the claims.', [[['The company', 'rejected']]]],
    // People left vague judge in words too, the tagger's reading of the opening word notwithstanding.
    ['Critics dispute this reading.', [[['Critics', 'dispute']]]],
    ['Some scholars reject this reading.', [[['Some scholars', 'reject']]]],
    ['The company blamed weaker refining margins and lower oil prices.', [[['The company', 'blamed']]]],
    ['The union called the plan a disgrace.', [[['The union', 'called']]]],
    ['The union called a meeting.', [[]]],
    ['Prime Minister Keir Starmer paid tribute to "a true national treasure".', [[['Prime Minister Keir Starmer', 'paid tribute']]]],
    ['The former prime minister branded the report a charade.', [[['The former prime minister', 'branded']]]],
    // A body speaking after "with"; a clause without "that", an adverb before its verb.
    ['Johnson was criticised, with a cross-party committee concluding he deliberately deceived MPs.', [[['a cross-party committee', 'concluding']]]],
    ['The committee concluded he deliberately deceived MPs.', [[['The committee', 'concluded']]]],
    // An estimate given.
    ['Organisers claimed 100,000 attended, though the Metropolitan Police put the figure at around 30,000.', [[['Organisers', 'claimed'], ['the Metropolitan Police', 'put']]]],
    ['He put the book on the table.', [[]]],
    ['Polling by YouGov puts Reform on 29%, ahead of Labour on 21%.', [[['Polling by YouGov', 'puts']]]],
    ['He put the kettle on at 6am.', [[]]],
    // A share of people is the whole phrase; a tally of votes backs a thing and says nothing; summoning is no speech.
    ['62 per cent of voters said they backed the plan.', [[['62 per cent of voters', 'said']]]],
    ['The plan was backed by 62% of members.', [[['62% of members', 'was backed by']]]],
    ['The scheme was backed by seven votes to four at a meeting on Tuesday.', [[]]],
    // Support given as care is help, not a stance; support of a plan is one.
    // A judgement of a thing is its describers' words: by name, after "what", inside a relative clause or as the agent
    // of a participle; with no describer the participle only qualifies the thing.
    ['He was taken to hospital with what police described as minor injuries.', [[['police', 'described']]]],
    ['He was treated for injuries his family described as severe.', [[['his family', 'described']]]],
    ['The man was taken to hospital with injuries described by police as life-changing.', [[['police', 'described by']]]],
    ['She was taken to Leeds General Infirmary with injuries described as serious but not life-threatening.', [[]]],
    ['Her family are being supported by specially trained officers.', [[]]],
    ['The family is supported by specialist officers.', [[]]],
    ['The plan is supported by most economists.', [[['most economists', 'is supported by']]]],
    ['The bill was passed by a majority of 20.', [[]]],
    ['The plans go to the Secretary of State, who could call them in.', [[]]],
    ['The union called off the strike.', [[]]],
    ['As The Daily Beast called them in an article last week, they are anchors.', [[['The Daily Beast', 'called']]]],
    ['After meeting the minister, a senior aide said the talks went well.', [[['a senior aide', 'said']]]],
    // A "who" clause between the speaker and the verb, whatever it ends on.
    // A surname the tagger reads as a verb, and "said" as an adjective, after a post and a first name.
    ['Home Secretary Yvette Cooper said no.', [[['Home Secretary Yvette Cooper', 'said']]]],
    // A surname the tagger reads as a common noun still closes the name a post introduces.
    ['In a LinkedIn post, the chief executive of Acme Ltd, John Park, said the layoffs were painful.', [[['the chief executive of Acme Ltd, John Park', 'said']]]],
    ['The UN secretary-general, António Guterres, warned of catastrophe.', [[['The UN secretary-general, António Guterres', 'warned']]]],
    // A document past a participle's aside, whatever follows the participle.
    ['The papers, marked "official sensitive", show that officials were asked to model the savings.', [[['The papers', 'show']]]],
    ['The Portuguese coach, who has won just eight of his 27 Premier League games, said he retains the backing of the owners.', [[['The Portuguese coach', 'said']]]],
    ['The author, whose name has been redacted, added: "Someone will check the rainfall data."', [[['The author', 'added']]]],
    // A word a hyphen joins to the next is the compound's.
    ['Smoke killed 20,000 people, so-called scientists now claim.', [[['so-called scientists', 'claim']]]],
    // A body's short name in brackets before the comma closing an apposition or an aside.
    ['Jane Doe, a professor at the London School of Economics (LSE), said the plan would fail.', [[['Jane Doe, a professor at the London School of Economics', 'said']]]],
    ['The researchers, led by Dr Marta Ruiz of the Barcelona Institute for Global Health (ISGlobal), estimated that deaths rose.', [[['The researchers', 'estimated']]]],
    ['Sen. Elizabeth Warren, a Democrat from Massachusetts, who asked not to be named, said he must go.', [[['Sen. Elizabeth Warren, a Democrat from Massachusetts', 'said']]]],
    // Or closing the apposition without a comma of its own.
    ['Dr Emily Carter, a glaciologist at Cambridge who was not involved in the research, said the figures were sound.', [[['Dr Emily Carter, a glaciologist at Cambridge', 'said']]]],
    ['Mark Jones, a farmer who lost his herd, told the BBC it was a disaster.', [[['Mark Jones, a farmer', 'told'], ['the BBC', 'told']]]],
    // After an age, an address with its town, or a name the tagger reads as a verb ("Ward").
    ['John Barker, 54, of Elm Road, Swindon, admitted wounding with intent.', [[['John Barker, 54, of Elm Road, Swindon', 'admitted']]]],
    ['John Barker, 54, of Swindon, denied the charge.', [[['John Barker, 54, of Swindon', 'denied']]]],
    ['Detective Constable Amy Ward, of Wiltshire Police, said the sentence was fair.', [[['Detective Constable Amy Ward, of Wiltshire Police', 'said']]]],
    ['A source close to the minister told The Times he was "furious" at the leak.', [[['A source close to the minister', 'told'], ['The Times', 'told']]]],
    // One of many, unnamed, speaks after the last.
    ['Another said: "Every year the same chaos."', [[['Another', 'said']]]],
    ['A third added: "Never again."', [[['A third', 'added']]]],
    // The one quoted speaks, the quoter passes the words on; a body's acronym after its name.
    ['"The test demonstrates our might," KCNA quoted Kim as saying.', [[['KCNA', 'quoted'], ['Kim', 'saying']]]],
    ['Xi was cited by state media as saying China would not yield.', [[['state media', 'cited by'], ['Xi', 'saying']]]],
    // A post's caption is its poster's words; a thing captioned or labelled, in an aside after it, says nothing.
    ['"Happy birthday to my best friend," she captioned the post.', [[['she', 'captioned']]]],
    ['The image, labelled "Peace", went viral on Sunday.', [[]]],
    ['The photo, captioned "Beach day", was shared widely.', [[]]],
    ['The minister was quoted by the BBC as saying he would resign.', [[['the BBC', 'was quoted by'], ['The minister', 'saying']]]],
    ['The Wall Street Journal cited people familiar with the matter as saying talks had stalled.', [[['The Wall Street Journal', 'cited'], ['people familiar with the matter', 'saying']]]],
    // Supposing in words is reporting a view.
    ['Some have speculated that the minister will resign.', [[['Some', 'have speculated']]]],
    ['The minister will resign, analysts speculated.', [[['analysts', 'speculated']]]],
    ['The missile flew about 600 km, the Joint Chiefs of Staff (JCS) said in a statement.', [[['the Joint Chiefs of Staff', 'said']]]],
    // (Its name closing on a capitalised noun.)
    ["The Information Commissioner's Office (ICO) said it had been notified.", [[["The Information Commissioner's Office", 'said']]]],
    // A relative clause without "that" after a thing: its own subject speaks, a book with its chapter too.
    ['Russia, Iran and Turkey are forming the very alliance Ezekiel 38 describes as Gog and Magog.', [[['Ezekiel 38', 'describes']]]],
    ['These are the birth pangs Jesus warned about in Matthew 24.', [[['Jesus', 'warned']]]],
    // A name with its own "the" after a noun is no apposition: it opens the clause.
    ['Many believe China is the great power the Bible calls the kings of the east.', [[['Many', 'believe'], ['the Bible', 'calls']]]],
    ['It is a plan the White House says will fail.', [[['the White House', 'says']]]],
    // A relative clause that says which ones reports nothing; one after a comma does.
    ['Investors who ignore this moment will regret it for the rest of their lives.', [[]]],
    ['Such agreements did not require witnesses to cooperate with Congress, sources who reviewed them told POLITICO.', [[['sources who reviewed them', 'told'], ['POLITICO', 'told']]]],
    // A forecast after "with" is no one's expectation; a warning is a document.
    ['The Met Office issued an amber warning for wind, with gusts of up to 80mph expected on Saturday.', [[['The Met Office', 'issued an amber warning']]]],
    ['Campaigning will go on, with both President Barack Obama and his wife Michelle expected to visit the state.', [[]]],
    ['Flying debris is likely to result in a danger to life, the warning says.', [[['the warning', 'says']]]],
    ['A major study of nearly 500,000 people found that those who ate bacon daily were more likely to develop cancer.', [[['A major study of nearly 500,000 people', 'found']]]],
    // The subject of a relative clause whose verb the antecedent's own verb follows at once.
    ['She gave a girl a new heart, an operation many colleagues had said was impossible.', [[['many colleagues', 'had said']]]],
    ['It was a plan officials said would fail.', [[['officials', 'said']]]],
    ['The party officials said the plan would fail.', [[['The party officials', 'said']]]],
    // A possessor's "lead author" stays in the apposition.
    ['"Coffee is good," said Professor Peter Kistler, the study\'s lead author.', [[["Professor Peter Kistler, the study's lead author", 'said']]]],
    // The reason given for anonymity reports nothing; the speaker stands before a participle's aside, however long.
    ['One rebel, who asked not to be named because they feared retribution, said the cuts were wrong.', [[['One rebel', 'said']]]],
    ['An official, speaking on condition of anonymity because he was not authorised to speak publicly, said the talks failed.', [[['An official', 'said']]]],
    // A body's kind before its name in apposition; posts with what qualifies them claim.
    ['The production company, Mosfilm, told Reuters the footage was from a drama.', [[['The production company, Mosfilm', 'told'], ['Reuters', 'told']]]],
    ['Posts on social media claim a video shows soldiers burning a Bible.', [[['Posts on social media', 'claim']]]],
    // A post and how often it was shared, then its verb: the post claims, no "declared" inside the quote.
    ['A viral Facebook post shared more than 40,000 times claims that the WHO "declared a new pandemic".', [[['A viral Facebook post', 'claims']]]],
    ['The update said the risk to the general public was "low".', [[['The update', 'said']]]],
    // What a "who" clause says its antecedent is, is no speaker.
    ['My cousin who is a nurse says they have been told to stay silent.', [[['My cousin who is a nurse', 'says']]]],
    // A headline's verb after a singular noun; its plural object is no second verb.
    ['Bodycam video shows officer firing at fleeing driver, family demands charges', [[['Bodycam video', 'shows']]]],
    // An academic citation in brackets cites its work; its authors before the year speak.
    ['Global temperatures have risen by 1.1C since pre-industrial times (IPCC, 2021).', [[['(IPCC, 2021)', '(IPCC, 2021)']]]],
    ['Smith et al. (2020) found that heat deaths had doubled.', [[['Smith et al.', 'found']]]],
    ['The bill (HB 2021) passed, and sales rose (up 5% from 2020).', [[]]],
    // An aside on where the speaker spoke stands between the speaker and the verb; where they work is their affiliation.
    ['Ukrainian President Volodymyr Zelenskyy, in his nightly video address, said any deal would be rejected.', [[['Ukrainian President Volodymyr Zelenskyy', 'said']]]],
    ['Dr Jane Doe, at the University of Leeds, said it was over.', [[['Dr Jane Doe, at the University of Leeds', 'said']]]],
    // An inverted document, a participle qualifying it; a closer past a finding reports it all.
    ['"We make body image issues worse," said one slide from a presentation posted to the message board.', [[['one slide from a presentation', 'said']]]],
    ["The company's researchers found that 13% of users blamed Instagram, the documents show.", [[["The company's researchers", 'found'], ['the documents', 'show']]]],
    // A relative pronoun after a comma is the phrase the comma closes, its span kept as written (PolNeAR marks it so).
    ['The admission was first reported by The Times, which said the target was out of reach.', [[['The Times', 'was first reported by'], ['which', 'said']]]],
    // What a document describes, a participle after it; "Trump described in detail" is Trump describing.
    ['Russia is setting the stage for the war of Gog and Magog described in Ezekiel 38.', [[['Ezekiel 38', 'described']]]],
    ['The risks outlined in the report are real.', [[['the report', 'outlined']]]],
    ['Trump described in detail how he would win.', [[['Trump', 'described']]]],
    // A stance closing a reported clause is the clause subject's, reported; after a speaker's own words, the speaker's.
    ['Western media reported that Belgium has resisted the plan, fearing legal risks.', [[['Western media', 'reported']]]],
    ['Legal experts said the ruling would likely trigger a wave of lawsuits challenging existing regulations.', [[['Legal experts', 'said']]]],
    ['"Unity means prosperity," she said in the Oval Office, emphasizing it was time to end the sanctions.', [[['she', 'said'], ['she', 'emphasizing']]]],
    // A participle closing a noun phrase qualifies it; closing the sentence on its subject, it reports.
    ['Polyethylene was the most common polymer found, accounting for 54% of the total.', [[]]],
    ['The talks could still collapse, one of the people cautioned.', [[['one of the people', 'cautioned']]]],
    ['The Syrian Observatory for Human Rights, an opposition war monitor, said at least 34 fighters were killed.', [[['The Syrian Observatory for Human Rights, an opposition war monitor', 'said']]]],
    ['The Syrian Observatory for Human Rights, a UK-based war monitor, said at least 34 fighters were killed.', [[['The Syrian Observatory for Human Rights, a UK-based war monitor', 'said']]]],
    // A phrase opening the sentence with no comma ends where a name or a pronoun follows its noun, or people follow
    // the event it names; a body's people stay one phrase.
    ['In a Bloomberg interview Trump declared that NATO may be obsolete.', [[['Trump', 'declared']]]],
    ['At the briefing officials said funding had been approved.', [[['officials', 'said']]]],
    ['At the hearing lawyers for the family said the police had lied.', [[['lawyers for the family', 'said']]]],
    ['At the health department officials said nothing.', [[['the health department officials', 'said']]]],
    // A campus closing a university's name is no speaker.
    ['Mice lived longer, the team at the University of California, San Francisco said.', [[['the team at the University of California, San Francisco', 'said']]]],
    // Where the speaker spoke is no part of them.
    ['Smith in a televised interview said the plan was dead.', [[['Smith', 'said']]]],
    // A time something is due by is no agent.
    ['A final decision is expected by the end of the month.', [[]]],
    // A newsletter's section label speaks for no one.
    ['What they\'re saying: "We will not back down," one of the officials said.', [[['one of the officials', 'said']]]],
    // A retort in words, its words or its target named; gunfire and goals are none.
    ['Zuckerberg fired back hours later in a post on Threads: "At least our servers work."', [[['Zuckerberg', 'fired back']]]],
    ['Starmer hit back at Badenoch over the claims.', [[['Starmer', 'hit back']]]],
    ['"Nonsense," he shot back.', [[['he', 'shot back']]]],
    // Something learned follows, or the words before it were; what was learned from is no report.
    ['The minister will resign, the BBC has learned.', [[['the BBC', 'has learned']]]],
    ['Reuters has learned of a plan to cut jobs.', [[['Reuters', 'has learned']]]],
    // A paper's scoop closing the sentence, past what someone in it alleges.
    ['A whistleblower alleges the bureau ignored warnings, Fox News Digital has learned.', [[['A whistleblower', 'alleges'], ['Fox News Digital', 'has learned']]]],
    ['I am struck by how little it has learned.', [[]]],
    // A perfect tense past "long", where the tagger reads an adjective and a noun.
    ['Critics have long accused Musk of parroting Kremlin talking points.', [[['Critics', 'have long accused']]]],
    // (After a name, where the tagger reads "shot" as a noun; the verb joined to it has the same subject.)
    ['Hegseth shot back that the chat was harmless and accused the press of a hoax.', [[['Hegseth', 'shot back'], ['Hegseth', 'accused']]]],
    // A past tense the tagger read as an adjective, after a name, closing the sentence a quote opens, tags it.
    ['"The government is buying votes," Congress leader Jairam Ramesh alleged.', [[['Congress leader Jairam Ramesh', 'alleged']]]],
    ['Police fired back at the gunmen.', [[]]],
    ['Arsenal hit back with two late goals.', [[]]],
    // Naming a thing in words, its name the namer's.
    ['The Opposition has termed the move an election gimmick.', [[['The Opposition', 'has termed']]]],
    // A dismissal in words; not of the dust.
    ['The minister brushed aside concerns about the cost.', [[['The minister', 'brushed aside']]]],
    ['She brushed off the dust from her coat.', [[]]],
    ['Microplastics were in every sample, the study found.', [[['the study', 'found']]]],
    // Insisting on doing something is a way of acting; insisting on a thing demands it.
    ['Colleagues recalled that she insisted on sitting with the parents.', [[['Colleagues', 'recalled']]]],
    ['He insisted on a recount.', [[['He', 'insisted']]]],
    // A sum or a weight added is no remark.
    ['Economists expect the economy added 200,000 jobs in November.', [[['Economists', 'expect']]]],
    ['That added to the pressure on the minister.', [[]]],
    ['He added that talks had failed.', [[['He', 'added']]]],
    // Charges faced in court are the law's; charges that someone lied are an allegation.
    ['Lee faces charges including fleeing and eluding, grand theft and resisting arrest.', [[]]],
    // The one accused or suspected stands before the participle, and reports nothing.
    ['A law would allow police to arrest migrants suspected of entering the country illegally.', [[]]],
    ['The men, accused of fraud, were held overnight.', [[]]],
    ['Trump accused Clinton of lying.', [[['Trump', 'accused']]]],
    // A court's ruling or finding after a comma, and a warning there, report what their clause holds.
    ['The court kept the law on hold, ruling that the state was unlikely to succeed.', [[['The court', 'ruling']]]],
    ['The appeals court overturned the conviction, finding that the jury had been misled.', [[['The appeals court', 'finding']]]],
    ['Obama vetoed the bill, warning that it would hurt troops.', [[['Obama', 'warning']]]],
    ['The building, housing that company, burned down.', [[]]],
    // Where the words were given is not part of who gave them; a closing "it" is the body the sentence opened with.
    ['"The growth story is over," wrote Gordon Johnson of GLJ Research in a note to clients.', [[['Gordon Johnson of GLJ Research', 'wrote']]]],
    // (At a press conference too; where someone works stays their post.)
    ['"The economy is stable," said NBS spokesperson Fu Linghui at a press conference.', [[['NBS spokesperson Fu Linghui', 'said']]]],
    ['"It is fine," said Jane Doe, a nurse at a hospital in Leeds.', [[['Jane Doe, a nurse at a hospital in Leeds', 'said']]]],
    ['The company delivered 384,122 vehicles in the quarter, it said in a filing.', [[['The company', 'said']]]],
    // An outlet's own reporting; a verb of evidence closing the sentence; speech still to come reports nothing yet.
    ['The BBC understands ministers will announce an extra £1.5bn next week.', [[['The BBC', 'understands']]]],
    // Nor speech promised in what was said; "would" in a sentence citing no one else reports.
    ["Education Secretary Gillian Keegan said she would respond to the coroner's report in due course.", [[['Education Secretary Gillian Keegan', 'said']]]],
    ['A spokesman would say only that the matter was under review.', [[['A spokesman', 'say']]]],
    // A prediction of what people will not do reports nothing of theirs.
    ['Voters will not forgive them.', [[]]],
    // A body stating its own forecast anew; a price is no forecast.
    ['The Office for Budget Responsibility has downgraded its growth forecast to 1.1 per cent.', [[['The Office for Budget Responsibility', 'has downgraded its growth forecast']]]],
    ['But on Tuesday, it increased its British growth forecast to 1.8 percent.', [[['it', 'increased its British growth forecast']]]],
    // A firm named in the possessive is read as written ("Moody's", not "Moody 's").
    ["Moody's cut its growth forecast.", [[["Moody's", 'cut its growth forecast']]]],
    // A probability, a rating or a price target is a view stated too; a policy's target rate is set, not stated.
    ['Goldman Sachs raised its probability of a U.S. recession to 45%.', [[['Goldman Sachs', 'raised its probability']]]],
    ['JPMorgan cut its price target for the stock to $150.', [[['JPMorgan', 'cut its price target']]]],
    ['The company raised its full-year dividend guidance to 24p per share.', [[['The company', 'raised its full-year dividend guidance']]]],
    ['The Fed raised its target rate to 5%.', [[]]],
    // A body's count recorded is its figure; a person recording songs or a team a win tells nothing.
    ['Since 2003, the World Health Organization has recorded about 900 human cases.', [[['the World Health Organization', 'has recorded']]]],
    ['Police recorded 5,000 offences last year.', [[['Police', 'recorded']]]],
    ['He recorded 40 songs.', [[]]],
    ['Arsenal recorded a 2-1 win.', [[]]],
    ['The company raised its prices.', [[]]],
    ['Voters understand the stakes.', [[]]],
    ['The number of people waiting has fallen for the third month, new figures show.', [[['new figures', 'show']]]],
    ['Arrivals have risen by 20% this year, official figures show, putting further pressure on the system.', [[['official figures', 'show']]]],
    ['Inflation fell to 3.2pc in October, figures from the Office for National Statistics (ONS) show.', [[['figures from the Office for National Statistics', 'show']]]],
    // Papers an outlet saw are cited with the outlet; a "who" clause after a person's apposition is the person's.
    ['Emails reviewed by The Washington Post show that executives discussed the pricing.', [[['Emails', 'show'], ['The Washington Post', 'reviewed by']]]],
    // Past where the outlet obtained it; who made a document stays with it.
    ['Treasury figures obtained by the ABC under freedom of information laws show the changes could raise $2.4 billion.', [[['Treasury figures', 'show'], ['the ABC', 'obtained by']]]],
    ['A report released by the Department of Veterans Affairs reveals that suicide rates rose.', [[['A report released by the Department of Veterans Affairs', 'reveals']]]],
    ['"This is waste," said Sen. Elizabeth Warren, a Democrat from Massachusetts, who called for an investigation.', [[['Sen. Elizabeth Warren, a Democrat from Massachusetts', 'said'], ['Sen. Elizabeth Warren, a Democrat from Massachusetts', 'called']]]],
    ['Figures obtained under freedom of information laws show just 40 cyclists a day use the route.', [[['Figures', 'show']]]],
    // Asking not to be named reports nothing; the one the "who" clause is about speaks.
    ['"My daughter was terrified," one mother, who asked not to be named, told the Evening Standard.', [[['one mother', 'told'], ['the Evening Standard', 'told']]]],
    ['It is a threat nobody believes.', [[['nobody', 'believes']]]],
    // The writer writing is no report.
    ['I have written letters for several of them.', [[]]],
    ['I wrote that the plan would fail.', [[['I', 'wrote']]]],
    // A perfect tense the tagger read as an adjective.
    ['The senator has also detailed his plan to cut taxes for the middle class.', [[['The senator', 'has also detailed']]]],
    // "that" never determines a plural: a clause follows.
    ['Senator Grassley discovered that attempts were made to infiltrate the program.', [[['Senator Grassley', 'discovered']]]],
    ['Clinton has embraced Mr. Obama’s go-it-alone approach.', [[['Clinton', 'has embraced']]]],
    ['Washington backed out of the deal in the end.', [[]]],
    ['Beijing asserted itself as the only possible way out for the Taliban.', [[]]],
    ['People would enroll, receive training and then state and local leaders could deploy them.', [[]]],
    ['The group will hammer her with negative ads, mailers and phone calls.', [[]]],
    // A record held, acquiring, keeping something going and taking a post are no stance.
    ['Trump has record low support from black voters.', [[]]],
    ['He also picked up more viable mines from Walter.', [[]]],
    ['The Bush Center in Dallas maintains a program to develop young leaders.', [[]]],
    ['She has assumed a newly created role as state counselor.', [[]]],
    ['She maintains that she did nothing wrong.', [[['She', 'maintains']]]],
    // Grilling a person is questioning them; grilling food is cooking.
    ['Sen. Elizabeth Warren grilled Wells Fargo CEO John Stumpf on Tuesday.', [[['Sen. Elizabeth Warren', 'grilled']]]],
    ['Lawmakers grilled the bank’s chief executive.', [[['Lawmakers', 'grilled']]]],
    ['The chef grilled the steaks.', [[]]],
    // People placed along, outside or among a place are the phrase's.
    ['Farmers along its banks say the river is lower.', [[['Farmers along its banks', 'say']]]],
    ['Protesters outside the embassy said they would stay.', [[['Protesters outside the embassy', 'said']]]],
    // A sanctuary or work found, or a question put to oneself, reports nothing.
    ['Beijing fears Uyghur militants could find sanctuary there.', [[['Beijing', 'fears']]]],
    ['Investigators found jobs data had been falsified.', [[['Investigators', 'found']]]],
    ['Mr. McKinley suggested looking at your statement and asking yourself this: would I rather save?', [[['Mr. McKinley', 'suggested']]]],
    // A verb after "and" goes on from the speaker of the verb of saying before it.
    ['It comes as the president said his country was under threat and called on allies to send troops.', [[['the president', 'said'], ['the president', 'called']]]],
    // A noun before an article ends another phrase, whose relative clause the subject opens.
    ['It was the first time a sitting president had testified, legal experts said.', [[['a sitting president', 'had testified'], ['legal experts', 'said']]]],
    // "Learnt", as Indian and British papers spell it, hides its speaker as "understood" does.
    ['It is learnt that the proposal has been put on hold.', [[['It is learnt', 'is learnt']]]],
    ['The PM is learnt to have expressed displeasure over the delay.', [[['is learnt', 'is learnt']]]],
    // A view put as a yes-or-no question is asked about, not reported.
    ['Did she ever feel she was failing?', [[]]],
    // A work and its title between commas are the source.
    ['Her memoir, A Different Kind of Power, describes the toll of the attacks.', [[['Her memoir, A Different Kind of Power', 'describes']]]],
    // Someone supposed to scorn a view holds none.
    ["Only a fool would believe the government's figures.", [[]]],
    // Unnamed people let a stance be known as names do.
    ['The bank held rates, as policymakers signalled caution.', [[['policymakers', 'signalled']]]],
    // What is asked about is no one's view.
    ['Asked if he regretted the decision, he said: "Not at all."', [[['he', 'said']]]],
    // A document's participle after the body that made it.
    ['Figures from the ONS published on Wednesday showed inflation rose.', [[['Figures from the ONS', 'showed']]]],
    // A compound opening the phrase after "according to".
    ['According to on-chain data from Glassnode, holders control 75% of the supply.', [[['on-chain data from Glassnode', 'According to']]]],
    // A verb of reporting in -s closing an aside between commas, which the tagger read as a noun.
    ['Within a decade, the Congressional Budget Office projects, interest will be the largest cost.', [[['the Congressional Budget Office', 'projects']]]],
    ['They reviewed the costs, the estimates, and the plans.', [[['They', 'reviewed']]]],
    // Unnamed people "briefed on" a matter are placed by it; they gave no briefing.
    ['The plan is ready, two U.S. officials and a source briefed on the discussions tell Axios.', [[['two U.S. officials and a source briefed on the discussions', 'tell'], ['Axios', 'tell']]]],
    ['Officials briefed reporters on the plan.', [[['Officials', 'briefed']]]],
    // A town's state between commas is the town's name's.
    ['When residents of Cedar Ridge, Texas, asked whether it was safe, no one answered.', [[['residents of Cedar Ridge, Texas', 'asked']]]],
    ['Officials in Flint, Michigan, said the water was safe.', [[['Officials in Flint, Michigan', 'said']]]],
    // Goals conceded, or a process written into a deal, report nothing.
    ['Arsenal have conceded just three goals in the league.', [[]]],
    ['He conceded that the plan had failed.', [[['He', 'conceded']]]],
    ['It is a process written into the 2015 nuclear deal.', [[]]],
    // An aside between hyphens spaced as dashes.
    ['Germany - known as a hawk - says Iran has built up a stockpile.', [[['Germany', 'says']]]],
    // Pressing someone on a matter, or for a thing, is a stance; pressing a button, charges or ahead is not.
    ['Chief Justice John Roberts pressed Sauer on whether the law allows it.', [[['Chief Justice John Roberts', 'pressed']]]],
    ['She pressed for an inquiry into the deal.', [[['She', 'pressed']]]],
    ['He pressed the button.', [[]]],
    ['Police pressed charges against him.', [[]]],
    ['The court’s chief judge, Merrick Garland, has recused himself from the case.', [[]]],
    ['If your child earns that much, you are not responsible.', [[]]],
    // What is delivered is words only when it is a speech, a verdict, a warning…
    ['What she has delivered instead is a party that seems determined to fight.', [[]]],
    ['What Trump cannot afford is another performance like the one he delivered Monday.', [[]]],
    ['Obama delivered a speech on the economy.', [[['Obama', 'delivered a speech']]]],
    // Speaking against a backdrop is where, not what against.
    ['Obama spoke against a backdrop of flags.', [[]]],
    ['She spoke against the plan.', [[['She', 'spoke']]]],
    // Speech only possible reports nothing.
    ['It was not immediately clear whether he had a lawyer who could comment on his behalf.', [[]]],
    // A cause pushed is a stance; a thing pushed or sold is not.
    ['Democrats are pushing a bill to raise wages.', [[['Democrats', 'pushing']]]],
    ['Russia has pushed the conspiracy theory for years.', [[['Russia', 'has pushed']]]],
    ['He pushed the door open.', [[]]],
    ['Small group of rich donors pushes tally beyond total for 2012.', [[]]],
    // Let in as a patient or a student, not confessing.
    ['The number of patients admitted to intensive care rose.', [[]]],
    ['She was one of only a handful of people ever admitted to a PhD programme there.', [[]]],
    ['She was one of only a handful of people ever admitted to a Ph.D. program there.', [[]]],
    ['He admitted to lying to police.', [[['He', 'admitted']]]],
    ['He admitted to the affair.', [[['He', 'admitted']]]],
    // A chair by a name is their post; a possessive in capitals is part of a name, opening no clause.
    ['"It is sad," said Tom Hill, chair of the parish council.', [[['Tom Hill, chair of the parish council', 'said']]]],
    ['Margaret Ellis, chair of the Save Our Fields campaign group, said it was sad.', [[['Margaret Ellis, chair of the Save Our Fields campaign group', 'said']]]],
    ['Two hosts would so blithely sign up with the network.', [[]]],
    ['For this filing, Patriot chose to file in Richmond.', [[]]],
    ['How we resolve the patchwork of tax rules remains an open question.', [[]]],
    ['Suu Kyi long enjoyed a revered global standing.', [[]]],
    ['Footage from the scene circulated widely on social media.', [[]]],
    // Speech to come, announced.
    ['On July 6, 2015, Sanders made the following comment:', [[['Sanders', 'made the following comment']]]],
    // One bare thing after the verb is what was done, not who did it; people after it still speak.
    ['One after another, mining companies, including Patriot, declared bankruptcy.', [[['Patriot', 'declared']]]],
    ['Prices will rise, warned economists.', [[['economists', 'warned']]]],
    // Members named among a group speak with it; a group described only stays vague.
    ['Critics, including Texas Governor Greg Abbott, say federal guidance has been slow.', [[['Critics, including Texas Governor Greg Abbott', 'say']]]],
    ['Critics, including many scientists, say the plan is flawed.', [[['Critics', 'say']]]],
    // A time in the telling speaks no participle.
    ['She recalls the partner being supportive of her - at one point even admonishing the client: "Look at her."', [[['She', 'recalls']]]],
    // The subject past an aside or a participle phrase, and the people a "who" clause is about.
    ['Trump, appearing after Clinton at the NBC/MSNBC forum, cited problems in the Middle East.', [[['Trump', 'cited']]]],
    ['A Quinnipiac University poll released in late August found that 74 percent of voters want the returns.', [[['A Quinnipiac University poll', 'found']]]],
    ['A post shared widely on Facebook claims that lockdowns start in December.', [[['A post', 'claims']]]],
    ['A video shared more than 40,000 times on TikTok claims the WHO declared a pandemic.', [[['A video', 'claims'], ['the WHO', 'declared']]]],
    ['Claiming the criticism of Lauer is designed to pressure moderators, Trump told Fox that they hit Matt.', [[['Trump', 'Claiming'], ['Trump', 'told']]]],
    ['The decision is politically risky for Cruz, who pointedly refused to endorse Trump.', [[['Cruz', 'refused']]]],
    ['The endeavors could offer a retort to Democrats and Republicans, who have questioned the plan.', [[['Democrats and Republicans', 'have questioned']]]],
    ['His nonprofit group, called the Virginia Conservation Legacy Fund, will still own the property.', [[]]],
    ['In 2017 President Trump dropped a huge bomb called the mother of all bombs.', [[]]],
    // A first name wink reads as a verb ("josh"), and a relative clause without "that" inside the subject.
    ['White House spokesman Josh Earnest said Monday that the talks would go on.', [[['White House spokesman Josh Earnest', 'said']]]],
    ['In her favor, all the experts I interviewed said her proposals were more detailed.', [[['all the experts', 'said']]]],
    ['One doctor I spoke to said she has seen a rise in illnesses.', [[['One doctor', 'said']]]],
    ['Pledges would cut emissions by 2%, compared with the 42% scientists say is needed.', [[['scientists', 'say']]]],
    // A participle's report ends with its phrase; the main clause's speaker is not inside it.
    [
      'In a statement announcing the pick, the Association of Flight Attendants called Clinton a “champion”, citing her work.',
      [[['the Association of Flight Attendants', 'announcing'], ['the Association of Flight Attendants', 'called'], ['the Association of Flight Attendants', 'citing']]],
    ],
    // A participle of saying goes on with the speaker a verb just named, past a manner adverb.
    ['The GOP nominee complained about his mic after the debate, even suggesting he was sabotaged.', [[['The GOP nominee', 'complained'], ['The GOP nominee', 'suggesting']]]],
    ['“This country was founded on equal rights for all,” she said at a news conference announcing the suit.', [[['she', 'said'], ['she', 'announcing']]]],
    ['Mr. Trump hardly clarified the matter, treating Mrs. Clinton’s remark as a compliment and, when questioned, asserting that he was smart.', [[['Mr. Trump', 'clarified'], ['Mrs. Clinton', 'remark'], ['Mr. Trump', 'asserting']]]],
    // Speaking with no topic, and facing anything but criticism, report nothing.
    ['Jennifer Palmieri spoke to reporters Friday after the debate.', [[]]],
    ['Laura, who spoke of her early discussions with the director, smiled.', [[['Laura', 'spoke']]]],
    ['Kaine faces off against Pence in the only debate.', [[]]],
    ['Scott has never faced a competitive reelection race.', [[]]],
    // A stance met: the critics after "from" are the source, not the one criticised; without "from" no one is named.
    ['Matt Lauer faced heavy criticism from other outlets.', [[['other outlets', 'faced heavy criticism from']]]],
    ['The minister came under fire from MPs on Tuesday.', [[['MPs', 'came under fire from']]]],
    // An apposition holding a title in quotes, its comma inside the closing mark.
    ['Michael Burry, the investor made famous by "The Big Short," has argued that the firms are wrong.', [[['Michael Burry', 'has argued']]]],
    ['The strike sparked a large fire at the depot.', [[]]],
    // Troops, a convoy or a post under fire are shot at.
    ['The army said its troops came under fire in Rafah.', [[['The army', 'said']]]],
    ['A convoy came under fire from rebels near the border.', [[]]],
    ['The plan drew sharp rebukes from both parties.', [[['both parties', 'drew sharp rebukes from']]]],
    ['The remark drew a sharp response from Beijing.', [[['Beijing', 'drew a sharp response from']]]],
    ['The decision sparked an outcry from parents.', [[['parents', 'sparked an outcry from']]]],
    ['Trump is drawing criticism over the remarks.', [[['drawing criticism', 'drawing criticism']]]],
    ['Mr. McKinley is facing this question right now.', [[]]],
    ['The shooting sparked violent protests.', [[]]],
    ['The rules are likely to draw fire from Republicans.', [[]]],
    ['The team faced pressure from fans.', [[]]],
    // A call met is a demand ("calls to resign", "calls from MPs to resign"); one taken on the phone is no stance.
    ['The minister faced calls to resign.', [[['faced calls', 'faced calls']]]],
    ['The minister faced calls from MPs to resign.', [[['MPs', 'faced calls from']]]],
    ['People should not panic on receiving such calls.', [[]]],
    ['The council received calls from residents about the noise.', [[]]],
    ['OPEC+ signalled it could deepen output cuts.', [[['OPEC+', 'signalled']]]],
    // A judging adjective opening the sentence is no name, nor its plural a verb; "Rich says" is Rich speaking.
    ['Controversial plans to introduce parking charges have been approved.', [[]]],
    ['Rich says the plan will fail.', [[['Rich', 'says']]]],
    ['The council\'s own consultation found that 78% of respondents opposed the plans.', [[["The council's own consultation", 'found']]]],
    // A speech tag closing the sentence, its verb read as a noun, past a participle's aside after the document.
    ['Fewer of them developed dementia, the findings, published in the journal Neurology, show.', [[['the findings', 'show']]]],
    ['In 2023, Chinese state-owned companies signed a contract.', [[]]],
    ['The findings, published in Nature, show that sleep matters.', [[['The findings', 'show']]]],
    // A goal added to the score is no remark; a warning added is.
    ['Martin Odegaard added a third late on.', [[]]],
    ['Smith added another in stoppage time.', [[]]],
    ['She added a warning that the plan would fail.', [[['She', 'added']]]],
    // A press release's stock ticker after the name, and the wire's dateline before it.
    ['Northwind Bank (NYSE: NWB) today reported record net income.', [[['Northwind Bank', 'reported']]]],
    // After a name's legal form, which the tagger calls a noun; a caption's pointer to the photograph too.
    ['Northwind Energy plc (LSE: NWE) today announced record results.', [[['Northwind Energy plc', 'announced']]]],
    ['Olivia Grant (pictured) said the results were strong.', [[['Olivia Grant', 'said']]]],
    // A belief with an adjective before its noun: a company's guidance.
    ['The company now expects full-year profit of £310 million.', [[['The company', 'expects']]]],
    // A post in Title Case after the name, with the body it is of.
    ['"We did well," said Maria Okafor, Chief Executive Officer of Northwind Bank.', [[['Maria Okafor, Chief Executive Officer of Northwind Bank', 'said']]]],
    ['"We did well," said Maria Okafor, Chairman and Chief Executive Officer.', [[['Maria Okafor, Chairman and Chief Executive Officer', 'said']]]],
    ['"We won," said Maria Okafor, Arsenal.', [[['Maria Okafor', 'said']]]],
    ['SEATTLE--(BUSINESS WIRE)--Acme Corp. today announced a contract with the Navy.', [[], [['Acme Corp.', 'announced']]]],
    ['The armies are gathering, exactly as the prophet Ezekiel foretold.', [[['the prophet Ezekiel', 'foretold']]]],
    // A document's participle of saying is the document's, unless the sentence names who wrote it.
    ['The company faces a lawsuit accusing it of monopolising the market.', [[['a lawsuit', 'accusing']]]],
    // Who took to a medium speaks in it; one sent on an errand, or asked to speak, does not.
    ['Trump took to Twitter to attack the judge.', [[['Trump', 'attack']]]],
    ['She went on Instagram to deny the rumours.', [[['She', 'deny']]]],
    ['He went to the shop to buy milk.', [[]]],
    // A claim made or raised by someone is theirs; a cake made by someone is no claim.
    ['Concerns were raised by residents about the plan.', [[['residents', 'were raised by']]]],
    ['The cake was made by my mother.', [[]]],
    // Who is cited is a source as after "citing"; a reason cited is none.
    ['The claim was first made by the Daily Beast, which cited two people close to the singer.', [[['the Daily Beast', 'was first made by'], ['two people close to the singer', 'cited']]]],
    // Or in the document it was made in; not where it was made.
    ['The claims were first made in a book by Michael Wolff.', [[['a book by Michael Wolff', 'were first made in']]]],
    ['The allegations were made in a lawsuit filed on Monday.', [[['a lawsuit', 'were made in']]]],
    ['The comments were made in Ohio.', [[]]],
    ['U.S. News cited multiple intelligence sources.', [[['multiple intelligence sources', 'cited'], ['U.S. News', 'cited']]]],
    ['He cited a report saying shipments fell.', [[['He', 'cited'], ['a report', 'saying']]]],
    // What the subject made shows what it says: its maker speaks, not a phrase holding the verb.
    ['The firm published data showing sales fell.', [[['The firm', 'showing']]]],
    ['The Security Council issued a statement calling the test a violation.', [[['The Security Council', 'issued a statement'], ['The Security Council', 'calling']]]],
    ['According to research firm Counterpoint, shipments rose 2%.', [[['research firm Counterpoint', 'According to']]]],
    ['Imports fell 9% in November, the researchers tallied.', [[['the researchers', 'tallied']]]],
    ['I reckon the deal is dead, but we must reckon with it.', [[['I', 'reckon']]]],
    ['The senators found themselves at odds over the bill.', [[]]],
    // The writer asking, and stories told, report nothing.
    ['So why do we tolerate it from this man?', [[]]],
    ['Melania, tell your immigrant story to the voters.', [[]]],
    // A stance inside what a speaker said is the speaker's claim, not a second source.
    ['McLenney said Clinton doesn’t show consistency in her concern for racial issues.', [[['McLenney', 'said']]]],
    ['He said Obama hopes that his successor will push for the same goals.', [[['He', 'said']]]],
    ['As reported by the AP, the talks collapsed on Friday.', [[['the AP', 'As reported by']]]],
    ['A different story was being told by The Daily Caller on Monday.', [[['The Daily Caller', 'was being told by']]]],
    // The subject of a first clause with "be" goes on after "and" (being bearish is a stance of its own).
    ['Mr. McKinley is bearish on student loans and says they will fade.', [[['Mr. McKinley', 'is bearish on'], ['Mr. McKinley', 'says']]]],
    ['The plan includes an overhaul of the justice system, which Mr. Obama championed.', [[]]],
    // What follows "told" is who heard, never the speaker; an age is an apposition.
    ['The network never edited him, Mr. King, 82, told reporters.', [[['Mr. King, 82', 'told']]]],
    // A participle of saying after a comma goes on with the speaker just named.
    ['Trump spoke to industry leaders, promising to lift environmental regulations.', [[['Trump', 'promising']]]],
    ['“This is in their consciousness,” said Caddell, speaking of Clinton’s health.', [[['Caddell', 'said'], ['Caddell', 'speaking']]]],
    // Speech quoted inside a quote is the quoted speaker's words.
    ['The governor said the media focus on “he said this, he tweeted that.”', [[['The governor', 'said']]]],
    ['Campus security located her and told her to leave the venue.', [[]]],
    // A cue in the opening phrase, or after one, speaks for the main clause's subject.
    ['After saying her right foot was swollen, she was whisked off to the hospital.', [[['she', 'saying']]]],
    ['Following a late meeting, the Security Council issued a statement calling the test a clear violation.', [[['the Security Council', 'issued a statement'], ['the Security Council', 'calling']]]],
    ['“In my first meeting with him, he said, ‘Our approach has not worked,’” Mitchell recalled in an interview.', [[['Mitchell', 'recalled']]]],
    // A fact-checker's rating is its judgement.
    ['PolitiFact rated 32 percent of Republican claims as false.', [[['PolitiFact', 'rated']]]],
    // What a state or a regime embraces is the writer's reading of it (seed 003); a person's is a view.
    ['The isolated Taliban regime is embracing China’s overtures, guaranteeing security for its investments in return.', [[]]],
  ])('when the text is %j, finds %j', (text, expected) => {
    expect(attributionsOf(text)).toEqual(expected);
  });

  it('when evidence is named by its kind alone it is a weasel, unless the phrase names its maker', () => {
    const typeOf = (text: string) => analyseArticle(text).sentences[0].attributions[0].sourceType;
    expect(typeOf('Studies show that fluoride lowers IQ.')).toBe('weasel');
    expect(['Polls suggest most voters back the policy.', 'Statistics show crime has fallen.', 'Data shows prices rose 5% last year.'].map(typeOf)).toEqual(['weasel', 'weasel', 'weasel']);
    expect(typeOf('Official data shows prices rose 5% last year.')).toBe('document');
    expect(typeOf('In 2013, research conducted by the Center for Media and Public Affairs found it.')).toBe('document');
  });

  it('when people are polled by a named firm, reads its panel, not a weasel', () => {
    const [panel] = analyseArticle('Intro.\n\nAnalysts polled by LSEG had expected $38.1bn.').sentences[1].attributions;
    expect([panel.sourceType, panel.organisation]).toEqual(['anonymous', 'LSEG']);
    expect(analyseArticle('Intro.\n\nAnalysts had expected $38.1bn.').sentences[1].attributions[0].sourceType).toBe('weasel');
  });

  it('when a "which" clause follows a name that reads as a person\'s, reads a body', () => {
    const [body] = analyseArticle('Extinction Rebellion, which organised the protest, said the figure was right.').sentences[0].attributions;
    expect([body.sourceText, body.sourceType]).toEqual(['Extinction Rebellion', 'organisation']);
    const [person] = analyseArticle('Jane Doe, who organised the protest, said it was right.').sentences[0].attributions;
    expect([person.sourceText, person.sourceType]).toEqual(['Jane Doe', 'person']);
  });

  it('when "which" after a comma speaks, reads the phrase the comma closes as its source, the span kept', () => {
    const [, which] = analyseArticle('The admission was first reported by The Times, which said the target was out of reach.').sentences[0].attributions;
    expect([which.sourceText, which.sourceType, which.name]).toEqual(['which', 'outlet', 'The Times']);
    expect(analyseArticle('In an interview with LBC, he added that strikes had cost £300m.').sentences[0].attributions.map((a) => [a.sourceText, a.sourceType])).toContainEqual(['LBC', 'outlet']);
  });

  it('when "they" follows people who speak in the sentence, reads them by name, not anyone at all', () => {
    const [, they] = analyseArticle('Residents have vowed to fight the plans, which they say would ruin the village.').sentences[0].attributions;
    expect([they.sourceText, they.sourceType, they.name]).toEqual(['they', 'anonymous', 'Residents']);
  });

  it('when an unnamed person speaks on condition of anonymity, reads an anonymous source, whatever their post', () => {
    const typeOf = (text: string) => analyseArticle(`Intro.\n\n${text}`).sentences[1].attributions[0].sourceType;
    expect(typeOf('The minister, speaking on condition of anonymity, said the deal was dead.')).toBe('anonymous');
    expect(typeOf('The deal is dead, said the minister, who asked not to be named.')).toBe('anonymous');
    expect(typeOf('The minister, speaking in Paris, said the deal was dead.')).toBe('person');
  });

  it("when an aside after a document names who made it, reads that body as the document's", () => {
    const bodyOf = (text: string) => analyseArticle(`Intro.\n\n${text}`).sentences[1].attributions[0].organisation;
    expect(bodyOf('The research, published in JAMA Ophthalmology, found that patients were at risk.')).toBe('JAMA Ophthalmology');
    expect(bodyOf('The report, commissioned by the Department of Health, found failings.')).toBe('Department of Health');
    expect(bodyOf('The study, which was small, found nothing.')).toBeUndefined();
    // (Not when it was: "on Friday", "in June".)
    expect(bodyOf('The research, published in JAMA Network Open on Friday, found that drinkers were at no lower risk.')).toBe('JAMA Network Open');
    expect(bodyOf('The report, published in June, found failings.')).toBeUndefined();
  });

  it('when a passive hides who speaks, reads no name, role or body into the verb', () => {
    const [a] = analyseArticle('Intro.\n\nMr. Quiros was accused of lying.').sentences[1].attributions;
    expect(a).toMatchObject({ sourceText: 'was accused', sourceType: 'weasel' });
    expect([a.name, a.role, a.organisation]).toEqual([undefined, undefined, undefined]);
  });

  it('when one capitalised word for bodies comes before a plural verb, reads bodies, not a person so named', () => {
    const typeOf = (text: string) => analyseArticle(text).sentences[0].attributions[0].sourceType;
    expect(typeOf('Banks fear a downturn is coming.')).toBe('organisation');
    expect(typeOf('Banks said the deal was dead.')).toBe('person');
    expect(typeOf('Charities warned the rise would push families into poverty.')).toBe('organisation');
  });

  it('when a name takes a plural verb, as British English agrees a team or a firm, reads a body, not a person', () => {
    const read = (text: string) => analyseArticle(text).sentences[0].attributions.map((a) => [a.sourceText, a.sourceType]);
    expect(read('Benfica are reluctant to sell the midfielder.')).toEqual([['Benfica', 'organisation']]);
    expect(read('Juventus have denied the reports.')).toEqual([['Juventus', 'organisation']]);
    expect(read('Davies has denied the reports.')).toEqual([['Davies', 'person']]);
  });

  it('when "it" follows a body named as an object, reads "it" as that body', () => {
    const [it] = analyseArticle('We contacted the company but it did not reply.').sentences[0].attributions;
    expect([it.sourceText, it.sourceType]).toEqual(['it', 'organisation']);
  });

  it('when "it" closes a quote, does not read it as a body named inside the quote', () => {
    const [it] = analyseArticle('"The extremes have been held back, but the centre has not won," it wrote.').sentences[0].attributions;
    expect([it.sourceText, it.sourceType, it.name]).toEqual(['it', 'unknown', undefined]);
  });

  it('when "it" speaks in a relative clause, reads it as the body the sentence is about, not the object before it', () => {
    const [it] = analyseArticle('The council wants to replace the service with a footbridge, which it says will cost £1.2m.').sentences[0].attributions;
    expect([it.sourceText, it.name]).toEqual(['it', 'council']);
  });

  it("when a headline's verbs after a comma share its subject, the first subject speaks for each", () => {
    const heading = analyseArticle('Xi Jinping meets Brazilian president, calls for deeper partnership\n\nXi Jinping met Lula on Wednesday.').sentences[0];
    expect(heading.attributions.map((a) => [a.sourceText, a.cueText])).toEqual([['Xi Jinping', 'calls']]);
  });

  it('when a quote is signed with a dash, the signer is the source of every sentence of the quote', () => {
    const text = '“He represents our greatest shame. He makes simple blanket statements.” ― Sonya Herridge\nNext paragraph about the weather.';
    const found = attributionsOf(text);
    expect(found.slice(0, 2).map((s) => s.map(([source]) => source))).toEqual([['Sonya Herridge'], ['Sonya Herridge']]);
    expect(found[found.length - 1]).toEqual([]);
  });

  it('when "I think" sits inside a quote, the quote’s speaker stays the source', () => {
    const found = attributionsOf('“I think we will win this,” Jen Psaki said.');
    expect(found).toEqual([[['Jen Psaki', 'said']]]);
  });
});

describe('"it" in what a body said', () => {
  it('is that body, by type and name', () => {
    const [s] = analyseArticle('Downing Street said on Monday evening that it did not comment on leaks from the cabinet.').sentences;
    expect(s.attributions.map((a) => [a.sourceText, a.sourceType, a.name])).toEqual([
      ['Downing Street', 'organisation', 'Downing Street'],
      ['it', 'organisation', 'Downing Street'],
    ]);
  });

  it('when an outlet no list knows says what it understands, it is the article itself by the name extraction gave it', () => {
    const [s] = analyseArticle('A third offer will be accepted before the window shuts, the Sportsman understands.', 'The Sportsman').sentences;
    expect(s.attributions.map((a) => [a.sourceText, a.sourceType, a.cueText])).toEqual([['the Sportsman', 'self', 'understands']]);
  });
});
