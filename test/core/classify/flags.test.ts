import { analyseArticle } from '../../../src/core/classify/analyse-article';

/** The cue words of one flag on the last sentence of a body (a lead line first, so it is not read as a headline). */
function cuesOf(sentence: string, flag: string): string[] | null {
  const sentences = analyseArticle(`The council met on Monday to discuss the budget.\n\n${sentence}`).sentences;
  const found = sentences[sentences.length - 1].flags.find((f) => f.flag === flag);
  return found ? found.cues.map((c) => c.text) : null;
}

describe('the speculative flag', () => {
  it.each([
    // The writer's own guesses, forecasts, questions and conditionals.
    ['The deal could collapse within weeks.', ['could']],
    ['The move is potentially damaging.', ['potentially']],
    ['Beijing may see an opportunity in the withdrawal.', ['may']],
    ['The senator is likely to run again next year.', ['is likely to']],
    ['Liverpool look set to win the league.', ['look set to']],
    // A risk weighed by the writer.
    ['There is a real danger that the conflict will widen.', ['There is a real danger that']],
    ['The Bank of England appears set to keep rates on hold.', ['appears set to']],
    // What a plan or a law provides is its terms, no guess.
    ['Under the plans, 30% of the homes would be classed as affordable.', null],
    ['Under pressure, the minister could resign.', ['could']],
    // A change set for a date is told, no guess.
    ["Employers' National Insurance contributions will rise from 13.8% to 15% from April.", null],
    ['Rents will keep rising.', ['will keep rising']],
    ['Labour is going to win the election.', ['is going to win']],
    ['The Gunners collapse every April, and this year will be no different.', ['will be no different']],
    // A forecast told with certainty is still the writer's guess.
    ['Pharmaceutical giants will no doubt seize on the findings.', ['will no doubt']],
    ['A trade war would certainly hurt the United States.', ['would certainly']],
    ['Inflation is on track to hit 3% by summer.', ['is on track to']],
    ['Will Russia follow China?', ['?']],
    // A likelihood measured is no guess; a likelihood judged is.
    ['Coffee drinkers were 25 per cent less likely to develop liver disease than non-drinkers.', null],
    ['Smokers were twice as likely to die before 70.', null],
    ['Labour is more likely to win the next election.', ['likely']],
    // The writer's question whoever it asks about; a source's after its colon is theirs.
    ['Why has the government never warned us?', ['?']],
    ['Mr. McKinley suggested asking yourself this: would I rather help my kid go to college?', null],
    ['If the talks fail, the strike will go ahead.', ['If']],
    // What an act was for, told with it, is no guess; a result after a comma, or a degree, is.
    ['Bulldozers were brought in to push the vehicles aside so fire trucks could pass.', null],
    ['The firm cut costs, so profits could rise next year.', ['could']],
    ['The plan is so complex it could collapse.', ['could']],
    // "If anything" is "rather", no condition; the law's "probable cause" no guess.
    ['If anything, the plan made things worse.', null],
    ['The game returns and it is, if anything, even more unhinged than before.', null],
    ['The NTSB does not determine a probable cause in its preliminary reports.', null],
    ['The probable outcome is a hung parliament.', ['probable']],
    // A condition later in the sentence; "asked if" asks whether.
    ['The planet is heading for catastrophe unless emissions are cut this decade.', ['unless']],
    ['He asked if the deal was done.', null],
    // What is not yet known, in the wire's words; what is known is no guess.
    ['It was not immediately known how many people were hurt.', ['It was not immediately known how']],
    ['It is known who did it.', null],
    ['We may never know what was said in the room.', ['may']],
    // The writer's own forecast, announced as one.
    ['Mark my words: by next summer, inflation will be back above 4 per cent.', ['Mark my words']],
    ['I predict the Fed will blink first.', ['I predict']],
    ['Arsenal, unbeaten in 14 matches, will surely be title favourites now.', ['will surely']],
    ['Our prediction: Liverpool 2-1 Manchester City.', ['Our prediction']],
    ['It is only a matter of time before the truth comes out.', ['It is only a matter of time']],
    ['Whether the new design can turn things around remains to be seen.', ['remains to be seen']],
    ["It's unclear whether the Speaker can hold his majority together.", ["It's unclear whether"]],
    ['Only time will tell if the gamble pays off.', ['Only time will tell']],
    // An outcome told before it happens; a fixture is no guess.
    ['Rents will keep rising.', ['will keep rising']],
    ['Without action, our rivers will keep dying.', ['will keep dying']],
    ["Klopp's side will edge it and go top.", ['will edge']],
    ['The team will play Arsenal on Sunday.', null],
    // "should" of expectation forecasts; "should" of duty judges (an opinion cue, not a guess).
    ['The truce should allow aid convoys to reach the city.', ['should']],
    ['Ministers should resign over the scandal.', null],
    // What a credited source may or would do is the source's; the writer's hedging adverb stays the writer's.
    ['Trump says he would pay for it by eliminating fraud.', null],
    ['The vote could be delayed, officials said on Tuesday.', null],
    ['China is reportedly prepared to recognize the Taliban, officials said.', ['reportedly']],
    // A weasel is no source: the sentence is the writer's.
    ['Critics say the plan could cost billions.', ['could']],
    // The writer's uncertainty, told as such.
    ["It remains unclear whether any compromise can pass before Friday's deadline.", ['It remains unclear whether']],
    ['It is too early to say whether the drug works.', ['It is too early to say']],
    ['The storm is forecast to make landfall on Tuesday morning.', ['is forecast to']],
    // The writer's reading of what something means.
    ['The move appears to signal a shift in policy.', ['appears to']],
    ['It was not clear how many people were hurt.', ['It was not clear how']],
    // Reporting verbs, literal and certain words are no hedges.
    ['The mayor appeared at a rally in Ohio and read a statement.', null],
    ['The study found that a couple of the samples were contaminated.', null],
    ['The trial left little doubt that the drug works.', null],
    ['Police could not be reached for comment on Friday.', null],
    ['Roughly 30 people attended the meeting, which will resume on Tuesday.', null],
    // "May" the month or the name is no modal.
    ['The same region was devastated by floods in May 2023, which caused damage.', null],
    ['Theresa May resigned in 2019 after three failed votes.', null],
    // Certain to happen is a forecast, not anyone's stance.
    ['The winner is all but certain to become prime minister.', ['is all but certain to']],
    // The writer's forecast as an order to the reader, or certainty about what will never be.
    ['Expect defections, expect donors to walk, and expect the committee to tear itself apart.', ['Expect']],
    ['The Conservative Party will never win another general election.', ['will never']],
    // What will happen in the end, or a breaking point foretold.
    ['Either Congress gets serious about spending, or markets will eventually force it to.', ['will eventually']],
    ['Something has to give.', ['Something has to give']],
    // A life told in order guesses at nothing; a "would" that supposes does.
    ['He would later become prime minister.', null],
    // A habit or an ability of the past; not a time that may be any.
    ['As a child, he would walk five miles to school every day.', null],
    ['Back then, you could buy a house for £20,000.', null],
    ['Every day we wait, more people could die.', ['could']],
    ['She would go on to win three Olivier awards.', null],
    ['It was Lady Macbeth, a role she would return to twice.', null],
    ['The deal would cost billions.', ['would']],
    ['The dollar is doomed.', ['is doomed']],
    // A poll's "likely voters" are the people it sampled.
    ['The survey of 1,000 likely voters was conducted in October.', null],
    ['Pennsylvania is the state most likely to decide the election.', ['likely']],
  ])('when the sentence is %j, the speculative cues are %j', (sentence, expected) => {
    expect(cuesOf(sentence, 'speculative')).toEqual(expected);
  });
});

describe('the prophetic flag', () => {
  it("when a source's post holds the word, shows only the prophecy the sentence tells", () => {
    const [, s] = analyseArticle('Intro.\n\nBible prophecy teacher Jack Hibbs told his congregation that "we are watching prophecy unfold".').sentences;
    expect(s.flags.find((f) => f.flag === 'prophetic')?.cues.map((c) => c.start - s.start)).toEqual([s.text.lastIndexOf('prophecy')]);
  });

  it.each([
    // Scripture, end-times vocabulary, and a war declared certain in the writer's own words.
    ['The drying of the Euphrates is exactly what Revelation 16:12 describes.', ['Revelation 16:12']],
    // (Its book shortened, as sermons cite it.)
    ['The mark of the beast in Rev. 13:16 will be a digital currency.', ['the beast', 'Rev. 13:16']],
    ['Believers should prepare, because the Rapture could happen at any moment.', ['Rapture']],
    ['As Ezekiel 38 foretold, Russia and Iran are forming the alliance that will march on Israel.', ['Ezekiel 38']],
    ['Within the next decade, Russia will march on Israel, just as Ezekiel foretold.', ['Ezekiel foretold']],
    ['The rebuilding of the Third Temple in Jerusalem is now only a matter of time.', ['Third Temple']],
    ['This war is coming, and nothing can stop it.', ['war is coming, and nothing can stop it']],
    ['War with Iran is inevitable.', ['War with Iran is inevitable']],
    ['War between the US and China is now inevitable.', ['War between the US and China is now inevitable']],
    ['The next world war will begin in the Pacific.', ['next world war will begin']],
    ['When it collapses, and it will, the elites will usher in a one-world currency.', ['When it collapses, and it will']],
    ['Make no mistake: a confrontation is coming.', ['confrontation is coming']],
    ['World War Three is coming, and Europe is not ready.', ['World War Three is coming']],
    ['The coming war with Russia cannot be avoided.', ['The coming war with Russia cannot be avoided']],
    // A war to come as a plain fact; not one under a condition, nor a war of words.
    ['Mark my words: there will be a war in the Middle East within a year.', ['there will be a war']],
    ['If talks fail, there will be war.', null],
    ['There will be a war of words over the budget.', null],
    ['As the prophet Daniel warned, the king of the north shall come against him.', ['prophet Daniel', 'king of the north']],
    ['Are we watching Daniel 11 unfold in our lifetime?', ['Daniel 11']],
    ['Ezekiel 38 tells us that in the latter days a coalition will come against Israel.', ['Ezekiel 38', 'latter days']],
    // A war named after its chapter, in any book.
    ['The stage is being set for the Psalm 83 war.', ['Psalm 83']],
    ['I believe we are living in the final generation before the Lord’s return.', ['final generation', 'the Lord’s return']],
    ['The signs Jesus gave in Matthew 24 - wars and rumors of wars, famines, earthquakes - are all around us.', ['Matthew 24', 'wars and rumors of wars']],
    ['This coming invasion will end in a supernatural defeat of the invaders.', ['This coming invasion will']],
    ['The river will dry up to prepare the way for the kings of the east.', ['kings of the east']],
    ['When the river finally runs dry, the armies of the east will march.', ['armies of the east']],
    ['Get your house in order, because the trumpet is about to sound.', ['trumpet is about to sound']],
    // The writer's certainty that a nation will be attacked; a hedge or a source's warning is none.
    ['Israel will be attacked from the north.', ['will be attacked']],
    ['Israel may be attacked from the north.', null],
    ['Israel will be destroyed, and nothing can stop it.', ['will be destroyed']],
    ['The old stadium will be destroyed next year.', null],
    ['Officials warned that ships will be attacked if they enter the strait.', null],
    // A war foretold as fact, by a country or its forces; a condition, a question, a source or a match's tactics are none.
    ['Russia will invade the Baltic states within two years.', ['will invade']],
    ['War between the United States and China is now only a matter of time.', ['War between the United States and China is now only a matter of time']],
    ['Chinese troops will attack Taiwan before 2030.', ['will attack']],
    ['Russia will invade if NATO expands.', null],
    ['Will China invade Taiwan?', null],
    ['Officials said Russia will attack in the spring.', null],
    ['The club will attack from the first minute.', null],
    // A blockade, a seizure, or a move on a place ("will move on from…", "on Friday" are none).
    ['Within a year, China will move on Taiwan, and the West will do nothing.', ['will move on']],
    ['China will blockade Taiwan before the election.', ['will blockade']],
    ['Britain will move on from Brexit.', null],
    ['China will move on Friday to cut rates.', null],
    // The battle foretold is named whole, so that its "battle" judges nothing.
    ['The stage is set for the battle of Armageddon.', ['battle of Armageddon']],
    // A downfall or history's verdict declared certain; an obituary's memory and an outcome told are none.
    ['The collapse of the dollar is coming, and nothing can stop it.', ['collapse of the dollar is coming, and nothing can stop it']],
    ['We are witnessing the beginning of the end of American power.', ['the beginning of the end']],
    ['This could be the beginning of the end for the regime.', null],
    ['The end of the West is near.', ['The end of the West is near']],
    ['A reckoning is coming for the banks.', ['A reckoning is coming']],
    ['The end of the strike is near.', null],
    ['The end of the West could be near.', null],
    ['History will judge this decision harshly.', ['History will judge']],
    ['This will be remembered as the moment the West lost Asia.', ['will be remembered as the moment']],
    // God's acts foretold.
    ['When it comes, Israel will stand alone, and God Himself will intervene.', ['God Himself will intervene']],
    ['Jesus is coming soon, and the church must be ready.', ['Jesus is coming soon']],
    ['He will be remembered as a kind man.', null],
    ['The Lord is my shepherd; I shall not want.', null],
    ['The end of the season is coming.', null],
    ['"History will judge us," the senator said.', null],
    // A source's forecast, a figure of speech and a war ending are no prophecy.
    ['Officials said war with Iran is inevitable.', null],
    ['The trade war is coming to an end.', null],
    ['Daniel 12 people attended the rally on Sunday.', null],
    ['Cartoons of the Prophet Muhammad were shown in class.', null],
    ['Mark 13 people attended the rally on Sunday.', null],
    ["The band's trumpet player was late.", null],
    ['The war is coming to a close after six years of fighting.', null],
    // End-times words in their everyday senses.
    ['In the last days of the campaign, both candidates toured the swing states.', null],
    ['The town was hit by flooding of biblical proportions.', null],
    ['Analysts warned of an Armageddon scenario for bond markets.', null],
    ['The apocalyptic scenes in Valencia shocked the nation.', null],
    ['Fans hailed the new manager as the messiah.', null],
    ['The reunion tour was billed as the second coming of Britpop.', null],
    ['The final battle for the title will be decided on Sunday.', null],
    ['It became a self-fulfilling prophecy.', null],
    ['Shoppers faced a retail apocalypse as 50 stores closed in a single week.', null],
    ['Forecasters warned of biblical floods across the region.', null],
    ['Traders braced for Armageddon on Wall Street after the tariff announcement.', null],
    ['Scientists say the Doomsday Clock now stands at 89 seconds to midnight.', null],
    ['Nuclear Armageddon is coming, and the Bible foretold it.', ['Armageddon', 'the Bible foretold']],
    ['In the last days, perilous times shall come.', ['last days']],
    ['The world awaits the second coming of Christ.', ['second coming']],
  ])('when the sentence is %j, the prophetic cues are %j', (sentence, expected) => {
    expect(cuesOf(sentence, 'prophetic')).toEqual(expected);
  });

  it('takes no word of a prophetic phrase for an opinion cue', () => {
    expect(cuesOf('The great river Euphrates is drying up at an alarming rate.', 'opinion')).not.toContain('great');
  });
});

describe('the unsourced flag', () => {
  it.each([
    ['Aaron Kall is director of debate at the University of Michigan.', true],
    ['Set in 1920, the film follows two sisters through the war years.', true],
    ['Garland is Obama’s nominee to replace Scalia on the court.', true],
    // Fewer than six words make a claim with a figure.
    ['The vote was 336-95.', true],
    // How a source's anonymity came about tells the sourcing, not a claim.
    ['The official asked not to be identified because he was not authorized to speak to the media.', false],
    // A verb the tagger read as a noun still makes a claim.
    ['The risk to the general public remains low.', true],
    // A weasel, however short the sentence.
    ['Many believe so.', true],
    ['Everyone knows the system is broken.', true],
    // A quote whose only speaker is a weasel.
    ["Critics have branded the scheme 'a cash grab for the council'.", true],
    // Not a weasel the quote only seems to hold.
    ['"Maybe I can, by speaking directly to white people, say, look, this is not who we are," she continued.', false],
    ['A spokesperson for the firm declined to comment.', false],
    // An appeal to readers.
    ['Anyone with information is asked to call 101 or Crimestoppers on 0800 555 111.', false],
    ['Anyone with information can also contact Crimestoppers anonymously on 0800 555 111.', false],
    ['The Mirror has approached the council for comment.', false],
    // Where to call claims nothing.
    ['Alternatively, information can be passed anonymously to the independent charity Crimestoppers on 0800 555 111.', false],
    ['The National Suicide Prevention Lifeline can be reached at 1-800-273-8255, or by dialling 988.', false],
    // Requests and orders to the reader claim nothing.
    ['Seriously, please ask yourself that question.', false],
    ['Hold Melania Trump to her husband’s standards.', false],
    ['Borrow the rest of the money, split among the family.', false],
    ["Don't wait until it is too late.", false],
    ["But don't bet the house on it.", false],
    // A signpost to what follows claims nothing; a figure after "Here are" still does.
    ['Here is what we know so far.', false],
    ["Here's a closer look at the facts.", false],
    ['Here are 12,000 reasons to worry about the plan.', true],
    // A source the writer could not reach is no claim standing on nothing.
    ['Representatives for the company could not immediately be reached.', false],
    ['A Home Office spokesman declined to comment.', false],
    ['A spokesman for the club declined to comment when contacted by the BBC.', false],
    ['We contacted the person who shared the post but did not receive a response.', false],
    ['The Guardian contacted the council but had not received a reply by the time of publication.', false],
    ['MailOnline has contacted the council for further comment.', false],
    // An encyclopedia's numbered reference sources the sentence; an editor's "[citation needed]" says it has none.
    ['Common side effects include vomiting, headache and changes in vision.[1]', false],
    ['Serious side effects include allergic reactions and seizures.[citation needed]', true],
    ["Don't forget that your child can earn $6,000 a year.", true],
  ])('when the sentence is %j, flags it unsourced: %s', (sentence, flagged) => {
    expect(cuesOf(sentence, 'unsourced') !== null).toBe(flagged);
  });

  it('shows a weasel and its cue as two spans when words stand between them, as one when they are together', () => {
    expect(cuesOf('In August, several environmental groups granted the firm an extension on a court order, saying "the capital was less than expected."', 'unsourced')).toEqual(['several environmental groups', 'saying']);
    expect(cuesOf('Critics say the plan was a failure.', 'unsourced')).toEqual(['Critics say']);
  });

  it('shows a figure the tagger cut in pieces as one cue', () => {
    expect(cuesOf('Shares fell 2% on Monday to $4.5bn.', 'unsourced')).toEqual(['2%', '$4.5bn']);
    expect(cuesOf('The Taliban now hold nearly two-thirds of Afghanistan.', 'unsourced')).toEqual(['two-thirds']);
    // A count in words is a figure too.
    expect(cuesOf('The war has killed tens of thousands of people and displaced millions.', 'unsourced')).toEqual(['tens of thousands', 'millions']);
    expect(cuesOf('Hundreds of flights were cancelled.', 'unsourced')).toEqual(['Hundreds']);
    expect(cuesOf('In May 2020 the plan cost £3m.', 'unsourced')).toEqual(['2020', '£3m']);
    // An index's move after its number, which the tagger reads as a noun.
    expect(cuesOf('The FTSE 100 fell 1.2% on Tuesday.', 'unsourced')).toEqual(['1.2%']);
    expect(cuesOf('The S&P 500 lost 0.4%.', 'unsourced')).toEqual(['0.4%']);
    // A day of the month is a time, no figure to source.
    expect(cuesOf('Ravi Sharma, 58, died on 3 March with 40 others.', 'unsourced')).toEqual(['40']);
    // So is a person's age, which reporters give unsourced; and a grade's number names it.
    expect(cuesOf('A man aged 34 and Reed, 61, were among 12 people held.', 'unsourced')).toEqual(['12']);
    expect(cuesOf('Some 30 patients had type 2 diabetes or stage 4 cancer.', 'unsourced')).toEqual(['30']);
    expect(cuesOf('The agency raised its alert to level 4, closing 12 schools.', 'unsourced')).toEqual(['12']);
    // A figure with its scale and unit is one.
    expect(cuesOf('She would impose a 4 percent surcharge on incomes over $5 million.', 'unsourced')).toEqual(['4 percent', '$5 million']);
    expect(cuesOf('It rose by 0.1 percentage points to 4.2 per cent.', 'unsourced')).toEqual(['0.1 percentage points', '4.2 per cent']);
    // A share told as a ratio is one figure.
    expect(cuesOf('Around one in five children in the region live in poverty.', 'unsourced')).toEqual(['one in five']);
    expect(cuesOf('About 1 in 4 adults in the region still smoke every day.', 'unsourced')).toEqual(['1 in 4']);
    // (The claim's verb is the clause's own, not a participle qualifying its subject.)
    expect(cuesOf('The temperatures recorded that summer were the highest ever seen.', 'unsourced')).toEqual(['were']);
    expect(cuesOf('Daniel Price, of no fixed address, is due to appear before magistrates on Friday.', 'unsourced')).toEqual(['is']);
    expect(cuesOf('A 35-year-old man has been arrested and charged after a fight.', 'unsourced')).toEqual(['has been arrested']);
    expect(cuesOf('A woman, aged 22, was taken to hospital for treatment.', 'unsourced')).toEqual(['was taken']);
    expect(cuesOf('The photo, captioned with a heart, was shared widely on Sunday.', 'unsourced')).toEqual(['was shared']);
    expect(cuesOf("What's next: A final decision is expected by the end of the month.", 'unsourced')).toEqual(['is expected']);
    // (Nor a name the tagger read as a verb.)
    expect(cuesOf('Karen Shore was declared the winner after a recount in the ward.', 'unsourced')).toEqual(['was declared']);
    expect(cuesOf('Fed Chair Jerome Powell is due to speak on Tuesday before the committee.', 'unsourced')).toEqual(['is']);
    expect(cuesOf('The lorry driver, a man in his 50s, was treated for minor injuries.', 'unsourced')).toEqual(['was treated']);
    expect(cuesOf('The champion, 37, underwent an operation on his knee.', 'unsourced')).toEqual(['underwent']);
    expect(cuesOf('Members will walk out on 8, 9 and 10 May, causing severe disruption.', 'unsourced')).toEqual(['will walk']);
    // (With no figure, the claim's verb is the reason shown.)
    expect(cuesOf('The vote will be held on January 14, 2027 in the chamber.', 'unsourced')).toEqual(['will be held']);
    expect(cuesOf('A similar Florida law was blocked by a judge in June.', 'unsourced')).toEqual(['was blocked']);
    expect(cuesOf('Until the vote, the plan was blocked by a judge in June.', 'unsourced')).toEqual(['was blocked']);
    // (Or the verb the tagger read as a noun; a fragment with no verb to show is not flagged with no reason.)
    expect(cuesOf('In fact, the change concerns reporting rules for payment apps such as PayPal.', 'unsourced')).toEqual(['concerns']);
    expect(cuesOf("Mr. Trump's efforts pale by comparison with the rest of the field.", 'unsourced')).toBeNull();
    // A number in a name, and a code of letters and digits, are no figures to source.
    expect(cuesOf('The law, known as Senate Bill 4, was signed in December by 12 senators.', 'unsourced')).toEqual(['12']);
    expect(cuesOf('Flight 370 and two F-35 jets vanished from the radar of the G7 countries.', 'unsourced')).toEqual(['two']);
    expect(cuesOf('H5N1 has spread to 17 states, and 5G masts went up in 40 towns.', 'unsourced')).toEqual(['17', '40']);
    expect(cuesOf('The recall affects Model 3 and Model Y cars built in 2021.', 'unsourced')).toEqual(['2021']);
    expect(cuesOf('At $1,099, it costs $100 more than the iPhone 17 Pro and the Pixel 10.', 'unsourced')).toEqual(['$1,099', '$100']);
    expect(cuesOf('The S&P 500 fell 48.37 points on Tuesday and the FTSE 100 was flat.', 'unsourced')).toEqual(['48.37']);
    expect(cuesOf('Clinton leads Trump 48 to 44 in Ohio.', 'unsourced')).toEqual(['48', '44']);
    expect(cuesOf('World War 2 ended after six years.', 'unsourced')).toEqual(['six']);
    expect(cuesOf('Erik ten Hag was sacked after 128 games.', 'unsourced')).toEqual(['128']);
    // A number that says which one, in lower case too, and a house's number.
    expect(cuesOf('The case is Masterpiece Cakeshop v. Colorado Civil Rights Commission, No. 16-111.', 'unsourced')).toEqual(['is']);
    expect(cuesOf('Two lorries crashed on the M25 near junction 10.', 'unsourced')).toEqual(['Two']);
    expect(cuesOf('Protesters gathered outside 10 Downing Street.', 'unsourced')).toEqual(['gathered']);
    expect(cuesOf('The bill, HR 3684, passed the House by 228 votes.', 'unsourced')).toEqual(['228']);
    // Nor is a time of day, a when as a date is.
    expect(cuesOf('Officers were called to the pub at about 11.40pm.', 'unsourced')).toEqual(['were called']);
    expect(cuesOf('The meeting ran from 10am to 4pm with 30 speakers.', 'unsourced')).toEqual(['30']);
    expect(cuesOf('The train left at 14:32 and arrived 11.20pm, two hours late.', 'unsourced')).toEqual(['two']);
    // Nor is a telephone number.
    expect(cuesOf('The firm, whose switchboard is 020 7946 0000, sold 40 homes.', 'unsourced')).toEqual(['40']);
    // "net zero" names a policy, no figure.
    expect(cuesOf('Net zero was sold to us as a bargain by every minister.', 'unsourced')).toEqual(['was sold']);
  });

  it('shows a weasel with its cue, whichever comes first', () => {
    expect(cuesOf('The plan will cost 5 billion dollars, according to critics of the scheme.', 'unsourced')).toEqual(['according to critics of the scheme', '5 billion']);
    expect(cuesOf('Critics say the plan will cost 5 billion dollars.', 'unsourced')).toEqual(['Critics say', '5 billion']);
  });
});

describe('the attributed flag', () => {
  it('shows a cue two sources share once: "Mr. Grassley and Mr. Leahy say"', () => {
    expect(cuesOf('But Mr. Grassley and Mr. Leahy say other changes are needed.', 'attributed')).toEqual(['say']);
  });
});

describe('the opinion flag', () => {
  it("takes the police's name for a case for no judgement: 'murder' in 'a murder investigation'", () => {
    expect(cuesOf('Police launched a murder investigation after the brutal attack.', 'opinion')).not.toContain('murder');
  });

  it("when a weasel speaks with a verb of feeling, leaves that verb out of the writer's judging words", () => {
    expect(cuesOf('Experts fear the sinister supply line will drag out the war for months.', 'opinion')).toEqual(['sinister', 'war']);
  });

  it.each([
    // A word or two in quote marks in a sentence that cites someone is their word, not the writer's.
    ["Mikel Arteta praised Bukayo Saka's \"outstanding\" performance after the win.", null],
    // A noun naming the source is no judgement of the writer's; an adjective there judges the source.
    ['Safety advocates have long complained that the system can be easily fooled.', null],
    ['The corrupt official said the money was a gift.', ['corrupt']],
    // So does a name that only ever damns; a name a source calls someone, active or passive, is the source's.
    ["China's tyrant Xi Jinping has vowed that reunification cannot be stopped.", ['tyrant']],
    ['Mehmet Oz has been called a charlatan by fellow physicians for promoting cures.', null],
    // Military strikes are events told, no judgement.
    ['Iran condemned the strikes as a violation of sovereignty.', null],
    // A hedge is no judgement; nor is what a condition supposes happening, though a judging word in it still judges.
    ['The move could possibly reshape the industry.', null],
    ['If the talks fail, prices will almost certainly rise.', null],
    ['If this disastrous policy continues, we are finished.', ['disastrous']],
    // A thing weighed as one kind more than another is the writer's verdict on it; a count compared is none.
    ['The target was always more slogan than strategy.', ['more slogan than strategy']],
    ['The event drew more money than ever.', null],
    ['Norway produces more oil than gas.', null],
    // A degree word judges only what it strengthens.
    ['It is the first country in the world to do so, but it may not be the only one.', null],
    ['No cases of a resistant strain have been spotted so far in the region.', null],
    ['The plan was so bad that nobody in the chamber voted for it.', ['so', 'bad']],
    // An adverb in -ly strengthening a judging adjective; a prescription in the writer's voice.
    ['They were spectacularly wrong, and ordinary families paid the price at the grocery store.', ['spectacularly', 'wrong']],
    // After a thing said with no clause of its own, a new clause is the writer's again.
    ['They said the same thing three years ago, and they were spectacularly wrong.', ['spectacularly', 'wrong']],
    ['Officials said the plan, which cost millions, was a disastrous and shameful failure.', null],
    ['What we need is humility.', ['What we need is']],
    ["Here's the uncomfortable truth: until planning rules change, rents will keep rising.", ["Here's the uncomfortable truth"]],
    ['She was, quite simply, irreplaceable.', ['quite simply', 'irreplaceable']],
    // The writer's own conviction or doubt.
    ["I'm not convinced.", ["I'm not convinced"]],
    // The writer ranking a work; not a firm's best quarter, nor a best-seller.
    ['Marin has made one of the best British films of the decade.', ['best British films of the decade']],
    ['The company posted its best quarter of the year.', null],
    ['It was the best-selling car of the decade.', null],
    // A word AFINN grades too mildly still judges: "just an excuse".
    ['The delay is just an excuse to avoid the costs.', ['excuse']],
    // A reviewer's verdict in a set phrase.
    ["Samsung's Galaxy AI features are more of a mixed bag.", ['a mixed bag']],
    ['The camera is the real star.', ['the real star']],
    // The writer's exasperation, a thing reduced to less than it claims; a record measured is told, not judged.
    ['Enough is enough.', ['Enough is enough']],
    ['The scheme is nothing more than a pretext to seize control.', ['nothing more than']],
    ['This is nothing short of a national scandal.', ['nothing short of', 'scandal']],
    ["Only a fool would believe the government's figures.", ['Only a fool']],
    ["The regime's genocidal campaign continued for months.", ['genocidal']],
    ['After months of study, I have come to believe the answer is yes.', ['I have come to believe']],
    ['The firm has come to dominate the market.', null],
    ['Sales fell short of forecasts.', null],
    ['No doubt some of it is.', ['No doubt']],
    ['Ofwat looked the other way as rivers filled with sewage.', ['looked the other way']],
    ['This is a government that has lost its way.', ['has lost its way']],
    ['The hikers lost their way in the fog.', null],
    // A praise denied by "un-" judges as its opposite.
    ["The minister's comments were deeply unhelpful.", ['deeply', 'unhelpful']],
    ['The plan is unwise.', ['unwise']],
    // The writer's wish shared with the reader.
    ['Let us hope the talks succeed.', ['Let us hope']],
    ["Let's hope the talks succeed.", ["Let's hope"]],
    // A move damned by its name; a death is told.
    ['Europe is committing economic suicide.', ['economic suicide']],
    ['The party keeps shooting itself in the foot.', ['shooting itself in the foot']],
    ['He died by suicide in 2019.', null],
    ['The trial lasted little more than a year.', null],
    ['A&E waits are the worst on record.', null],
    ['It was their worst result in history.', null],
    ['It was the worst drought in 40 years.', null],
    ['This is the worst government ever.', ['worst']],
    // A size after its measure is told, not judged.
    ['The wall is 10 feet tall and two metres wide.', null],
    ['The bridge is a mile long and the queue is painfully long.', ['painfully', 'long']],
    // "Great" of size praises nothing.
    ['Russia and Iran will lead a great army against Israel.', null],
    ['Scholars point to Ezekiel 38 as a description of a great invasion of Israel.', null],
    ['It was a great idea.', ['great']],
    // The writer's prescription; not one a clause supposes, reports or asks.
    ['The government should scrap the cap.', ['should']],
    ['On this evidence, he should think again.', ['should']],
    ['The decline is forcing states to decide who should pay for it.', null],
    // Asking what ought to be done prescribes nothing, unless the question answers itself.
    ['So should you ditch your morning oats?', null],
    ['Why should taxpayers foot the bill?', ['should']],
    // What people ought to be; a thing's expected state is no prescription.
    ['Ministers should be bolder.', ['should', 'bolder']],
    ['Temperatures should be higher tomorrow.', null],
    // A reviewer's compound verdict, split at its hyphen by the tokenizer; "complete with" lists.
    ["A naval battle staged inside the Colosseum, complete with sharks, is the film's most jaw-dropping moment.", ['jaw-dropping']],
    // The referee's terms are told, not judged.
    ['Cole Palmer put the visitors ahead from the penalty spot after 12 minutes.', null],
    ['The referee awarded a penalty after a foul on Saka.', null],
    // The writer weighing a move; a measure at its least is told, not judged.
    ['It is a deal that makes sense for everyone.', ['makes sense']],
    ['The side managed just 38 league goals last season, their lowest tally in almost three decades.', null],
    // The columnist's scorn.
    ['Pull the other one.', ['Pull the other one']],
    ["You couldn't make it up.", ["You couldn't make it up"]],
    ['Another week, another shambles.', ['Another week, another', 'shambles']],
    // A measure judged wanting; not a time.
    ['Brussels has been far too soft on Beijing for years.', ['far too soft']],
    ['This is long overdue.', ['long overdue']],
    ['The Fed has kept rates too high for too long.', ['too', 'for too long']],
    ['Net zero was sold to us as a bargain. It is nothing of the sort.', ['nothing of the sort']],
    ['It is much too early to tell whether the plan will work.', null],
    // A strong adjective said of "it" or "this" by "be" is the writer's verdict; a result told ("won") judges nothing.
    ['It was a disastrous afternoon for the Blues, who have now won only one of their last six league games.', ['disastrous']],
    ['It is a remarkable turnaround for a business that nearly closed a decade ago.', ['remarkable']],
    ['This is a national scandal.', ['scandal']],
    ['It was a disaster for the club.', ['disaster']],
    // So is one said of a thing, closing its clause; not one told as someone's, nor a comparison.
    ['The software, however, is a mess.', ['mess']],
    ['The contestants this year are a glorious bunch.', ['glorious']],
    ['The new plan is a good deal cheaper than the old one.', null],
    ['iOS 27 is buggy, and the redesigned Photos app is confusing.', ['confusing']],
    ['Committee members warned that the bill is vague and confusing.', null],
    ['Republican support was more solid; several Democrats came around only later.', null],
    // A result told is no judging word, for the rules or the model: with none to show, no flag.
    ['Saka equalised in the 51st minute, Odegaard put Arsenal ahead five minutes later and Saka sealed the win with a curling shot.', null],
    ['Whether that is enough to save the high street remains to be seen.', null],
    // A force of nature sized, and what a fire did, as every report tells them; a figure of speech still judges.
    ['A powerful storm hit the coast on Tuesday.', null],
    ['A devastating 7.8-magnitude earthquake struck at dawn.', null],
    ['A huge fire destroyed the warehouse.', null],
    // An event named judges nothing.
    ['The Security Council is the arm of the organization with the mandate, and the tools, to prevent and end conflict.', null],
    ['There is a risk of recession.', null],
    ['A terrible storm of criticism hit the minister.', ['terrible', 'criticism']],
    // The first part of a hyphenated word is no cue.
    ['Palmer gave the visitors the lead with a superb free-kick after 12 minutes.', ['superb']],
    ['Make no mistake: this Arsenal side is the real deal.', ['Make no mistake']],
    // An exclamation with no verb is the writer's cry.
    ['What a farce.', ['What a farce']],
    ['What an utter disgrace!', ['What an utter disgrace']],
    ['It’s time to stop poisoning our children.', ['It’s time']],
    // A comparison with a name shows the whole name.
    ['He is no John F. Kennedy.', ['is no John F. Kennedy']],
    // The writer's voice in so many words needs no word of judgement beside it.
    ['It is no coincidence that rates of ADHD have soared since fluoridation began.', ['It is no coincidence']],
    // The writer pointing to their own earlier argument.
    ['As I have written before, the official line was strikingly respectful.', ['As I have written', 'strikingly', 'respectful']],
    // The law's own terms and a verb of mild valence judge nothing.
    ['It makes illegal entry a state crime punishable by up to 20 years in prison.', null],
    ['The law would allow police to arrest migrants who cross illegally.', null],
    ['He was found guilty of the crimes in 2019.', null],
    // The charge's name is the court's word; calling someone one is the writer's.
    ['Thornton pleaded guilty to 14 counts of fraud by abuse of position.', null],
    ['He was jailed for robbery, burglary and grievous bodily harm.', null],
    ['Trump is a fraud.', ['fraud']],
    // A person's faults told in passing are the writer's judgement; their wealth sorts them.
    ['A greedy financial adviser who fleeced elderly clients out of more than £2million has been locked up for five years.', ['greedy']],
    ['A visa program that allows wealthy foreigners to obtain citizenship will expire at the end of the month.', null],
    // An adjective of the law said of a thing is the writer's verdict.
    ['And, yes, it is all legal.', ['legal']],
    // A verb the tagger reads as a judging adjective.
    ['Police are appealing for witnesses to come forward after the attack.', null],
    // Nor is where unnamed sources stand a judgement.
    ["People familiar with the company's thinking say a deal is close.", null],
    // A state told of people judges nothing.
    ['Two injured passengers and a sick child were taken to hospital.', null],
    // A compound that names a thing judges nothing.
    ['Water companies have been pumping raw sewage into rivers and seas.', null],
    // A harm graded as reports state it judges nothing.
    ['The wife of a man fatally shot by police recorded cellphone video of the encounter.', null],
    // A manner of acting is no degree: "publicly pressured" judges nothing.
    ['Beijing has publicly pressured the Taliban to continue working toward a peace agreement.', null],
    // A judging word opening the sentence, which the tagger reads as a name.
    ['Shocking footage shared on social media showed cars floating down flooded streets.', ['Shocking']],
    // One of mild valence is as likely a name.
    ['United boss Ruben Amorim wants a new striker after the club scored 44 league goals.', null],
    // A source's verb of saying is how the writer reports, not a judgement.
    ['It is a claim the government disputes.', null],
    // A comment adverb opening the sentence judges all that follows; one of time or order does not.
    // How a thing is done, mildly, after its verb, judges nothing.
    ['In its shadow, viewers were pressed against a fence, listening intently to the president.', null],
    ['Shockingly, the report was buried.', ['Shockingly']],
    ['Unsurprisingly, the plan failed.', ['Unsurprisingly']],
    ['Frankly, nobody believes a word of it.', ['Frankly']],
    ['Incredibly, those who drank two cups a day had a lower risk of death.', ['Incredibly']],
    ['Unfortunately, the train was late again.', ['Unfortunately']],
    // An intensifier coined for effect is the writer's voice, the whole word its cue.
    ['At £1,099, the phone is eye-wateringly expensive.', ['eye-wateringly', 'expensive']],
    // The second part of a hyphenated word after a name or a noun says who or what by; "self-" judges.
    ['A cascade of Islamic State-inspired attacks followed.', null],
    ['Walking away would be self-destructive.', ['destructive']],
    // A state's listing is told, not judged; the writer calling someone so judges.
    ['HTS remains designated a terrorist organisation by the United Nations.', null],
    ['Britain proscribed the group as a terrorist organisation in 2019.', null],
    ['He is a terrorist.', ['terrorist']],
    // Success told is an outcome, not praise.
    ['China would recognise the Taliban if it succeeds in toppling the government.', null],
    // Words of judgement no lexicon package lists.
    ['This shambolic government has botched the rollout.', ['shambolic', 'botched']],
    ['It is a laudable aim.', ['laudable']],
    ['That is cowardice dressed up as prudence.', ['cowardice']],
    ['It is damning.', ['damning']],
    ['The decision was a blunder.', ['blunder']],
    ['The team suffered a humiliating 5-0 defeat at home.', ['humiliating']],
    // Blame in an idiom; not the words in their plain sense.
    ['Once again, the Federal Reserve is behind the curve.', ['is behind the curve']],
    ['The government has dropped the ball on housing.', ['dropped the ball on']],
    ['He dropped the ball and it rolled into the road.', null],
    // WordNet files it as a kind of thinking, but it only ever judges.
    ['That is wishful thinking.', ['wishful']],
    ['The military staged a second day of terrifying drills.', ['terrifying']],
    ['The plan was, predictably, a failure.', ['predictably', 'failure']],
    ['Finally, the bridge opened.', null],
    // A statistician's term for uncertainty judges no one's mistake.
    ['They will tell you this was within the margin of error.', null],
    // A sentence adverb judges on its own (seed 003).
    ['Clearly, America’s global leadership has taken a hit from the Taliban-China alliance.', ['Clearly']],
    // What a credited source says is the source's judgement, quoted or not; the words framing it are the writer's.
    ['The State Department arrogantly asserts that the plan was a disastrous and shameful failure.', ['arrogantly']],
    ['Officials said the plan worked, but the truth is that it was a disastrous and shameful failure.', ['disastrous', 'shameful', 'failure']],
    // What the writer passes on as reported is not the writer's judgement (seed 000's lead).
    ['China is reportedly prepared to recognize the Taliban as the legitimate rulers if they succeed in toppling the Western-backed government.', null],
    // A weasel is no source: the judgement is the writer's.
    ['Critics say the plan was a disastrous and shameful failure.', ['disastrous', 'shameful', 'failure']],
    // The writer's "I think" states a view of their own; "we asked" reports an act.
    ['Perhaps the plan will surprise us, but I doubt it.', ['I doubt']],
    ['Some viewers may find the format cruel. I find it hypnotic.', ['I find']],
    ['We asked the minister about the cuts on Tuesday afternoon.', null],
    // Two judging words carry a sentence the model doubts (sport's words pull it to neutral); the fans' hope is the writer's guess.
    ['Chelsea fans will be hoping this is the signing the club desperately needs after a dismal start to the season.', ['hoping', 'desperately', 'dismal']],
    // A place is no praise: "the top corner"; nor a value: "worth billions".
    ['Palmer curled a superb effort into the top corner.', ['superb']],
    // A result is told, and a rank is no praise: only the goal is judged.
    ['Mohamed Salah scored a stunning late winner as Liverpool beat Chelsea 2-1 at Anfield to move top of the Premier League.', ['stunning']],
    ['Nobody in Whitehall wants to take on the developers who sit on land banks worth billions.', null],
    // A deadly crash is told, not judged; nor is a system "partially automated".
    ['The recall follows a series of crashes, some of them deadly, that happened while the partially automated driving system was in use.', null],
    // Nor what a share is of: "largely along party lines".
    ['The measure passed 52-48, largely along party lines.', null],
    // The writer's view, said to be one.
    ['My own view is that the council has failed.', ['My own view is']],
    ['What is certain is that the current model has failed.', ['What is certain']],
    // What people are owed, in the writer's words; in a source's, it is theirs.
    ['Young people deserve better than this.', ['deserve better']],
    ['The mayor deserves credit for listening to residents.', ['deserves credit']],
    // What a law makes an offence is no verdict; calling a war illegal is one.
    ['The ban makes it illegal to possess or sell the weapons.', null],
    ['This war is illegal.', ['war', 'illegal']],
    // Sanity denied to whoever would disagree; a belief called unreal (not a story's genre).
    ['Nobody in their right mind would sign up for this.', ['Nobody in their right mind']],
    ['The idea that tariffs will bring back jobs is a fantasy.', ['is a fantasy']],
    ['The film is a fantasy about dragons.', null],
    ['"Families deserve better," she said.', null],
    // A figure graded as it is told.
    ['Unemployment soared to a shocking 4.2% in March.', ['shocking']],
    // Also by a word with no valence of its own; "net" sorts the figure.
    ['Last year net migration hit a staggering 906,000.', ['staggering']],
    // (Astonishment judges wherever it stands; a name's capitalised word judges nothing.)
    ['The staggering figure is the highest monthly total ever recorded.', ['staggering']],
    ['The report by Citizens for Tax Justice found an astonishing 73 percent of firms did so.', ['astonishing']],
    ['Old Hands Help Russia Navigate U.S. Media.', null],
    ['Shareholders will receive a mere 2p a share.', ['mere']],
    // The writer's certainty set in the clause; a manner of doing is none.
    ['Coffee is, without doubt, one of the most misunderstood drinks in the world.', ['without doubt', 'misunderstood']],
    ['They accepted the ruling without question.', null],
    // Pressure faced is told, not judged; what a source says is theirs, the participle read as a noun or not.
    ['Sir Keir Starmer is facing growing pressure from his own MPs to reverse the cuts.', null],
    ['Starmer is facing pressure, with one saying the policy is wrong.', null],
    // Certainty in so many words, whatever the modal.
    ['There can be no doubt that the scheme has failed.', ['There can be no doubt']],
    // A reproach and a doubt in so many words.
    ['But it could at least admit its mistakes.', ['could at least', 'mistakes']],
    ['Its forecasts deserve to be taken with a large grain of salt.', ['with a large grain of salt']],
    // The writer ranking what follows.
    ['Even better, the scheme costs nothing.', ['Even better']],
    // "hate speech" names a kind of content: only the prescription judges.
    ['Platforms must remove hate speech.', ['must']],
    // A word that is only ever a verdict needs nothing else: the writer has judged.
    ['This paltry fund was followed by twelve further missions.', ['paltry']],
    ['The council presided over a shambolic rollout of the scheme.', ['shambolic']],
    // A judging adjective strengthened grades as only a writer does; a patient's state is told.
    ['Trials of a four-day week have been remarkably successful.', ['remarkably', 'successful']],
    ['The scheme has been hugely popular.', ['hugely', 'popular']],
    ['The patient is seriously ill.', null],
    ['That target is not binding and does not amount to a ban.', null],
    ['They are charged with producing a controlled drug of class B.', null],
    // An event told is no judgement.
    ["Thousands of people took to the streets of London to protest against the government's immigration policy.", null],
    // A word of a phrase of speculation is no judgement.
    ['It is still not clear when the vote will happen.', null],
  ])('when the sentence is %j, the opinion cues are %j', (sentence, expected) => {
    expect(cuesOf(sentence, 'opinion')).toEqual(expected);
  });
});
