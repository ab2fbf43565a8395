import type { Prisma } from '../generated/prisma/client';
import { type AnalysedSentence, analyseArticle } from '../core/classify/analyse-article';
import { articleFingerprints, type Fingerprint } from '../core/reuse/fingerprint';
import { markAnalysed } from '../store/articles';
import { deleteClaims, insertClaims } from '../store/claims';
import { deleteFingerprints, insertFingerprints } from '../store/fingerprints';

/**
 * Bumped when an analyser changes what it stores: articles analysed by an
 * older version are counted at start-up and on the home page, which say to
 * run `provenance reanalyse`. 3: WordNet cues, quote speakers, date headers.
 * 4: the opinion model over word vectors; headline speakers, nominal and stance cues, quote rules.
 * 5: the opinion threshold picked by cross-validation; speakers behind asides, titles' stops.
 * 6: stances through "be", passive agents, whole quotes after an attributed sentence; no sorting adjectives as opinion cues.
 * 7: "according to" in the sense of "in accordance with"; appositions that must close; named documents with a qualifier;
 *    speculation only in the writer's words.
 * 8: fingerprints hashed from 32-bit word hashes (the reuse index must be rebuilt); agentless passives as
 *    weasels, block quotes after 'X added:', stances inside a report left to its speaker.
 * 9: opinion cues only in the writer's words, not in what a credited source is reported to have said;
 *    speech acts ("issued a statement"), speakers past asides and participles, WordNet's people nouns.
 * 10: a cue's "that" clause is its source's, not the writer's opinion; stop words and compound nouns
 *    ("human rights") never shown as opinion cues; participles of saying after a quotation's closing comma.
 * 11: a surname's full name is looked for on its own line only (a heading ending "…in Geneva" gave "Geneva Trump");
 *     WordNet's relational adjectives ("corporate", "human") are never opinion cues.
 * 12: a place between a speaker and the participle ("out there saying"); "there" is never a speaker; a participle
 *     qualifying its subject ("Americans supporting the bill say") is no cue; "footage of X asking": X speaks.
 * 13: a recording's speaker wherever the recording stands ("A video of the senator saying… spread online"); a
 *     relative clause's subject ("a charge Meloni rejected": Meloni); a participle qualifying a noun is no cue
 *     ("The Grand Prix scheduled for Sunday was cancelled"); "Reuters" alone on the first line is the outlet;
 *     a stance before a closing speaker is the speaker's report ("Markets expect a cut, traders said");
 *     prophetic: a war declared certain, a prophetic book's chapter; "By …" bylines; office-holders as people;
 *     names in any alphabet ("Ricaurte Vásquez"); a date header under the outlet's line; reuse direction by
 *     the attributions each version keeps when nothing else decides; "in an interview with CNN" and
 *     "economists surveyed by Bloomberg" cite the outlet; "painting Trump as a caricature" is a depiction;
 *     the writer's "I think" is an opinion, never a source nor another speaker's pronoun.
 * 14: straight single quotes ('…') as quotes; "It is understood that…", "…, it emerged" as weasels; "he voted
 *     no. Trump…" split after "no"; "according to research"; "a charge ministers deny": ministers; a role before
 *     a name ("Senate Majority Leader Chuck Schumer") is no organisation; "46 percent of Americans", "a source
 *     close to the foundation" are anonymous; a body's "which" stands for the body; "in May 2023" is no modal;
 *     a named person's words before a closing outlet stay theirs; more prophetic cues ("the king of the north").
 * 15: a role before a name in apposition ("Tesla's head of vehicle engineering, Lars Moravy"); one-word
 *     companies the article speaks of as companies ("Tesla did not respond"); "Analysts at Wedbush" are
 *     anonymous, not weasels; plural bodies ("the companies deny"); goods recalled and prices charged are
 *     no report; names with particles ("Majed al-Ansari"); "The person said" joins its introduction;
 *     "It is believed the attack…"; more prophetic cues ("Ezekiel 38 tells us", "the latter days");
 *     an author's note, a photo caption and a date alone on its line are boilerplate; figures cut by the
 *     tagger are one cue; quotes carried across paragraphs and vox pops signed with a dash; capitals as
 *     governments; ninety known outlets; a request for comment reports nothing; pronouns after another
 *     person is named stay unnamed.
 * 16: wire datelines with a date ("PORT SUDAN, Nov 18, 2026 (AFP) -") and press releases' issuers give
 *     outlet and date; "Posted <date> by <name>" bylines; bodies named "… Programme", "… Forces",
 *     "… Energy" are organisations, an unnamed spokesperson of one is anonymous; number words stay in
 *     sources ("At least 12 officials"); "are understood to", "is reported to" hide a speaker; "Speaking
 *     to Marca," cites the outlet; "its backers claim" and "Sources close to the club claim" are read;
 *     "£80m." ends a sentence; headlines over bylines or split by a question are headings; interview
 *     labels speak for their paragraph; "Mark my words", "As I have written" and "Don't …" are read;
 *     fact checks' "CLAIM:" labels are no speakers; "the senator" is the senator cited before; the
 *     writer's voice in so many words ("It is no coincidence") flags an opinion by itself.
 * 17: "the Times", "the Post" are the paper of that name the story named last (else its own, else
 *     the London Times); an opening adverb or time without its comma ("Then the Times reported",
 *     "Last month the police said") is no part of the speaker; "Starbucks said it would close stores"
 *     makes Starbucks a body; live blogs' entry headings, "| Updated: …" headers; "with one saying";
 *     "Writing on X, she said" is one saying; "studied physics", "quoting log 1834", "The study,
 *     published in…" report nothing; "Det Insp", "Cllr" are titles; "It was a disastrous afternoon"
 *     is the writer's verdict, "will surely" a forecast, "won", "killed" no judging words; "The Sun
 *     can reveal" names the story's outlet, as does "BBC News" under the byline; "Xi" is Xi Jinping,
 *     "Von der Leyen" Ursula von der Leyen; "Speaking on BBC One's…" cites the BBC; cues run from
 *     their auxiliary past adverbs ("did not immediately respond"); "a report from The Washington
 *     Post" cites the outlet, "Studies show" is a weasel, "Apple declined to comment" a body, "keep
 *     telling us" a report; a short line alone is a sentence, not a headline; "A spokesman declined to
 *     comment." claims nothing; "Tim Cook, Apple's chief executive, said" keeps the name.
 * 18: "The court heard Pike entered…"; "KCNA quoted Kim as saying" is Kim's; "posted on X: “…”";
 *     "The WHO classified … as a carcinogen"; a deal rejected is no claim disputed; "Cancer Research
 *     UK", "Oxfam", "the inquest" are bodies, PolitiFact an outlet, "new research from the University
 *     of Leeds" a document; a day of the month is no figure; reference marks ("[1]") cite documents and
 *     "[citation needed]" flags a sentence unsourced; "Another said:" is someone unnamed; "It
 *     remains unclear whether…" is speculative; "Why should they believe…?" reports no one;
 *     "bipartisan", "the risk of", "pivoting away" judge nothing; an op-ed's name-alone byline;
 *     "Shockingly, …" is the writer's comment; "Goldman Sachs", "Marks & Spencer" are bodies; "Dr
 *     Sarah Hill, of the BMA" has the BMA for organisation; a short first line is the headline.
 * 19: "…, ruling that the state…" is the court's; "migrants suspected of…", "faces charges including…",
 *     "the economy added 200,000 jobs" report nothing; "state media" are unnamed, "Scientists" and
 *     "Thousands of people" weasels; "Senate Bill 4", "F-35", "the S&P 500" hold no figures; "illegal
 *     entry", "appealing for witnesses" judge nothing; "Our prediction:", "will edge", "a matter of time"
 *     are forecasts; "Dr Nita Forouhi of the University of Cambridge" is a person of that body; "an
 *     operation many colleagues had said was impossible": the colleagues; "An official, speaking on
 *     condition of anonymity because…, said"; "1. The Fed stands pat" is one heading, "• Shares rose 6%"
 *     a claim; "The Morning Brief:", "Results:", "Dune: Part Two" no speakers; an embedded post is its
 *     signer's; "MS. JEAN-PIERRE:" is Karine Jean-Pierre, speaking; "the agency" is the body named before;
 *     "My cousin who is a nurse says"; "AP VoteCast, a survey…" is a document, "The regulator, Ofwat" and
 *     "the sportswear maker" bodies, "Earle-Sears" a person; "Posts on social media claim…"; captions in
 *     brackets, copyright lines, newsletter sign-offs and an editor's note on the article are chrome.
 * 20: "OPEC+", "Disney+" are names (and bodies); "faces criticism from Western governments" is the
 *     critics' stance, no judgement of the writer's; "…, the researchers tallied" reports; « … » is a quote;
 *     "the Justice Department" a body, not Mr Department; "the film maker" a person, "mainstream media
 *     outlets" unnamed; "Camarillo Acorn staff" under the headline a byline; "It is thought Manchester United…"
 *     is a weasel's, "fans will be hoping" the writer's guess; two judging words outweigh a doubting model;
 *     "National Grid", "the Federal Reserve" are bodies, "National Security Adviser Jake Sullivan" a person
 *     with a role; a weather "warning" and colours judge nothing; "Mr. Obama's record" names Mr. Obama;
 *     "Authorities" are unnamed, "Brookings Institution", "Sierra Club" bodies; "said Ariana Huichapa." drops
 *     the stop; "Representative", "CEO" are titles; "the chairman of the Federal Reserve" is an office-holder;
 *     "Unlike Patriot", "The Washington Post Trump" give no full names; "a lawsuit accusing it of…" is the
 *     lawsuit's (not when the sentence names its author: "issued a statement calling"); "research firm X".
 * 21: "Forecaster Alex Deakin" is Alex Deakin with a trade ("Victor Davis Hanson" keeps his first name);
 *     "Professor of Economics Jane Smith", "Chairman of the Joint Chiefs of Staff Mark Milley" are named;
 *     "the head of the union" is a person, "the authorities" unnamed, "her submission" a document; "Tom Fry,
 *     45, a builder from Leeds" and "Mr Reyes, Chelsea manager" keep name and role; "sent the case back" no speech;
 *     "A new study published Monday in the journal Nature Medicine found" is the study's; "Councillor" a title;
 *     "but did not say" goes on from the main clause, not "which"; "Shares in Northwind" say nothing; "the homes
 *     promised." no promise; "worth billions" no praise; "Defending, X said" one saying; "The Department for
 *     Education (DfE) estimates"; "Government insiders fear"; "A spokesperson for the firm declined to comment";
 *     "two people briefed on the matter"; wire agencies (ANI, dpa, EFE…) and "the IRNA news agency" are
 *     outlets; "Barclays' chief economist" a possessive; "appears to" speculative; "a shocking 4.2%" opinion;
 *     "The WHO said", "The UN Secretary-General, António Guterres,", "Rep. Chip Roy, R-Texas, a leading member…";
 *     "contacted the company but it did not reply"; "Everyone knows…" a weasel; "My own view is…" opinion; "would
 *     add more controls" no remark; "a deadly crash", "partially automated" no judgement; "…from 6pm. "Safety…"
 *     two sentences; a quote only a weasel speaks is unsourced, its weasel and cue shown apart when words stand
 *     between; "Small groups of protesters" unnamed; "director of the Institute… at New York University" of the Institute.
 * 22: a pair of articles no date or credit orders is turned around when the articles sharing with both
 *     share more of the other side (direction basis "corpus"); a news agency's article is the source of an
 *     outlet's that does not credit it (basis "agency"); PA Media known; "according to two sources familiar
 *     with the plans" cites the sources; "Data published on Wednesday shows…", "Documents seen by the BBC
 *     show…"; "The U.S. Preventive Services Task Force" a body; "We are told that…" and "History suggests" weasels;
 *     "People familiar with the agency's thinking said"; "…, Leeds Crown Court heard."; "are widely tipped to";
 *     a charge's name no opinion cue; "A greedy financial adviser" an opinion; a named body's "which" whole.
 * 23: a pair's kind is the kind most of the copy's shared text is (was its strongest passage's: a retelling
 *     that kept one phrase word for word read "verbatim"); an undated press release is the source of an undated
 *     text that is none (basis "release"); "Microsoft said", "Pfizer said": companies the `compromise` lexicon
 *     knows are bodies, not surnames ("Baxter" is one after "Tom Baxter"); "I'm told" a weasel as "I am told";
 *     "Republicans are worried that…", "voters were convinced that…", "Analysts were unconvinced that…", "are
 *     bearish on" are theirs; "two officials dismissed the claims", "residents welcomed the decision" too;
 *     "Amazon said in January it would eliminate…" a body; "Tesco, which said" Tesco; "remarkably successful",
 *     "hugely popular" opinion; "many of whom say", "most of them" a share of a group, not a weasel; "according
 *     to a large international trial" cites the trial; "Barclays' chief economist", "Iran's foreign minister" keep
 *     body and post; "Lead author Prof James Ellery" a lead author; "…, citing weak demand in China" no body;
 *     "had intelligence indicating…" the intelligence's; "condemned the move as illegal": "illegal" is the source's
 *     word; "…, the Sportsman understands" the article's own outlet when extraction named it so; "Counterpoint
 *     Research", "Pew Research Center" bodies (were documents); "Apple" after "Apple Inc." no family name; "the UN
 *     Environment Programme (Unep) found…", "the Intergovernmental Panel on Climate Change"; "the 1.5C limit agreed
 *     in Paris in 2015." no report; "information service Moneyfacts" a body by its trade; "Markets expect" no one.
 * 24: "Troops", "Medics", "Gunmen" opening a sentence are unnamed people, not a person so named; anonymous
 *     subjects of "blasted", "mocked" take a stance; "welcomed the move as…" is the source's words; "McDonald's
 *     said", "Moody's cut", "Lloyd's List reported": a firm named in the possessive speaks (was no source at all);
 *     "the hospital", "the care home", "the museum", "the supermarket" said: an institution is a body (was of
 *     unknown kind); "Retailer warns…" names no person "Retailer"; "Detective Constable Sarah Lowe" is Sarah Lowe,
 *     a detective constable (ranks written out are titles); a press release is also known by its foot ("ENDS",
 *     "###", notes to editors, media contacts); "a late winner", "move top of the league" are results and ranks, not
 *     the writer's praise; "looks set to", "is on track to" forecast as "is set to" does; a downfall or history's
 *     verdict declared certain ("the beginning of the end", "history will judge") is prophetic; "They don't want
 *     you to know…" opening a story is a weasel; "people across the country", "doctors around the world" whole;
 *     "SHOCKING:" over a headline is no speaker; "John Smith of consultancy Wood Mackenzie" is a person of Wood
 *     Mackenzie (was the firm), "Tamas Varga of oil broker PVM" of PVM (was "oil broker PVM"); "Cllr Janet Moss
 *     (Labour) said" is attributed (a British party in brackets left the sentence unsourced); "the planning rules
 *     that block…" is no ruling; "young people deserve better" is the writer's opinion; "Surfers Against Sewage",
 *     "the Department for Environment, Food and Rural Affairs" are whole names of bodies (were "Sewage", a person).
 * 25: "John Barker, 54, of Elm Road, Swindon, admitted" is John Barker (was "Swindon"); a "he" after "Sarah Jenkins"
 *     stays unnamed (given names tell the sex); "Shore Capital's Clive Black", "Its president, Dr Adrian Boyle" are
 *     named, of their bodies; "the UK's biggest retailer", "Barratt Homes", "the Treasury", "the Fed" are bodies;
 *     "Apple's senior vice president" makes Apple a company; "The coach, who has won just eight of his 27 games,
 *     said" is the coach; "Western officials fear Russia is…", "Insurers estimate…", "Police put the figure at…",
 *     "The company rejected the claims", "…, with a committee concluding he…", "A viral post claims President Biden
 *     announced…" are attributed; "Reuters Fact Check", "BBC Verify" are their outlets; a post keeps all its words
 *     ("former deputy prime minister"); "remains to be seen", "It's unclear whether", "is now only a matter of time"
 *     are speculation; "as Ezekiel foretold", "the Third Temple" prophecy; "It is a remarkable turnaround" opinion;
 *     a protest, an arrest told, "not binding", "clear" in "it is not clear when" no opinion; "Elon Musk's xAI",
 *     "Kensington Palace", "The UN agency for Palestinian refugees, UNRWA" are bodies, "Labour strategists" unnamed
 *     people of Labour, "Replays" evidence; "Polling by YouGov puts Reform on 29%" is attributed; "lead author",
 *     "polling experts" keep their first word; "The company blamed…" is attributed; "are charged with", "was jailed"
 *     no opinion; "Activist investor Elliott Management" is Elliott Management; "paid tribute to" is attributed;
 *     "Chris Larkin and Toby Stephens" two people named together; "quite simply" the writer's emphasis; "This is a
 *     national scandal" opinion; "The union called the plan a disgrace", "The figures, obtained under FOI laws,
 *     show…" are attributed.
 * 26: "Dr Emily Carter, a glaciologist at Cambridge who was not involved, said" keeps her role; "About 62% of
 *     voters" is one anonymous source; "backed by seven votes to four" and "could call them in" attribute nothing;
 *     "The tech giant said" after "Apple's shares fell" names Apple, "the central bank" the Federal Reserve;
 *     "Home Secretary Yvette Cooper said", "Critics dispute", "It is thought around 13 million…" and "The papers,
 *     marked…, show" are attributed; "The Home Secretary", "A UN spokesman, Stéphane Dujarric" are people, "the
 *     Bristol Post" an outlet; "a staggering 906,000", "Pull the other one", "Frankly, …" are opinion; a pronoun
 *     after an unnamed witness stays unnamed; a question on a text's first line is its headline.
 * 27: a word only ever a verdict ("this paltry fund", "a shambolic rollout") makes the sentence opinion alone;
 *     "is widely expected to" hides its forecasters; "Growth was forecast to slow" has no speaker "Growth";
 *     "Saudi Arabia and its OPEC+ allies" is Saudi Arabia; "Britain", "England", "Turkey" are states; "Coffee is,
 *     without doubt, …" is opinion; "a study published in The Lancet" is the source whole, its maker recorded;
 *     "Police appealed for witnesses", "The OBR downgraded its growth forecast" are attributed; "Voters will not
 *     forgive them" is not; "Worse still, …" is opinion; "Critics, however, say", "Scholars caution against" are
 *     attributed; "Trump sees China as a threat" is a view held; "with some warning privately that" is attributed;
 *     "facing pressure" is no opinion; "More than 50 Labour backbenchers" are of Labour; "Analysts polled by LSEG"
 *     cite LSEG; "Regional governor Vitaliy Kim" is of no body "Regional"; "Reuters could not independently verify"
 *     is attributed; "killed tens of thousands" is a figure; a line "A spokesman said: '…'" in single quotes is a
 *     claim, not a heading; "after it emerged he had…" hides its source; "revealed in a report in the Telegraph",
 *     "The Mail on Sunday revealed the couple had split" cite the outlet; "the paper said", "the network said" are
 *     the outlet last named; "The claims, first reported by the Guardian, …" cite the Guardian; an unsourced claim
 *     with no figure shows its verb as the reason ("was blocked"); an interview's "A:" is the person its introduction
 *     names, and its questions guess at nothing; "Chelsea boss Enzo Maresca" is of Chelsea; "…unless emissions are cut"
 *     is a condition; "rich countries" sort, not judge; "the 29-year-old wrote" is the person last named; "Rep.
 *     Pramila Jayapal (D-Wash.), chair of…, said" keeps her name; "could at least admit", "with a grain of salt" are
 *     opinion; "Lebanon's state news agency", "Iran's semi-official Tasnim news agency" are outlets; "…, which cited
 *     two people close to the singer" cites them; "The claim was first made by the Daily Beast", "Concerns were raised
 *     by residents" are attributed to the agent; "war with China is only a matter of time" is prophetic; "Trump took to
 *     Twitter to attack the judge" is Trump's; "It was not immediately clear who…" is speculative.
 * 28: "Reed showed no emotion" reports nothing; "Polls show Trump ahead" cites the polls; an age ("Reed, 61,") and
 *     a grade ("type 2 diabetes") are no figures to source; "von der Leyen said", "Ten Hag said" are the person
 *     named in full before; what a source charges ("accused the government of 'chaos'", "praised the protests for
 *     being peaceful") is the source's word, no opinion of the writer's; "was accused" has no role; "The minister,
 *     speaking on condition of anonymity, said" is anonymous; an unsourced claim with no figure and no verb to show as
 *     its reason ("Examining the U.N.'s Record") is not flagged; "according to Reuters and the BBC", "Trump and
 *     Clinton said" are two sources ("the Department of Health and Social Care" one); "were debunked by Reuters"
 *     cites Reuters; "Zelenskyy renewed his appeal for air defences" is his plea; "Ministers promise 1.5 million homes" is theirs; "more slogan than strategy" is opinion; "told the Mail on Sunday", "told the Mail" cite the Daily Mail; "told The
 *     Sun." is The Sun, without the stop; "The pair married in Italy in 2019" is a claim; "a power grab", "a sham", "a charlatan" are opinion;
 *     "One of the doctors", "A doctor who signed the letter" are anonymous speakers, the clause's verb no cue; what
 *     a source calls its object ("called Oz a quack", "branded the plan a con") is the source's word; "Safety advocates said" is no opinion of "Safety"; "an email seeking comment"
 *     reports nothing; "documents posted Wednesday by the NHTSA" name their maker; "Observe another…" is no report; "Scientists say such heatwaves are…" is theirs to the clause's end;
 *     "temperatures recorded that summer would have been" is no report; "raised its alert to level 4," is no figure; "are presumed dead", "are feared dead" hide who presumes; "according to early
 *     counts" cites the counts; "One minister texted:" is an anonymous minister's; "The exit poll, conducted by Ipsos
 *     for the BBC, ITV and Sky, suggests" is the poll's; "He responded" after "Ronald Reagan was once asked…" is Reagan; "classifies the fields as 'possibly
 *     carcinogenic', the same category as…" is the agency's; "Investors remain cautious about" holds a view;
 *     "Davies said", "Matthews said" are people by surname, not people unnamed; "Labour
 *     sources", "Pentagon officials" are unnamed people of Labour, of the Pentagon;
 *     "Barratt said" after "Barratt Homes" is the firm; "which they say" after residents is them, no weasel; "possibly",
 *     "potentially" hedge and judge nothing; "If the talks fail, …" supposes, its verb no opinion; "The figures, which
 *     were released by the ONS on Wednesday, show" is the figures'; "Smith wrote in the Guardian",
 *     "Writing in the Lancet, researchers said" cite the outlet or journal (the Lancet, the BMJ, NEJM, JAMA, PNAS are
 *     known journals, never "the paper" a story means); "A 2014 study that appeared in the BMJ found" is the study;
 *     "In an op-ed for the Washington Post, the senator argued" cites the Post; "one in five children" is one figure; "Neither side
 *     has commented", "Both companies declined", "the couple" are anonymous; "the
 *     star said" is one person; "Meta said" beside "Meta's president of global affairs" is the firm; "the union said" after "the British
 *     Medical Association" is the BMA; "called the strike 'unreasonable'" judges it, "called a strike" convenes it; "Residents of the
 *     capital, Sanaa, reported" are the residents; strikes and explosions are events, no judgement; a
 *     stance inside any cue's "that" clause ("warned that the party would oppose") is the speaker's report.
 * 29: "Hurricane Delia slammed into the coast" is weather, no one's stance ("slammed into", "ripped through", "pushed
 *     into" are force in motion); "Residents who stayed behind said", "A man who lives nearby said" are the residents,
 *     the man; "the hurricane center", "the statistics office", "the force" are the body named before when the word
 *     before the kind is in its name; "DigitalEurope, which represents companies including Google, Microsoft and
 *     Apple, said" is DigitalEurope's; "Some experts doubt" holds a view; "One doctor I spoke to said" is the doctor's;
 *     "according to a White House readout" cites a document; "drew a sharp response from Beijing", "sparked an outcry
 *     from parents" cite who responded; "Chinese leader Xi Jinping" has no body "Chinese"; "trained at RADA", "taught at
 *     Harvard" are careers, no views; "would later become", "would go on to win" tell a life in order, no guess;
 *     "reports filed with the CPSC", "Documents filed with the court" are the documents; "according to internal emails
 *     and people familiar with the matter" cites both; "one of the best British films of the decade" ranks in the
 *     writer's voice; "The Associated Press projected" forecasts; "Exit polls conducted for a consortium of news
 *     organizations" are the polls; "Party strategists" are of no party named; "who did not want to be named" says
 *     nothing; "of no fixed address" is no claim's verb; "John Smith, from Leeds" is of no body called Leeds; "Inflation data dampened hopes that…" is no one's hope
 *     reported; "according to the so-called Steele dossier" cites the dossier; 'a self-described "natural health
 *     coach"' keeps its quoted words; "His promises notwithstanding, independent analyses agree" is the analyses',
 *     not a person called "His"; "warnings from his attorney that…", "a warning by the IMF that…" are theirs; "he said" after "Tom McAllister, 63, stood by the gates" is
 *     McAllister; "The plant's owner, Northern Steel" is the firm Northern Steel ("Steel", "Oil", "Gas", "Mining" name
 *     firms); "CNN, quoting two US officials, reported" cites the officials; "Expect defections, expect donors to
 *     walk" and "will never win" are the writer's forecasts, no one's report; "The figures, published on Thursday,
 *     show" is one report; "according to the statistics agency, which said" and "the Saudi government, which has
 *     denied" are the body's; "according to the UN refugee agency, UNHCR" names UNHCR; "Aoki, 67, told"
 *     is a person; "is all but certain to become" forecasts, no one's stance; a headline's "citing health" cites no one;
 *     "A study of 100,000 adults linked ultra-processed food to cancer" is the study's finding ("projects linking
 *     Afghanistan to…" none); a figure keeps its scale and unit ("$5 million", "4.2 per cent", "0.1 percentage points");
 *     "posted on X." is posting online; "Arizona Secretary of State Adrian Fontes" is a person; "a video that
 *     fact-checkers said was filmed" is the fact-checkers'; "X did not respond" is the platform; "pushed back on the
 *     claim" answers it; "Headteachers say" are people unnamed (a compound's head names people); "A spokesperson
 *     added" right after "The Department for Education said" is the department's; "Unilever has agreed to sell… to private equity firm KKR, the company
 *     said" is Unilever; a ruling, judgment, verdict or dissent is a document ("The 6-3 ruling, written by Chief
 *     Justice John Roberts, said"); "Friends of the Earth", "Doctors Without Borders", "Human Rights Watch" are
 *     bodies, not people; "The BBC has been told the cost will be £3bn" is the BBC's report; "Sen. James Lankford of Oklahoma" speaks for no body called Oklahoma; an evaluation, inspection or
 *     appraisal is a document; a word in quote marks in a sentence that cites someone is theirs ("praised Saka's
 *     'outstanding' performance"); "he said" after "Tottenham boss John Smith was left frustrated" is Smith; "Former
 *     Arsenal captain" is of Arsenal; "the 42% scientists say is needed" is the scientists'; "Health think tank the King's Fund said" is the
 *     King's Fund, no one thinking; "The family of a man fatally shot by a police officer is calling" is the family's;
 *     "a man named Tom Clarke" names him; "The Fraternal Order of Police" is a body, "Executive Order 14067" a document;
 *     "Veto Power Impedes Peace Efforts:" is a subheading, no speaker; "Ban Ki-moon, the secretary general…, vowed"
 *     keeps his name; "Meta, which owns Facebook, … said" is a firm (people take "who"); "I'm not convinced." is the writer's view; "Apple said it would appeal" is the firm; "the
 *     company" never stands for the EU, the UN or NATO; "One Labour backbencher" is one unnamed MP of Labour; "Consumer group Which? said",
 *     "Yahoo! reported" keep the name's mark and their sentence; "Kremlin spokesman Dmitry Peskov" and "NATO
 *     Secretary General Mark Rutte" are of their bodies ("Clinton spokesman" of none called Clinton); "a 35-year-old man" and ", aged 22," are ages, no figures or
 *     claim verbs; "Vivienne Stern, its chief executive, said" after "Universities UK said" is the body's chief executive.
 * 30: "The Blues have had an opening bid of £65m rejected" names no speaker in "£65m"; "Independent analysts at the
 *     Planetary Society estimate the delay…" speak; "Nasa Administrator Bill Nelson" is Bill Nelson, Nasa Administrator;
 *     "a deal that makes sense" is the writer's view, "their lowest tally in three decades" no judgement; "a deal
 *     thought to be worth $100m" hides who thinks so; "Police found a man in the river" is no finding; "…did not
 *     respond, while Netflix declined to comment" keeps Netflix; "will no doubt", "would certainly" are forecasts;
 *     "Under the plans, 30% would be affordable" tells the terms, no guess; "This newspaper has long argued" is the outlet itself;
 *     "Jane Doe, who heads the Institute for Fiscal Studies," is its head; "local authorities there said" speak; "sparking a
 *     large fire" meets no stance; "The dollar is doomed." is a forecast, "When it collapses, and it will," a prophecy;
 *     "The data showed one thing and ministers said another" has "ministers" speak; "Polls in Ohio and Florida show",
 *     "The surveys show" cite documents; a one-word name read as a body once is the body at every mention; in a story
 *     about one company, "the company" stays it past a research house cited since; "Gene Munster, managing partner at
 *     Deepwater," and "Lead author John Smith" keep their posts; "investors questioned whether…" doubt in words;
 *     "The Resolution Foundation think tank estimates" speaks as the Resolution Foundation; "Save the Children" is a
 *     charity; "according to the ONS, the lowest level in two years" cites the ONS alone; "slotting home", "dark matter",
 *     "Chelsea's attack" show no cue (a noun of mild valence names a thing); "The exit poll is out. It suggests Labour will
 *     win" cites the poll; "He should start by admitting…" reports nothing yet; "Enough is enough." is the writer's view, "the
 *     worst on record" a record measured; "will rise from 13.8% to 15% from April" is a change set for a date, no guess;
 *     "What has the Chancellor said?" names no one speaking; "The globalists", "Big Pharma" are weasels, "World Economic
 *     Forum" a body; a short sentence opening a paragraph after a quote is no speech tag ("Not everyone agrees." is a
 *     weasel and takes no quote); "as Tom Harland, 71, untangles a net" sets who "he" is; "filed a lawsuit against Tesla
 *     alleging" is the filers'; Tesla, Apple, Amazon, Shell and other firms in the news are bodies; "told the paper" cites the
 *     outlet last named; "Clinton plans to visit Charlotte, according to a campaign aide" is the aide's alone; "Work and
 *     Pensions Secretary Liz Kendall" is one person; "the U.S", "America" are the United States, "Britain" the United Kingdom;
 *     "Union Law Minister Arjun Ram Meghwal" is the minister; "as per officials" and "…," he informed." cite; "they" speaking
 *     right after a group spoke is that group; "a man in his 50s" is an age, no figure; "the 1.5C limit agreed in Paris," is
 *     no one agreeing; "a mixed bag", "the real star", "worth every penny" are a reviewer's verdicts; "Hill's family disputes"
 *     the account; "One resident, Linda Park," is Linda Park; "she" after "The mayor defended…", with no one named before, is
 *     the mayor; "Chelsea could surprise a few people" is a guess, no stance; "this year will be no different" a forecast;
 *     "hopes of a friendlier regime" is no one hoping; "regulatory", "statutory" show no opinion cue; "The Tax Policy Center
 *     plans to release…" is the body's plan (a state's stays the writer's reading); "The champion, 37," is an age;
 *     "according to research involving nearly 500,000 people" cites that research, a document; "Skeptics point out that…"
 *     speak; "Bible prophecy teacher Jack Hibbs" is no prophecy; "Charities warned" are bodies; "Industry analysts Cornwall
 *     Insight" is the firm; "just an excuse", "littered with excuses" judge; "Mum-of-two Emma Clarke" is Emma Clarke;
 *     "Hamas official Osama Hamdan", "Nasa chief Bill Nelson", "Aslef general secretary Mick Whelan" are of their bodies;
 *     "estate agents report that…" speak; "on 8, 9 and 10 May" are dates, no figures; "NHS England's medical director,
 *     Stephen Powis" is named; a speaker carried on to a quote's next sentences keeps what was found of them.
 * 31: "According to the ONS, the UK's gross contribution in 2019 was…" cites the ONS alone; "We contacted the council"
 *     reports nothing, and "…but did not receive a response" is no unsourced claim; "UK Finance, the trade body", "the
 *     sport's governing body" are bodies, "the British Retail Consortium, the industry's trade body" is named without
 *     the apposition; "Prices rose in March, said an analyst who asked not to be named" is the analyst's, not March's;
 *     "Callum Price, 24, of Fishponds" lives there, no body; "Arsenal: Raya 7; White 6…" is a team's ratings, no one's
 *     words; "the penalty spot", "awarded a penalty after a foul" judge nothing; "Nobody on either side of the chamber"
 *     is one phrase; "Sir Keir Starmer" and "Sir Keir" are Keir Starmer, and "he" after "Sir Keir Starmer, never the most
 *     thrilling of performers," is him; "the online grocer" after "Shares in Ocado" is Ocado, "the airline" after "A Yeti
 *     Airlines plane" the airline; "Another posted: “…”" speaks; "Neither Meta nor X responded" is each of the two;
 *     "Northwind Energy plc (LSE: NWE) today announced" and "Olivia Grant (pictured) said" speak, the firm named without
 *     its legal form; "The company now expects full-year profit of…" is its guidance; '"Things change," he shrugs.'
 *     tags the quote as "he said" would; "a footbridge, which it says will cost £1.2m" is the council's word; "pushes off
 *     from the bank" is rowing; "The government should scrap the cap", "he should think again" are the writer's
 *     prescriptions, a view ("who should pay for it" asks); "the film's most jaw-dropping moment" is a verdict, "complete
 *     with sharks" none; "told MailOnline: 'It's a waste of taxpayers' money. It's ludicrous.'" is one quote, a quote
 *     inside another part of it; "has contacted the council for further comment" asks for comment; "Northwind" after
 *     "Northwind Energy plc" is Northwind Energy; "Scott" after "Ridley Scott's sequel" is Ridley Scott, and a surname
 *     the article gives one full name far more often than others ("Hillary Clinton" over "Chelsea Clinton's flat") is
 *     that name; "they" speaking after people in the same sentence is named as they were ("Furious residents");
 *     "Sportsmail understands" is the Daily Mail's own reporting; "Police questioned a man" is an interview, no doubt;
 *     "They would say that, wouldn't they?" supposes, no one cited; "Chester Music", "Universal Music", "Sony Pictures" are
 *     bodies, "her publisher" an unnamed one; "according to court documents unsealed on Thursday" cites court documents;
 *     "productivity, we are assured, has held up" hides who assures; "Labour is going to win" is a forecast as "will win" is;
 *     "Tesla is recalling around 130,000 of its vehicles" recalls goods, whatever the tagger makes of "around"; "The
 *     chancellor set out her spending plans" lays them out ("set out from London" departs); "the space agency" after Nasa is
 *     Nasa, "the health body" after the WHO the WHO; "Barking, Havering and Redbridge University Hospitals NHS Trust" is
 *     one body, its commas no apposition; a paper's call for letters under a comment piece is page chrome; "United boss
 *     Ruben Amorim" opens on a club's name, no judgement (only a word of strong valence opening a sentence is read as one).
 * 32: "the 27-year-old" and "the Dutchman" are the person last named, also one named where no one is cited ("Pop star
 *     Mia Carter has hit back…"), and a person opening a sentence that cites only a body ("Zoe Hart ran a bakery when the
 *     Greens asked her…") is who a pronoun means; "she" after a man has spoken is the woman named before him, unless
 *     another woman or someone met only by role came since; a quote after a gesture ("She shrugs this off.", "He
 *     paused.") is the one who gestures; "he said" right after "a spokesman for the festival" is that spokesman, and "a
 *     company spokesman", "a council spokeswoman" speak for the body of that kind named before; "Analysts polled by LSEG"
 *     are its panel, no weasel; "if Trump asked him to" and "after 1,000 charging cycles" report nothing; "backed by the
 *     planning committee by five votes to four" cites the committee alone; a preview's "Prediction:" or "Team news:"
 *     labels no speaker; "the Chinese foreign ministry" is the Chinese Ministry of Foreign Affairs; Ofwat, Ofcom, Ofsted,
 *     Ofgem and Ofqual are bodies; "NHK television" is NHK; "Kyushu Electric Power Co." is named without its "Co.";
 *     "according to a list seen by the Guardian" cites a document; "told the Echo" cites a paper (in the Northern Echo,
 *     itself); a question a quote answers next ("What does she make of it? “I try not to,” she says.") is no
 *     speculation; "appears set to" forecasts; "earthquake-prone", "a peace plan", "war crimes" show no opinion cue ("a
 *     propaganda state" still does); "Gov. Gavin Newsom's office", "Clinton's team" are named so, not "office" or "team",
 *     and "the campaign", "the team" after them are they; "López Obrador" is "Andrés Manuel López Obrador" cited before; a
 *     transcript's speaker ("MS. JEAN-PIERRE:") speaks on through the paragraphs after the label. Reuse links are redone
 *     with it: a copy that credits, or is clearly nearer, a copy of the original is linked to that copy (the Times → the
 *     Daily Mail → a blog), not to the original, and one short run two texts share alone ("the people said, speaking on
 *     the condition of anonymity") is a stock phrase, no link; an Indian wire's dateline ("Mumbai, Mar 4 (PTI)") is no claim;
 *     'replied: "For what?"' is a quote; "War between the US and China is now inevitable" and "The next world war will begin
 *     in the Pacific" are prophecy.
 * 33: Pages: each letter on a letters page is the name signed under it, quoted, its "I" the writer; a masthead under
 *     or over the byline ("Manchester Evening News"), a known outlet's desk or edition ("BBC Weather", "Politico
 *     Europe") or a body's name between the headline and the date ("Truth Health Watch") names the outlet; TASS's
 *     dateline ("MOSCOW, November 28. /TASS/.") is no claim; an explainer's "Q." and "A." are labels, its questions
 *     headings; a call for letters, a newsletter's pitch by its name, a page's buttons and paywall ("Listen to this
 *     article", "Subscribe to continue reading.") and "This is not financial advice." are chrome; a broadcast
 *     transcript's labels with a post or a party ("JAKE TAPPER, CNN HOST:", "SEN. AMY KLOBUCHAR (D-MN):") name the
 *     speaker, and "TAPPER:" after is Jake Tapper; "…arrived at 4 p.m. Officials said…" is two sentences; a bulleted
 *     sum ("• £2bn extra for NHS waiting lists") is a claim; "12 March, 2026" is a date. Sources: "A viral post shared
 *     40,000 times claims that…", '"…," said one slide from a presentation posted to…', "…, the documents show."
 *     closing a finding, "the war of Gog and Magog described in Ezekiel 38", "(IPCC, 2021)" cite documents, and "Smith
 *     et al. (2020) found" is its authors; "first reported by The Times, which said…" is the Times; "According to the
 *     spokesman" after "Kremlin Spokesman Dmitry Peskov" is Peskov, "the MP said" after "a senior Labour MP said" that
 *     MP, "the forecaster" after the Met Office the Met Office, "They found" after "The researchers, led by…" the
 *     researchers; "Volodymyr Zelenskyy, in his nightly video address, said" is Zelenskyy; "Ukraine's General Staff",
 *     "Meta Platforms", "the planemaker" and "Extinction Rebellion, which organised the protest" are bodies, "the
 *     Nigeria international" a player, "Western media" unnamed outlets; "footage released Tuesday by the Columbus
 *     Division of Police" is a document; LBC, GB News, Channel 4 News, TalkTV and France 24 are known outlets;
 *     "insisted on sitting with them", "was the most common polymer found", a stance closing a reported clause ("…has
 *     resisted the plan, fearing legal risks") and "…, family demands charges" report nothing more; "iPhone 18" is a
 *     name, no figure. Flags: "The upgrades are underwhelming." is opinion; "It is too early to say whether…" and "is
 *     forecast to" are speculation; "God Himself will intervene" is prophecy; the rest of a quote its tag splits
 *     ('"This is," she said, "a disgrace."') is a quote. Traces: a quote printed without its marks is no quote
 *     altered, its speaker dropped. Stored sources: an unnamed speaker is counted with the body they speak for, a
 *     generic name of no named body ("police", "a spokesperson") once per article.
 * 34: Pages: a masthead's or a paper's own reporter and staff ("By Yorkshire Evening Post reporter", "By
 *     Guardian staff and agencies", "By Full Fact team", "Posted by Patriot Truth Network"), a wire in the
 *     writer's post ("By Dee-Ann Durbin, AP Business Writer") and a paper's editorial title ("The Guardian view
 *     on…") name the outlet, not "By John Post"; a name alone with its post under it ("Nick Triggle⏎Health
 *     correspondent") is the byline, and a post in lower case after the name no part of it; an HTML page's
 *     <time> with its date in words dates it, the rest of its title after its one headline names the site, and
 *     a box about the writer is left out; a press release's closing note on its issuer ("About Acme Robotics"
 *     and after) is boilerplate; a line written on Windows ends before its carriage return. Sources: a passive
 *     naming the outlet that broke a story ("which was first made by the Daily Mail", "was first aired by
 *     Channel 4 News", "first spotted by the FT") is a citation, and "the Sunday Times" a masthead; "…, telling
 *     ABC's 7.30 program" cites the outlet told, and an outlet's programme ("CBS's Face the Nation") is the
 *     outlet; "…, figures from the Office for National Statistics (ONS) show." cites the figures; a forwarded
 *     message's "From a doctor friend at St Thomas' Hospital: …" its friend; "according to reports in Turkey",
 *     "media reports" unnamed outlets; "below the 6% growth analysts had expected" is the analysts alone, and
 *     "Economists had forecast growth" a forecast made (the tagger read a noun); "The researchers at the
 *     University of Colorado" and "Independent analysts at the Institute for the Study of War" are unnamed
 *     people of a named body; "Prague City Hall", "Médecins Sans Frontières", "the Red Crescent", "the Paris
 *     prefecture" are bodies, "The Duke and Duchess of Sussex" people, "Both" the two just told of, "Klaus
 *     Schwab himself" Klaus Schwab; "The Bank now expects…" after the Bank of England is the Bank of England,
 *     "The Seattle-based company" after Starbucks Starbucks; "Cole is not convinced. She believes…" is Sarah
 *     Cole named before, "He told the Echo" after "Her deputy, Mark Ellis, will lead…" Mark Ellis, "she says"
 *     in "My cousin works for the council and she says" the cousin, unnamed, and "he" in a sentence opening on
 *     a named person ("Donald Trump is drawing criticism after he appeared to…") that person, "she said in the
 *     clip" after "TikTok user @travelwithkate … shared a video" that account; "She wrote down every name"
 *     writes to no one. Flags: a time of day ("at 6am") or a telephone number is no figure and a line that only
 *     says where to call claims nothing; "cowardice", "hubris", "damning", "is nothing more than a pretext",
 *     "for too long", "No doubt…" and "looked the other way" are opinion; "World War Three is coming" is
 *     prophecy by the war's whole name; "But don't bet the house on it." is an order; the attributed flag shows
 *     a cue two sources share once. Reuse links are redone with it: a share's unit carries no content ("80%" is
 *     "80 per cent") and a short sentence beside a retold one pairs by the lower bar. Traces: "54%" → "more
 *     than half", "about 80%" → "nearly every", a closing "by up to 12 per cent" → "by 12 per cent" are numbers
 *     changed; "There is an 80% chance that temperatures will…" → "Temperatures will…" is a hedge removed; a
 *     quote's marks in another style, its tag reworded, or a day dropped are no change; the writer's "we" is no
 *     source, so a copy printing a quote's "We don't yet know…" as its own shows the speaker dropped; a claim
 *     citing "scientists" and a study rests on the study.
 * 35: Pages: a paper's website signing a story ("By Daily Express Online", "Sun Online Reporter") and a wire or
 *     paper closing the byline ("By John Smith, Associated Press", "By Sarah Keith-Lucas, BBC Weather") name
 *     the outlet; "By political reporter Tom Lowrey" is a byline. Sources: "Treasury figures obtained by the
 *     ABC under freedom of information laws show…" cites the figures; "A" opening "A spokesperson for Southern
 *     Vale Water said" is no firm ("The company said" was named "A"); a Chinese, Taiwanese or Korean name gives
 *     its family name first, so "Xi" tells no sex and "Chinese President Xi Jinping … He added" is Xi; "The
 *     emails, sent between 2019 and 2023, show…" cites the emails; "The author, whose name has been redacted,
 *     added:" the author; "Jane Doe, a professor at the London School of Economics (LSE), said" and "The
 *     researchers, led by … (ISGlobal), estimated" their speakers past the bracketed short name; "1,200
 *     patients were sent letters", "submitted false invoices", "filed for bankruptcy" and "the Senate would
 *     confirm a replacement" cite no one; "Teresa d'Avó" and "Giscard d'Estaing" are people, and so are "the
 *     Duke of Sussex", "lead author Dr Melody Ding of the University of Sydney" (read as the university), "CSP
 *     Benjamin Hundeyin" and "The Police Public Relations Officer in the state, SP Omolola Odutola" (read as
 *     unnamed people); "told Israel's Channel 12 television", "RTP radio" cite the outlet, and "Kremlin
 *     mouthpiece RT" is RT; "Love Island star reveals…" is a person by role; "the European Forest Fire
 *     Information System" and "Europe" are bodies; "so-called scientists now claim" cites so-called scientists,
 *     a weasel (it cited "called scientists"), and "a well-connected source" keeps its whole name; "the CDC and
 *     independent experts", "Trump and his aides" and "the Food and Drug Administration and the CDC" are two
 *     sources each; "Moneyfacts finance expert Rachel Springall", "data from Zoopla" show a firm; "Marcos said"
 *     after "President Ferdinand Marcos Jr." is he; "It was gathered that…" is an impersonal report; a
 *     transcript's "MS. LEAVITT: The President spoke…" is hers, not the question's before it; "“Scam Altman
 *     strikes again,” Musk posted on Saturday" is Musk's. Flags: "Within a year, China will move on Taiwan",
 *     "China will blockade Taiwan" are prophecy; a poll's "likely voters" no hedge; "Here is what we know so
 *     far." no unsourced claim; a name that only ever damns ("tyrant", "debacle", "mouthpiece") judges wherever
 *     it stands, a source's name included, and "terrifying" judges; a scene-setting ", as the military staged…"
 *     after what a source said is the writer's, and "has been called a charlatan by…" the callers' word. Reuse
 *     links are redone with it: a copy that follows a copy of the original is read as that copy's at 0.03 more
 *     alike, not 0.05. Traces: "contributed to 12,000 deaths" → "killed 12,000 people" and "played a major role
 *     in" → "caused" are certainty changed.
 * 36: Pages: a credit line in parts above the story with no byline ("TNN | Updated: Sep 12, 2026, 08:14 IST")
 *     dates the story and names a known outlet or wire among its parts (TNN is the Times of India's); "BBC
 *     Verify", "Reuters Fact Check" under the byline are the outlet's fact-checkers, and "Chief football
 *     writer, BBC Sport" names the outlet after the post; a headline in Title Case over a blog's name and the
 *     date ("Assad's Army Takes Back Saraqeb⏎Middle East Monitor Blog⏎Posted on…") is the headline (it was the
 *     outlet, the blog's name the title); "By Sarah Packer, Showbiz Editor For Mailonline" is Sarah Packer.
 *     Sources: '"…," said Paul Cassell, a lawyer representing several families', "The talks could still
 *     collapse, one of the people cautioned", "Our correspondent in Atlanta, Jessica Glenza, reports long
 *     queues" and "The Syrian Observatory for Human Rights, an opposition war monitor, said" cite their
 *     speakers (they cited no one); "laid bare what prosecutors called…", "In a Bloomberg interview Trump
 *     declared", "Stumpf in a televised interview appeared to blame" and "the team at the University of
 *     California, San Francisco said" cite the prosecutors, Trump, Stumpf and the team (not "bare what
 *     prosecutors", "a Bloomberg interview Trump", the interview or a person called San Francisco); "Zuckerberg
 *     fired back in a post on Threads: “…”", "hit back at Musk" are retorts in words; "Some have speculated
 *     that…" reports a view; "cited people familiar with the matter as saying" is their saying, as "quoted Kim
 *     as saying" is Kim's; "…, citing strong central bank buying" cites a reason (not "strong central bank");
 *     no one is cited by "on receiving such calls" (a phone call, "faced calls to resign" still a demand),
 *     "sections related to cheating", "Jurors deliberated for nine hours", a newsletter's "What they're
 *     saying:" label or "is expected by the end of the month". Kinds: "Benfica are reluctant", "Juventus have
 *     denied" are bodies, at every mention in the article; so are "Heathrow Airport", "Dubai Airports" and "The
 *     Syrian Observatory for Human Rights" (stored without "Britain-based"); "Rep. G.K. Butterfield",
 *     "DuVernay" (after "Ava DuVernay") and "the real estate mogul" are people (of no known kind, or a weasel
 *     by "real"). Pronouns: "he says" after "For 40 years, Jimmy Stout climbed…" is Jimmy Stout, "he assumed"
 *     in "When Mayor Rob Allen first learned…, he assumed" Rob Allen. Flags: "Incredibly, …", "Unfortunately,
 *     …" opening a sentence and "It's time to stop…" are the writer's voice; "the margin of error" judges no
 *     one's mistake; "Biden is no Donald Trump" shows the whole name as its cue (it showed "is no D"); an
 *     unsourced claim's verb is never a name the tagger read as one ("Fed Chair Jerome Powell is due…" showed
 *     "Fed") nor a newsletter's "What's next:" label. Traces: "slows ageing" → "reverses ageing" is
 *     exaggerated, "scientists have found" → "scientists have confirmed" certainty changed. Store: the writer
 *     or the reader outside a quote ("I believe…", "now you know why") is no source. Roles: "lead author
 *     Professor Paul Roderick" has the role "lead author" (it was "lead author Professor"). Flags: a paragraph
 *     after "Wes Streeting said:" with no quote marks, as press releases print it, is a quote whose judging
 *     words are his (it showed the writer's opinion). "largely along party lines", "partly because" measure a
 *     share, judging nothing. Interviews: the answers of an interview printed as questions and answers with no
 *     labels, whose note says it was edited for length and clarity, are the words of the person the story
 *     introduced, up to the next question (they were the writer's opinion and claims).
 * 37: Pages: "Delphine Strauss in London" over the date is the byline; a date between dashes after a wire's
 *     dateline ("CHICAGO (AP) — June 3, 2026 —"), one alone on its line after its time ("12:47, 9 NOV 2026")
 *     and a release's "Press release issued: 10 June 2026" date the story (they were no date; the first was
 *     read into the first sentence); a story with no headline is titled by its first sentence past the dateline
 *     and its abbreviations (it was "NEWPORT NEWS, Va." or cut at "Rep."); a line in Title Case leaves only
 *     short function words in lower case ("Smith won two Oscars, for The Prime of Miss Jean Brodie in 1969…"
 *     was a heading, its claim never judged); the note on the writer "Bob Price serves as associate editor…" is
 *     boilerplate; a letters page titled under the paper's name ("The Irish Times⏎Letters to the Editor") gives
 *     each letter to the name signed past its closing words, in capitals too ("– Yours, etc,⏎MARY O'SULLIVAN,";
 *     its sentences were the writer's claims). Sources: "At the briefing officials said" cites "officials"
 *     ("the briefing officials"); "A post shared widely on Facebook claims" cites the post (Facebook); '"…,"
 *     Congress leader Jairam Ramesh alleged.', the tagger's adjective, tags the quote (no one's, with the
 *     writer's "alleged" hedge); "termed" and "called the move an election gimmick" (no election called) call a
 *     thing a name, and a dismissal in words ("brushed off the criticism", "brushed aside concerns") is a
 *     stance (they cited no one); "called her mother on Sunday" is a phone call (it was her stance); "her sons
 *     Chris Larkin and Toby Stephens said" cites two people (one, in the role "her sons and Toby Stephens"); a
 *     colon past a clause after the cue ("…what Wall Street was expecting, based on a survey of analysts by
 *     LSEG:") introduces no one's words (the figures under it were quotes of Wall Street). Kinds: after a title
 *     only a person is given, a body's word is a surname ("Dr Amelia Bank", "Mr Court" were organisations);
 *     "The team at the University of Leeds" and "Researchers at the University of California, San Francisco"
 *     are the university's unnamed people (an organisation called "team at…"; of no body); "WHO" in capitals is
 *     the World Health Organization ("A WHO spokesperson" was unknown); a paper's word before a word no
 *     masthead closes on names a body ("The Post Office", "Standard Chartered" were outlets); a person is of
 *     the body named before their post past the field it is over ("Apple finance chief Luca Maestri" was of no
 *     body; "Finance chief Colette Kress" was of one called Finance). Names: a body cited by its acronym is the
 *     one full name the article spells it with ("the WHO", "the World Health Organization" were two sources);
 *     "Dr Bank" after "Dr Amelia Bank" is her (a person called Bank); a surname opening a sentence is the one
 *     full name the article gave it before ("Trump himself… “I am who I am,” he said." gave his words to Paul
 *     Manafort, cited before); "they said" after "official sources said" are those sources (an unnamed "they").
 *     Flags: the writer's question is speculative whoever it asks about ("Why has the government never warned
 *     us?"); adjectives in -al and -ic that grade ("a dramatic escalation", "drastic cuts") are opinion cues
 *     (read as sorting, like "political"); a judging word said of a thing, closing its clause, is the writer's
 *     verdict ("The software, however, is a mess." was unsourced); a likelihood measured ("25 per cent less
 *     likely", "twice as likely") guesses at nothing; how a source's anonymity came about ("The official asked
 *     not to be identified because…") claims nothing. Traces: a state named by its capital instead ("The
 *     European Commission is considering" → "Brussels will slap") and a common word capitalised to open the
 *     sentence ("People who drink…" → "Drinking…") are no name changed.
 * 38: Sources: these report nothing and cited their subject: support given as care ("Her family are being
 *     supported by specially trained officers"), a record held ("has record low support"), "picked up more
 *     mines", "maintains a program", "has assumed a newly created role", recusing oneself, earning, signing up,
 *     choosing to act, resolving a problem, a standing enjoyed, footage circulating or released ("Tulsa police
 *     released video"), "as we know it", "mailers and phone calls" (cited "mailers and phone") and speech only
 *     referred to ("Trump’s comments came as…", "will address Trump’s comments at an event", "would not accept
 *     Cruz's endorsement if it were offered"). These cite the right source: "the great power the Bible calls…"
 *     and "a plan the White House says…" (a name with its own "the" opens a relative clause), "Everything Trump
 *     says" and "something a 911 caller also told" (a pronoun for a thing), "A video shared more than 40,000
 *     times on TikTok claims" (was the count), "The clip shows the minister saying" (was the clip), "The
 *     country has changed, McConnell said, citing…" (was the country), "…, including Patriot, declared
 *     bankruptcy" (was "bankruptcy"), "At one point the senator said" and "In the next eight weeks the Clinton
 *     campaign…" (a time is no part of the speaker), "Sanders made the following comment:" (was "the
 *     following"), "The firm published data showing sales fell" (was "The firm published data"), "“…,” she
 *     continued." (tags the quote), "Critics, including Texas Governor Greg Abbott, say" (a weasel), "Sen.
 *     Elizabeth Warren grilled…" and "it increased its British growth forecast" (cited no one; not "grilled the
 *     steaks"). Who is expected after a long "with" phrase is forecast; a day owning a reporting noun ("In
 *     Friday's statement") is no speaker; a state's name over news of it ("Germany: Police raid homes…") is a
 *     heading's topic; a fact-check's "CLAIM:" line is the claim checked, of unknown origin. Kinds: a region
 *     speaks as its government ("New Mexico reported") and a club by its home's name is a body ("Dallas
 *     Cowboys"); "Head coach" opening a sentence is of no body; "Senior defence figures" are people; "the
 *     release of political prisoners" is no press release; a Conference, Union or League "of" something is a
 *     body; "A No 10 spokesperson" is of No 10; a station is named without where it broadcasts ("WKBT-TV in
 *     Wisconsin"); "the IOM's chief of mission in Sudan" is of the IOM; a tracker, dashboard or tool is a
 *     document. Names: a pronoun after a person told by someone named in passing ("Gary Johnson’s doctor is
 *     calling… He released") stays unnamed; "it" after a sentence opening on a body is that body ("The
 *     hospital, Asante Rogue Regional Medical Center, has been sued… It has denied"); "The Cowboys said" is the
 *     club named in full before; "The agency's chief executive" and "Council leader Tony Dyer" are of the body
 *     named before. Flags: "a blunder" and "wishful thinking" judge; a superlative measured against the record
 *     ("their worst result in history") and "great" of size ("a great army") do not; "The S&P 500 lost 0.4%."
 *     is a claim (the tagger's noun "lost" left it unflagged).
 * 39: Sources: these cite the right source or none: a thing described is its describers' words ("what police
 *     described as minor injuries" and "injuries described by police as life-changing" cited no one, "injuries
 *     his family described as severe" cited "injuries his family", "with injuries described as serious" cited
 *     the hospital before it); a thing judged to be something without "as" is a view held, a body's too
 *     ("Analysts consider the deal risky", "The United Nations considers its figures broadly reliable" cited no
 *     one and flagged the judgement as the writer's); a view given as someone's ("That is the view of Professor
 *     Jane Hall", "In the opinion of many economists, …"); a probability, a rating or a price target revised
 *     ("Goldman Sachs raised its probability of a U.S. recession to 45%", "raised its full-year dividend
 *     guidance"); a body's count ("the World Health Organization has recorded about 900 human cases"); a claim
 *     made in a document ("The claims were first made in a book by Michael Wolff"); a quote opening the
 *     sentence, by whoever its reply is said to come from ("'No,' was the blunt reply from the minister"); a
 *     quote introduced by any verb before a colon ("Another penned: 'Good for her.'", "One fan fumed: '…'"); in
 *     the passive, the one quoted as saying is its subject ("Xi was cited by state media as saying" gave the
 *     saying to "by state media"); speaking to an outlet on condition of anonymity cites the outlet ("who spoke
 *     to Reuters on condition of anonymity" was a second report of the official's); a source's kind is read
 *     from its words as written ("Moody's cut its growth forecast" read "Moody 's", of no kind). Hidden
 *     speakers: a judgement by many ("The move has been widely criticised."), doubts raised by no one named
 *     ("Concerns have been raised about safety") and a stance "there" is said to be ("There are fears that…",
 *     "There have been growing calls for…") are weasels (they were the writer's claims). These report nothing
 *     and cited their subject: someone admitted to hospital or a course, a thing pushed ("He pushed the door
 *     open"; a cause pushed is a stance), what is delivered that is no words ("What she has delivered instead
 *     is a party…"), songs or a win recorded, speech only possible ("whether he had a lawyer who could comment
 *     on his behalf"), speaking against a backdrop, and the writer's signpost ("Here is what we know:", whose
 *     list was quoted as the writer's words). Kinds: a chair is a post ("Tom Hill, chair of the parish
 *     council"); a government's portfolio opening the sentence is no body ("Press secretary Karine Jean-Pierre"
 *     was of a body called Press); a database, a register, a warrant, an affidavit or a subpoena is a document;
 *     a document is of the body that made it, named after "from" or "by" ("Figures from the Office for National
 *     Statistics", "A joint statement from the G7"), right before its word ("A Gallup poll", "LSEG data"; not
 *     "Court records") or in an aside after it ("The research, published in JAMA Ophthalmology, found"). Names:
 *     an opening "It" is the body the sentence before opened on ("…, a charge Hamas denies. It did not comment"
 *     was Hamas); "The think tank", "the organisation" and a kind after two words for its trade ("The consumer
 *     goods giant") are the body named before; a pronoun after a sentence opening on a post of two words and a
 *     name ("The harbour master, Captain Ian Douglas,"), on kin and a given name ("His son, Mark,") or on a
 *     name with particles ("Erik ten Hag") is that person. Flags: "Arsenal's title hopes look very much alive"
 *     hopes nothing (a form in -s between a possessed noun and its verb is a noun); a number that says which
 *     one ("No. 16-111", "junction 10", "HR 3684"), a house's ("10 Downing Street") or a name's particle ("ten
 *     Hag") is no figure to source; a link to another story under its label ("Read more: …") is page chrome (it
 *     was flagged speculative).
 * 40: Sources: a body's short name in brackets after a name closing on a capitalised noun is no part of it
 *     ("The Information Commissioner's Office (ICO) said" cited no one); a post's caption is its poster's words
 *     ('"Happy birthday to my best friend," she captioned the post' was quoted from no one); "Officials
 *     informed that…" reports, as Indian English has it; a finding's clause opens past a place after its noun
 *     ("The report found patients at some Sydney hospitals were waiting" read the patients as turned up); a
 *     document's participle and adjective before its noun are its name's ("citing a leaked internal memo" cited
 *     nothing); what a speaker reports ends at a comma before "while" or "whereas" ("The FAZ said Berlin would
 *     be relieved, while the tabloid Bild asked whether…" left Bild out as inside the FAZ's words); an outlet a
 *     source revealed or confirmed something to is cited ("revealed to The Sun that…"), and an outlet told is
 *     cited without the medium ("told Reuters by phone" cited no outlet, "told The Associated Press by phone"
 *     named it with "by phone"); an inverted speaker's apposition ends before where they spoke ("said Mao Ning,
 *     spokesperson for the Chinese Foreign Ministry, at a regular press briefing" took the briefing into the
 *     role). Nothing reported: what a thing done raises after a comma ("Oil prices rose after a drone attack on
 *     a Saudi facility, raising fears of supply disruption" cited the attack); a past participle in an aside
 *     right after its noun ("The image, labelled "Peace", went viral" cited the image; nor is it the verb an
 *     unsourced claim is shown by); a participle or a verb of saying after a preposition inside the clause a
 *     speaker reports, which is that clause's ("Legal experts said the ruling would trigger lawsuits
 *     challenging regulations" had the experts challenging, "The Commission said Apple had prevented developers
 *     from telling users…" the Commission telling). Kinds: a post's Office is a body named with the post (it
 *     was named "Office"); a known paper after its country's name is that paper ("Spain's El País, arguing…"
 *     was a person called so), and an outlet after its trade keeps its name's small words ("telling Italian
 *     newspaper La Gazzetta dello Sport" cited no paper); a share alone, of those polled, is unnamed people
 *     ("Only 22% said" was of unknown kind); "a senior Whitehall figure" is an unnamed person of Whitehall (it
 *     was a body called so); a word for a body's kind, then a name no one is given, is the body ("The
 *     manufacturer, Solco Healthcare, said" was a person); the post before a name is the role over a stance
 *     told in apposition after it ("Unite general secretary Sharon Graham, a frequent critic of the leadership"
 *     had that stance as her role and no body); a document's maker is named without when and without the outlet
 *     it was made for ("published in JAMA Network Open on Friday" was of "JAMA Network Open on Friday",
 *     "published in June" of "June", "conducted by Ipsos for the BBC" of "Ipsos for the BBC"); an outlet's own
 *     work ("according to our analysis") is the article itself (it was a document of no one). Names: a body
 *     that spoke under a description is the one its kind's word stands for after, whatever body was named since
 *     ("A British fashion retailer has confirmed… The retailer apologised" was the last firm named), and an
 *     exchange a filing went to is no company the words stand for ("According to a filing with the London Stock
 *     Exchange, the company expects…" was the exchange); an interview's "A:" is the one its introduction says
 *     is talked to ("Eleanor Shaw talks to Helen Price" gave the answers to the interviewer), and after its
 *     answers a line that cites someone itself outside quotes and says nothing in the first person is the
 *     writer's again ("Price, 61, says she has no plans to stand again." was quoted as her answer); one word
 *     named as someone's body is a body ("Chelsea boss Enzo Maresca… Chelsea would be willing" was a person),
 *     and one who "shares" a photo is no firm's shares ("Adele shares rare photo" made Adele a company); an
 *     "it" closing a quote is no body named inside the quote ('"…, but the centre has not won," it wrote.' was
 *     a body called "centre"); an honour before a given name is the one full name the article gives it without
 *     the honour too ("Sir Keir" after "Keir Starmer" was a source of his own). Flags: an intensifier coined
 *     for effect is the writer's voice ("the phone is eye-wateringly expensive" was no opinion), and so are
 *     adjectives in "-ary" and "-ian" that grade ("an unnecessary one", "is extraordinary" were read as
 *     sorting, like "monetary"); "smart meters" and "online shopping" sort, a thing saved is an outcome told,
 *     and what can be done ("being able to spread") and how, mildly, after its verb ("spread easily",
 *     "listening intently") judge nothing (all were opinion cues).
 * 41: Sentences: a lone capital after a word in lower case, before a word that opens a sentence, closes it
 *     ("…wrote on X. He urged allies…" was one sentence, so the next was quoted as his post). Sources: force
 *     used is no stance ("Russia attacked Ukraine", "Gunmen attacked a police station", "artillery hammered the
 *     city", "Troops defended the town", "Arsenal rarely threatened an equaliser" were positions taken); a verb
 *     of evidence in an aside cites its document ("…, official figures show, putting pressure on…" was
 *     unsourced); what people were told in writing cites the writing ("Employees were told in an internal memo
 *     that…"); an outlet a speaker said something on is cited ("said on BBC Radio 5 Live"), without the month
 *     after it ("told Bloomberg News in January 2023" named an outlet with it); an apposition's noun after a
 *     hyphenated word closes it ("The Syrian Observatory for Human Rights, a UK-based war monitor, said…" cited
 *     no one); an aside on the name someone goes by is passed ("Al-Sharaa, previously known by his nom de
 *     guerre Abu Mohammed al-Julani, said" cited "known" and a person "guerre…"); a possessive after a noun
 *     ends its phrase ("cited whistleblower documents his office obtained" named an organisation so); unnamed
 *     people placed by what they know are unnamed sources, clause and all ("according to people who have heard
 *     those discussions" was a weasel). Nothing reported: a trait of mind ("a magistrate who suspects
 *     everyone"), speech not made ("before claiming a discovery"), speech promised in what was said ("said she
 *     would respond to the report in due course"), what is asked about ("asked whether Israel had agreed").
 *     Kinds: a body's acronym opening a headline stays the body ("NTSB:" was a person "Ntsb"), a briefing's
 *     "QUESTION:" is an unnamed reporter (a person "Question"); a party's members by wing are unnamed people
 *     and "Liberal Democrats" the party (both were persons); a poll's maker is named without its month ("SSRS
 *     in August"); a body's name keeps its hyphened Arabic article ("Hayat Tahrir al-Sham" was "Hayat Tahrir");
 *     twelve more outlets are known (Al Arabiya, The Boston Globe, Meduza…). Names: a role a headline spells as
 *     a name names no one ("Pilot reported…" made "the pilot" a person "Pilot"); a state is no company, nor a
 *     sentence's opening adverb a firm ("Russia said… The company said", "Later, the company said"); letters
 *     after a name keep its surname ("Mr Tomlinson" after "Hugh Tomlinson QC"); a surname is named as its full
 *     name was cited, middle initial and all ("Kaplan" was "Lewis Kaplan", a second source beside "Lewis A.
 *     Kaplan"); a surname that is a state's name is the person cited so ("Jordan said" after "Rep. Jim Jordan
 *     told…" was the state); a name hyphenated to its particle is the full name holding it ("al-Sharaa" after
 *     "Ahmed al-Sharaa"). Flags: success told and the second part of a hyphenated word after a name judge
 *     nothing (seed 001's "succeeds" and "Western-backed" were opinion cues), nor does a state's listing
 *     ("designated a terrorist organisation"); the writer's "I find it hypnotic", "What is certain is that…",
 *     "Ministers should be bolder" and a judging adjective grading the noun that closes the clause ("are a
 *     glorious bunch") are opinion (they flagged nothing), asking "So should you ditch your oats?" is not; "if
 *     anything", the law's "probable cause" and what an act was for ("so fire trucks could pass") guess at
 *     nothing; a cue's clause without "that" is its source's ("a majority of Americans believe Trump should
 *     stand trial" flagged "should" as the writer's, and a copy's "U.S. News: China is prepared…" U.S. News's
 *     words as the copier's opinion); a short first line under a section's label is the headline ("Opinion: The
 *     Electoral College is broken. Here's how to fix it."), and a caption credited with "Pic:" is chrome.
 * 42: Page furniture: a breadcrumb trail ("Home > World > Middle East" was the headline), a live blog's
 *     greeting ("Good morning and welcome to our live coverage of…" flagged "welcome" and "war") and a
 *     release's legal notice on its forecasts ("Forward-Looking Statements") are boilerplate. Sources: a retort
 *     the tagger reads as a noun ("Hegseth shot back that…"), a perfect tense past "long" ("Critics have long
 *     accused…"), people of standing ("Senior Labour figures fear…") and a plea ("implored her to…") are cited
 *     (they cited no one, or the wrong one); "has learned" reports only what it learned ("how little it has
 *     learned" cited the party); a list of modifiers of one noun is one source ("current and former US,
 *     European and Russian officials"); a speaker after a comma with an object after the verb closes nothing
 *     ("According to Peskov, President Vladimir Putin has repeatedly stated Moscow's readiness…" and "In an
 *     email seen by Reuters, the minister warned of job cuts" dropped Peskov and Reuters); what a recording
 *     shows is the recording's ("Video of the incident shows him…"); force with its toll, people hosted or sent
 *     for and a bill tabled report nothing ("attacked the USS Cole, killing 17", "welcomed several hundred
 *     guests", "summoned his senior climate adviser", "introduced a congressional resolution"); a place after
 *     "in" is no closing speaker's ("…killed in Kyiv, the head of the city's military administration, Tymur
 *     Tkachenko, said" cited a person Kyiv); the writer's "Let us hope…" cites no one; a post in Title Case
 *     closing the sentence is the speaker's ("said Maria Gonzalez, Chairman and Chief Executive Officer."); a
 *     figure's phrase past an ordinal is no apposition ("…, the fourth straight month…"). Kinds: scripture by
 *     several chapters and a fact-check are documents; a club by its name and home ("Atletico Madrid"), Freddie
 *     Mac, Saudi Aramco and a "…Weather" forecaster are bodies (persons); "The so-called experts" are weasels;
 *     DailyMail.com is the Daily Mail. Names: a post's portfolio is part of the role ("Apple's senior vice
 *     president of hardware engineering John Ternus" was of "hardware engineering"), "Cllr" after a post is
 *     not, a body's kind in a few words is part of it ("the Treasury select committee"); a surname read as a
 *     firm beside a firm is the person the article names so ("Neither Musk nor SpaceX"); a given name alone is
 *     the one full name it opens ("Amy revealed…"); an interviewer's question alone on its line hands the word
 *     back to the speaker. Flags: a size after its measure, an offence's name ("grievous bodily harm") and a
 *     name's capitalised word ("Citizens for Tax Justice") judge nothing; a move damned by its name ("economic
 *     suicide"), blame in an idiom ("a government that has lost its way"), a praise denied by "un-" ("deeply
 *     unhelpful"), the writer's astonishment ("The staggering figure…") and wish ("Let's hope…") are opinion; a
 *     doom guessed at ("This could be the beginning of the end") is no prophecy.
 * 43: Sources: a list of speakers is each of its items ("Germany, France and Italy said", "The CBI, the British
 *     Chambers of Commerce and the Federation of Small Businesses said" cited the last two), people of a list
 *     of places one source ("the leaders of France, Germany and Britain"); a verb after "and" goes on from the
 *     speaker of the verb of saying before it ("It comes as the president said … and called on allies" cited
 *     "It"); an aside between spaced hyphens is passed as between dashes; a work's title in capitals is no
 *     quotation, and an apposition holding one ends at its speaker ("Michael Burry, the investor made famous by
 *     "The Big Short," has argued" cited no one); an apposition after the cue whose post has a possessor is
 *     kept ("the mission's project scientist"); a town's state and a firm's town before "-based" belong to the
 *     phrase ("residents of Cedar Ridge, Texas" cited Texas); people placed along or outside a place ("Farmers
 *     along its banks" cited "its banks"), a work and its title ("Her memoir, A Different Kind of Power" cited
 *     the object), a compound after "according to" ("on-chain data"), a document's participle after its maker
 *     ("Figures from the ONS published on Wednesday showed") and a verb of reporting in -s closing an aside (",
 *     the CBO projects,") are read; a figure after the source is no apposition; unnamed people signalling and
 *     pressing someone on a matter take stances; "learnt" hides its speaker as "understood" does; "could not be
 *     reached for comment" is a refusal to comment. A view held closing the sentence needs no complement ("Some
 *     doctors remain skeptical."). Nothing reported: troops under fire, goals conceded, a process written into
 *     a deal, a sanctuary found, a thing named, a question put to oneself or as yes-or-no, what is asked about,
 *     someone scorned ("Only a fool would believe…"), people "briefed on" a matter, "admitted to a Ph.D.
 *     program". Kinds: "Businesses", "The opposition", a "thinktank" are bodies; a "site" or "blog" by name an
 *     outlet; a toll, a memoir and a work by its title documents; a party's member ("a senior Conservative")
 *     and people the story consulted ("Experts who reviewed the records") unnamed, no person or weasel; an
 *     acronym's full name is stored without a closing stop. Flags: "nothing short of", "Only a fool…", "I have
 *     come to believe" and "genocidal" are opinion, "nuclear" sorts; "the Psalm 83 war" and "Israel will be
 *     destroyed" are prophetic. Headers: writers listed alone, an academic's post and a name with a post run
 *     together are the byline; a section's label ("Guest Essay") is neither outlet nor title; a plea for money,
 *     a funding disclosure and a reporting credit naming where each writer filed from are boilerplate.
 * 44: Sources: a person's apposition may run to 30 words ("Dr Mingyang Song, an associate professor of … and
 *     one of the study's authors"), past a word in -ing read as a verb ("a bestselling author"); "…, Fox News
 *     Digital has learned." closing a sentence is the paper's scoop; "The pope is reported to have said…" cites
 *     the pope and the unnamed reporter; "Acme Robotics, Inc. (NASDAQ: ACME), …, announced" is Acme Robotics;
 *     "fresh attacks on shipping in the Red Sea raised concerns" is the attacks'; "according to interviews with
 *     more than a dozen … officials" keeps the whole phrase; "they" past a sentence about the group citing no
 *     one is that group; "A doctor I spoke to, who asked not to be named, said" is the doctor's; an interview's
 *     answers are never the byline's writer; "Selena Gomez has opened up about" speaks; "Economists are
 *     divided.", "Experts are split on" hold views; "The senator could not be reached on Friday." declines.
 *     Nothing reported: "considered for parole", "Officers found Ms Walsh with stab wounds", "A man found
 *     guilty of fraud", "Anyone found in possession", 'they had shown "the mentality of champions"', "At some
 *     point", "a masterclass in saying nothing", "An agreement could not be reached", "…crisscrossed the swing
 *     states.". Kinds: "inventories" no Tories; staff are people; "The PM" a person; "the Palestinian Civil
 *     Defence", "Red Crescent" bodies; "the department's Bureau of Labor Statistics" the bureau. Flags: "will
 *     eventually", "Something has to give" speculative; "Nobody in their right mind", "is a fantasy", "deserves
 *     credit" opinion; "a great invasion" and "makes it illegal to" judge nothing; end-times words in everyday
 *     senses ("the last days of the campaign", "biblical proportions", "an Armageddon scenario", "the second
 *     coming of Britpop") are no prophecy. Headers: pasted pages of the Guardian, AP, the Mail, Reuters, CNN,
 *     the Times and the BBC (menus one item a line, link home, banners, weather widgets, advert surveys, a
 *     section before the headline, writers past the subtitle, "GMT+1"); "By Linda Geddes Science
 *     correspondent", "Phil McNulty, Chief football writer"; "SAN JOSE, Calif., Oct. 24, 2024 /PRNewswire/ --"
 *     dated; "From: Home Office and …" and "The Sun Online has contacted…" name the outlet; "Source: BLS" under
 *     a chart does not; link lists under "Related", "More information: … DOI:" and "Disclosure:" are
 *     boilerplate.
 * 45: Sources: "A federal judge … blocked a Texas law … removing posts based on users' viewpoints, saying" is
 *     the judge's ("based on" holds no view); "signed in September by Governor Greg Abbott, who said" is
 *     Abbott's; "A doctor who wishes to remain anonymous told us" is the doctor's; "announced by her sons,
 *     Chris Larkin and Toby Stephens" cites the two by name; "said NBS spokesperson Fu Linghui at a press
 *     conference" leaves the press conference out; "with major indicators showing" cites the indicators; "The
 *     military said…" cites the military. Flags: a force of nature sized ("a powerful storm", "a devastating
 *     7.8-magnitude earthquake") and what a fire did are no opinion, nor is a conflict or a recession named;
 *     "What a farce." is opinion; "There is a real danger that…" speculative; "The coming war with Russia
 *     cannot be avoided" and "there will be a war in the Middle East within a year" prophetic; "Matt. 24:6-7",
 *     "2 Tim. 3:1" are scripture and their stop ends no sentence. Headers: "Greenfield Energy Inc." under a
 *     release's headline is its publisher; "By Reuters Fact Check"; "By Jane Kirby⏎PA Health Correspondent";
 *     "By Patrick Butler⏎Social policy editor⏎The Guardian"; "Pastor Mike Reynolds⏎Grace Prophecy
 *     Ministries⏎date"; "NBC News Logo"; "By Chantal Da Silva and Reuters"; a Fox News page's headline over its
 *     subtitle; "You can now listen to … articles!", "Follow her on Twitter…", a caption with "/ AFP via Getty
 *     Images", and the writer's note before a contributor's credit or naming an office-holder's post ("… is the
 *     Deputy Prime Minister") are boilerplate. Reuse: a passage is not chained across other lines on both sides
 *     (a republication under its own headline, outlet and date is verbatim); two articles sharing only a
 *     speaker's quote are no copy.
 * 46: Sources: "The Child Poverty Action Group (CPAG) analysis", "An Institute for Fiscal Studies report" and
 *     "A Bank of England analysis" are their bodies' documents; "Russian state-run media" and "The Hamas-run
 *     health ministry" keep the word after the hyphen; "Egyptian state-linked media" is outlets unnamed, "North
 *     Korea's official KCNA news agency" KCNA; "told BBC Match of the Day" and "told 2GB radio" cite the outlet
 *     told; "Goldman Sachs strategists" are Goldman Sachs's people (not "Tesla owners", nor "Pro-Kremlin
 *     bloggers"); "Shares of Tesla … after the company said" is Tesla; "The deal, said to be worth £80m," hides
 *     who said it; "the £22.6 billion uplift announced at the Spending Review" names no speaker; "Caroline
 *     Douglass, the agency's flood duty manager" is the agency's; "claimed the lives of" and "claimed pole
 *     position" say nothing, nor does "History doesn't repeat"; "HM Treasury", "Christian Aid", "Macmillan
 *     Cancer Support", "Alzheimer's Society" and "Countryside Partnerships" are bodies; a body's forecast is
 *     its own ("The company has forecast a loss", "The Met Office forecast heavy rain"); "according to internal
 *     records reviewed by The Wall Street Journal and people familiar with the matter" cites the people too;
 *     one reading found twice is one attribution; "Polls suggest", "Statistics show", "Data shows" are weasels;
 *     a quote left open at the end of a paragraph that opens on it runs on to the speaker named in the next.
 *     Flags: "a humiliating 5-0 defeat", "is behind the curve", "dropped the ball on housing" are opinion; "a
 *     retail apocalypse", "biblical floods", "Armageddon on Wall Street", "the Doomsday Clock" are no prophecy,
 *     "The end of the West is near" and "A reckoning is coming" are; "As a child, he would walk…" and "Back
 *     then, you could buy…" are no guess. Headers: "From Kathryn Armstrong and Tom Bennett" is a byline; "By
 *     Rebecca English, Royal Editor For The Daily Mail"; "By Mohamed El-Erian⏎Opinion⏎Financial Times"; "PTI |
 *     Updated: …"; "From: Department of Health and Social Care and The Rt Hon …"; "WATCH: …" over a byline is
 *     the headline; "The author is president of…" closing an op-ed is boilerplate; a weekday the date does not
 *     fall on is a date issue; a web page's address dates it when nothing else does. Reuse: "Matt. 24:6" is no
 *     sentence end.
 */
export const ANALYSIS_VERSION = 46;

/** What the analysers find in an article: sentences with flags and citations, and its fingerprints for the reuse index. */
export interface ArticleAnalysis {
  sentences: AnalysedSentence[];
  fingerprints: Fingerprint[];
}

/** Runs the analysers; computed before a transaction opens, so none is held open while they run. */
export function analyseForStore(article: { text: string; outlet: string | null }): ArticleAnalysis {
  return { sentences: analyseArticle(article.text, article.outlet).sentences, fingerprints: articleFingerprints(article.text) };
}

/**
 * Writes an analysis inside the article's own transaction. A new article has
 * nothing to replace; a re-analysed one has its old rows deleted first and is
 * stamped with the analysis version.
 */
export async function storeAnalysis(tx: Prisma.TransactionClient, articleId: number, analysis: ArticleAnalysis, options: { fresh: boolean }): Promise<void> {
  if (!options.fresh) {
    await deleteClaims(tx, articleId);
    await deleteFingerprints(tx, articleId);
    await markAnalysed(tx, articleId, ANALYSIS_VERSION);
  }
  await insertClaims(tx, articleId, analysis.sentences);
  await insertFingerprints(tx, articleId, analysis.fingerprints);
}
