import { classifySource, surnameOf } from '../../../src/core/attribution/source-type';

describe('classifySource', () => {
  it.each([
    ['Derek Grossman, a senior defense analyst for RAND', { type: 'person', name: 'Derek Grossman', organisation: 'RAND' }],
    ['Dr. Anne Murray of the University of Minnesota, a co-author', { type: 'person', name: 'Anne Murray', role: 'a co-author', organisation: 'University of Minnesota' }],
    ['the FBI director', { type: 'person', role: 'director', organisation: 'FBI' }],
    // The name after the last title; a possessor or a name after a preposition only qualifies the speaker.
    ['Former Pennsylvania Gov. Ed Rendell', { type: 'person', name: 'Ed Rendell', role: 'Former Pennsylvania Gov.' }],
    ['Hillary Clinton’s campaign manager Robby Mook', { type: 'person', name: 'Robby Mook', role: 'Hillary Clinton’s campaign manager' }],
    ["Keith Lamont Scott's wife", { type: 'person', role: 'wife' }],
    ['The businessman from New York', { type: 'person', role: 'businessman' }],
    ['the New York businessman', { type: 'person', role: 'businessman' }],
    ['Democrat Hillary Clinton', { type: 'person', name: 'Hillary Clinton' }],
    ['Gov. Earl Ray Tomblin of West Virginia', { type: 'person', name: 'Earl Ray Tomblin' }],
    ['U.S. News', { type: 'outlet', name: 'U.S. News & World Report' }],
    ['the Chinese Ministry of Foreign Affairs', { type: 'organisation' }],
    ['the United States Conference of Mayors', { type: 'organisation', name: 'United States Conference of Mayors' }],
    ['Critics, including Texas Governor Greg Abbott', { type: 'person', name: 'Greg Abbott' }],
    ['the National League of Cities', { type: 'organisation', name: 'National League of Cities' }],
    // A long name closing on a body's head, after a country's initials; a survey that maps a country is a body.
    ['The U.S. Preventive Services Task Force', { type: 'organisation', name: 'U.S. Preventive Services Task Force' }],
    // Of two words, when no one is given the first as a name.
    ['Heathrow Airport', { type: 'organisation', name: 'Heathrow Airport' }],
    ['Dubai Airports', { type: 'organisation', name: 'Dubai Airports' }],
    ['Paul Temple', { type: 'person', name: 'Paul Temple' }],
    // The field a post is over stands between the body and the post; alone and capitalised, it is no body.
    ['Apple finance chief Luca Maestri', { type: 'person', name: 'Luca Maestri', organisation: 'Apple' }],
    ['Finance chief Colette Kress', { type: 'person', name: 'Colette Kress', role: 'Finance chief', organisation: undefined }],
    ['Clinton communications director Jennifer Palmieri', { type: 'person', name: 'Jennifer Palmieri', organisation: undefined }],
    // A word that ranks a post, capitalised to open the sentence, is no body either.
    ['Head coach Mike McCarthy', { type: 'person', name: 'Mike McCarthy', role: 'Head coach', organisation: undefined }],
    // A government's portfolio opening the sentence is no body; a party or a force is.
    ['Press secretary Karine Jean-Pierre', { type: 'person', name: 'Karine Jean-Pierre', role: 'Press secretary', organisation: undefined }],
    ['Foreign minister Penny Wong', { type: 'person', name: 'Penny Wong', role: 'Foreign minister', organisation: undefined }],
    ['Opposition leader Peter Dutton', { type: 'person', name: 'Peter Dutton', role: 'Opposition leader', organisation: undefined }],
    ['Labour leader Keir Starmer', { type: 'person', name: 'Keir Starmer', role: 'Labour leader', organisation: 'Labour' }],
    // After a title only a person is given, a body's word is a surname.
    ['Dr Amelia Bank', { type: 'person', name: 'Amelia Bank' }],
    ['Mr Court, a patient advocate', { type: 'person', name: 'Court', role: 'a patient advocate' }],
    ['Mrs Church', { type: 'person', name: 'Church' }],
    ['the Justice Department', { type: 'organisation', name: 'Justice Department' }],
    // A body's head before "for" or "of", whatever closes the name.
    ['The Syrian Observatory for Human Rights', { type: 'organisation', name: 'Syrian Observatory for Human Rights' }],
    ['the Society for Human Resource Management', { type: 'organisation', name: 'Society for Human Resource Management' }],
    // A campus closing a university's name is no person's name.
    ['Researchers at the University of California, San Francisco', { type: 'anonymous', organisation: 'the University of California, San Francisco' }],
    // A paper's word before a word no masthead closes on names no paper.
    ['The Post Office', { type: 'organisation', name: 'Post Office' }],
    ['Standard Chartered', { type: 'organisation', name: 'Standard Chartered' }],
    ['The Daily Wire', { type: 'outlet', name: 'Daily Wire' }],
    // "WHO" in capitals is the World Health Organization, no relative pronoun.
    ['WHO', { type: 'organisation', name: 'WHO' }],
    ['A WHO spokesperson, Tarik Jasarevic', { type: 'person', name: 'Tarik Jasarevic', organisation: 'WHO' }],
    ['a WHO spokesperson', { type: 'anonymous', organisation: 'WHO' }],
    // A team at a body is its unnamed people, no body called "team at…".
    ['The team at the University of Leeds', { type: 'anonymous', organisation: 'the University of Leeds' }],
    ['A team from Oxford University', { type: 'anonymous', organisation: 'Oxford University' }],
    // A person by a sense that is not the word's commonest.
    ['the real estate mogul', { type: 'person', role: 'real estate mogul' }],
    // A surname's prefix and its capital; initials run together opening a name.
    ['DuVernay', { type: 'person', name: 'DuVernay' }],
    ['Rep. G.K. Butterfield', { type: 'person', name: 'G.K. Butterfield', role: 'Rep.' }],
    // Where a body is based is no part of its name.
    ['the Washington-based Tax Foundation', { type: 'organisation', name: 'Tax Foundation' }],
    ['The U.S. Geological Survey', { type: 'organisation', name: 'U.S. Geological Survey' }],
    // "The Department of…" opens on no person's name; "Co" closes a firm's.
    ['The Department of Health and Social Care', { type: 'organisation', name: 'Department of Health and Social Care' }],
    ['Boeing Co', { type: 'organisation', name: 'Boeing Co' }],
    // People named by their field, whatever its word: no document.
    ['Military law experts', { type: 'anonymous' }],
    ['Report authors', { type: 'anonymous' }],
    // Staff of a body are its people, unnamed.
    ['City planning staff', { type: 'anonymous' }],
    ['Staff', { type: 'anonymous' }],
    // A post by its initials is a person's: the prime minister, the family doctor.
    ['The PM', { type: 'person', role: 'PM' }],
    ['the GP', { type: 'person', role: 'GP' }],
    // A body named without the one it belongs to.
    ["the department's Bureau of Labor Statistics", { type: 'organisation', name: 'Bureau of Labor Statistics' }],
    // Rescue services by their names.
    ['the Palestinian Civil Defence', { type: 'organisation', name: 'Palestinian Civil Defence' }],
    ['the Palestinian Red Crescent', { type: 'organisation', name: 'Palestinian Red Crescent' }],
    // Unnamed people of a body named after its trade.
    ['Analysts at consultancy Rystad Energy', { type: 'anonymous', organisation: 'Rystad Energy' }],
    ['the Household Pulse Survey', { type: 'document' }],
    ['sources familiar with the matter', { type: 'anonymous' }],
    ['critics', { type: 'weasel' }],
    ['We are told', { type: 'weasel' }],
    // Evidence by its kind alone, none in particular, is no one's name.
    ['History', { type: 'weasel' }],
    ['Evidence', { type: 'weasel' }],
    ['Plenty of economists', { type: 'weasel' }],
    // Names with lower-case particles.
    ['Majed al-Ansari', { type: 'person', name: 'Majed al-Ansari' }],
    ['Ursula von der Leyen', { type: 'person', name: 'Ursula von der Leyen' }],
    ["Teresa d'Avó", { type: 'person', name: "Teresa d'Avó" }],
    ['Valéry Giscard d’Estaing', { type: 'person', name: 'Valéry Giscard d’Estaing' }],
    ['Crown Prince Mohammed bin Salman', { type: 'person', name: 'Mohammed bin Salman', role: 'Crown Prince' }],
    ['a new poll', { type: 'document' }],
    ['The update', { type: 'document' }],
    ['a preprint', { type: 'document' }],
    ['a government toll', { type: 'document' }],
    ['one slide from a 2019 presentation', { type: 'document' }],
    ['Meta Platforms', { type: 'organisation', name: 'Meta Platforms' }],
    // A player by position after the country they play for; "International" in capitals ends a body's name.
    ['the Nigeria international', { type: 'person', role: 'international' }],
    ['the Brazil striker', { type: 'person', role: 'striker' }],
    ['Amnesty International', { type: 'organisation', name: 'Amnesty International' }],
    // A document and who made it, a time between.
    ['Body camera footage released Tuesday by the Columbus Division of Police', { type: 'document', organisation: 'Columbus Division of Police' }],
    ['a study published last month in The Lancet', { type: 'document', organisation: 'Lancet' }],
    // Outlets left unnamed, capitalised to open a sentence too.
    ['Western media', { type: 'anonymous' }],
    ['Western news outlets', { type: 'anonymous' }],
    // A firm by the one word for what it makes.
    ['the planemaker', { type: 'organisation', name: 'planemaker' }],
    // Scripture is cited as a document is.
    ['Ezekiel 38', { type: 'document' }],
    ['court filings', { type: 'document' }],
    // An outlet named after its trade.
    ['state broadcaster ERT', { type: 'outlet', name: 'ERT' }],
    ['Kremlin mouthpiece RT', { type: 'outlet', name: 'RT' }],
    ['Korean site The Elec', { type: 'outlet', name: 'The Elec' }],
    // (Its name's small words too.)
    ['Italian newspaper La Gazzetta dello Sport', { type: 'outlet', name: 'La Gazzetta dello Sport' }],
    ['Brazilian daily Folha de S.Paulo', { type: 'outlet', name: 'Folha de S.Paulo' }],
    ['the fire service', { type: 'organisation' }],
    // Bodies whose names end in words no person's name does; an acronym after "The".
    ['The World Food Programme', { type: 'organisation' }],
    ['the paramilitary Rapid Support Forces', { type: 'organisation' }],
    ['the National Guard', { type: 'organisation' }],
    ['The RSF', { type: 'organisation' }],
    ['Northwind Energy', { type: 'organisation' }],
    ['a growing number of scientists', { type: 'weasel' }],
    // People, however the sentence capitalises or counts them.
    ['Ministers', { type: 'anonymous' }],
    ['Troops', { type: 'anonymous' }],
    ["McDonald's", { type: 'organisation', name: "McDonald's" }],
    ["Lloyd's List", { type: 'organisation', name: "Lloyd's List" }],
    ["Women's Aid", { type: 'organisation', name: "Women's Aid" }],
    // A state's body whose name reads as a man's ("General" is a given name too).
    ["Ukraine's General Staff", { type: 'organisation', name: "Ukraine's General Staff" }],
    ['Mothers Against Drunk Driving', { type: 'organisation', name: 'Mothers Against Drunk Driving' }],
    // An institution speaks as a body.
    ['The care home', { type: 'organisation', name: 'care home' }],
    ['the hospital', { type: 'organisation', name: 'hospital' }],
    ['The museum', { type: 'organisation', name: 'museum' }],
    ['The supermarket', { type: 'organisation', name: 'supermarket' }],
    // A body's word capitalised by a headline names no one; a surname that is a plural stays a name.
    ['Retailer', { type: 'organisation' }],
    ['Banks', { type: 'person', name: 'Banks' }],
    ['Businesses', { type: 'organisation' }],
    // A think tank written as one word.
    ['The Resolution Foundation thinktank', { type: 'organisation', name: 'Resolution Foundation' }],
    // The parties out of power, as one body.
    ['The opposition', { type: 'organisation', name: 'opposition' }],
    // A work and its title.
    ['The report, Growing Up Poor', { type: 'document', name: 'Growing Up Poor' }],
    // A member of a party by the party's word, unnamed.
    ['a senior Conservative', { type: 'anonymous' }],
    ['one senior Tory', { type: 'anonymous' }],
    // People the story consulted are unnamed, no vague appeal; experts at large are.
    ['Experts who reviewed the records for ProPublica', { type: 'anonymous' }],
    ['Analysts consulted by The Times', { type: 'anonymous' }],
    ['Critics who have read the bill', { type: 'weasel' }],
    ['Charities', { type: 'organisation' }],
    ['Chambers', { type: 'person', name: 'Chambers' }],
    ['the British Chambers of Commerce', { type: 'organisation', name: 'British Chambers of Commerce' }],
    ['One MP', { type: 'anonymous' }],
    ['Senior Labour figures', { type: 'anonymous' }],
    ['Senior defence figures', { type: 'anonymous' }],
    ['Official figures', { type: 'document' }],
    ["CME's FedWatch tool", { type: 'document' }],
    ["the government's own VAERS database", { type: 'document' }],
    ['the national register', { type: 'document' }],
    ['an arrest warrant', { type: 'document' }],
    // Who made a document: the body after "from" or "by", or named right before the document's word.
    ['Figures from the Office for National Statistics', { type: 'document', organisation: 'Office for National Statistics' }],
    // A document a body's name of several words qualifies, its short name in brackets or not.
    ['An Institute for Fiscal Studies report', { type: 'document', organisation: 'Institute for Fiscal Studies' }],
    ['A Bank of England analysis', { type: 'document', organisation: 'Bank of England' }],
    ['The Child Poverty Action Group (CPAG) analysis', { type: 'document', organisation: 'Child Poverty Action Group' }],
    ['A survey of 2,000 adults by Ipsos', { type: 'document', organisation: 'Ipsos' }],
    // (Not the outlet it was made for.)
    ['a poll by YouGov for The Times', { type: 'document', organisation: 'YouGov' }],
    ['The exit poll conducted by Ipsos for the BBC', { type: 'document', organisation: 'Ipsos' }],
    ['A CNN poll conducted by SSRS in August', { type: 'document', organisation: 'SSRS' }],
    ['A Gallup poll', { type: 'document', organisation: 'Gallup' }],
    ['LSEG data', { type: 'document', organisation: 'LSEG' }],
    ['A joint statement from the G7', { type: 'document', organisation: 'G7' }],
    ['A web video by the Republican National Committee', { type: 'document', organisation: 'Republican National Committee' }],
    // The act of releasing is no press release.
    ['the release of political prisoners', { type: 'unknown' }],
    ['the press release of the ministry', { type: 'document' }],
    // One unnamed person of a named body, whichever side the body stands.
    ['A Department of Health spokesperson', { type: 'anonymous', organisation: 'Department of Health' }],
    ['a spokesman for the ministry', { type: 'anonymous', organisation: 'the ministry' }],
    ['A Home Office spokeswoman', { type: 'anonymous', organisation: 'Home Office' }],
    ['Revelation 16:12', { type: 'document' }],
    ['A Reuters fact-check', { type: 'document', organisation: 'Reuters' }],
    ['Ezekiel 38 and 39', { type: 'document', name: 'Ezekiel 38 and 39' }],
    ['The Bible', { type: 'document' }],
    ['The prophet Ezekiel', { type: 'person', name: 'Ezekiel', role: 'prophet' }],
    ['Al Qaeda', { type: 'organisation' }],
    ['she', { type: 'person' }],
    ['Chinese state-owned companies', { type: 'organisation' }],
    // A person of a body: the body is theirs, not their name or role.
    ['Dr Nita Forouhi of the University of Cambridge', { type: 'person', name: 'Nita Forouhi', organisation: 'University of Cambridge' }],
    ['Dr Smith of the University of Leeds', { type: 'person', name: 'Smith', organisation: 'University of Leeds' }],
    ['Prof Jane Ellis at the Institute of Cancer Research', { type: 'person', name: 'Jane Ellis', role: 'Prof', organisation: 'Institute of Cancer Research' }],
    ['Lead author Prof James Ellery', { type: 'person', name: 'James Ellery', role: 'Lead author' }],
    ['Finance chief Cllr Tony Dyer', { type: 'person', name: 'Tony Dyer', role: 'Finance chief' }],
    ['Cllr Tony Dyer', { type: 'person', name: 'Tony Dyer', role: 'Cllr' }],
    ['lead author Professor Paul Roderick', { type: 'person', name: 'Paul Roderick', role: 'lead author' }],
    // A post of a body named in the possessive; a person's possessive names no body.
    ["Barclays' chief economist", { type: 'person', role: 'chief economist', organisation: 'Barclays' }],
    ["the IMF's chief economist", { type: 'person', role: 'chief economist', organisation: 'IMF' }],
    ["Trump's chief strategist", { type: 'person', role: 'strategist' }],
    // A firm's trade after a possessive is the firm; a person named after a possessive is of that body.
    ["The UK's biggest retailer", { type: 'organisation', name: "UK's biggest retailer" }],
    ["Shore Capital's Clive Black", { type: 'person', name: 'Clive Black', organisation: 'Shore Capital' }],
    // "Its" opening a sentence is no body's name.
    ['Its president, Dr Adrian Boyle', { type: 'person', name: 'Adrian Boyle', role: 'president' }],
    // One capitalised word after "the" is a body's short name, unless it is a word for a person.
    ['the Treasury', { type: 'organisation', name: 'Treasury' }],
    ['the Fed', { type: 'organisation', name: 'Fed' }],
    ['the Duke', { type: 'person', role: 'Duke' }],
    ['Kensington Palace', { type: 'organisation', name: 'Kensington Palace' }],
    ['The UN agency for Palestinian refugees, UNRWA', { type: 'organisation', name: 'UNRWA' }],
    ['Replays', { type: 'document' }],
    // People of a body, unnamed.
    ['Labour strategists', { type: 'anonymous', organisation: 'Labour' }],
    ['NHS bosses', { type: 'anonymous', organisation: 'NHS' }],
    // Of a body the lists know by name (not its customers, nor people for or against a body: below).
    ['Goldman Sachs strategists', { type: 'anonymous', organisation: 'Goldman Sachs' }],
    ['HM Treasury', { type: 'organisation', name: 'HM Treasury' }],
    ['Developer Countryside Partnerships', { type: 'organisation', name: 'Countryside Partnerships' }],
    // A charity by a name in the possessive and its kind, or by what it gives.
    ["Alzheimer's Society", { type: 'organisation', name: "Alzheimer's Society" }],
    ['Christian Aid', { type: 'organisation', name: 'Christian Aid' }],
    ['Macmillan Cancer Support', { type: 'organisation', name: 'Macmillan Cancer Support' }],
    ['Islamic Relief', { type: 'organisation', name: 'Islamic Relief' }],
    ['Apple executives', { type: 'anonymous', organisation: 'Apple' }],
    ['the palace', { type: 'organisation' }],
    // A body named after the person who owns it; "Lloyd's List" is one name.
    ["Elon Musk's xAI", { type: 'organisation', name: 'xAI' }],
    ["Elon Musk's Tesla", { type: 'organisation', name: 'Tesla' }],
    // A firm whose name reads as a man's.
    ['Freddie Mac', { type: 'organisation', name: 'Freddie Mac' }],
    ['Saudi Aramco', { type: 'organisation', name: 'Saudi Aramco' }],
    ['Private forecaster Skymet Weather', { type: 'organisation', name: 'Skymet Weather' }],
    ["Lloyd's List", { type: 'organisation', name: "Lloyd's List" }],
    // A post in several words keeps them all.
    ['the former deputy prime minister', { type: 'person', role: 'former deputy prime minister' }],
    ['the chief executive', { type: 'person', role: 'chief executive' }],
    // A firm's name closing on its line of business.
    ['Developer Barratt Homes', { type: 'organisation', name: 'Barratt Homes' }],
    ['Hilton Hotels', { type: 'organisation' }],
    ['Activist investor Elliott Management', { type: 'organisation', name: 'Elliott Management' }],
    ['Network Rail', { type: 'organisation', name: 'Network Rail' }],
    ['Fisher Investments', { type: 'organisation', name: 'Fisher Investments' }],
    // Two people named together; two names of one body stay one.
    ['Her sons, Chris Larkin and Toby Stephens', { type: 'person', name: 'Chris Larkin and Toby Stephens', role: 'sons' }],
    // An outlet's desk is the outlet.
    ['Reuters Fact Check', { type: 'outlet', name: 'Reuters' }],
    ['BBC Verify', { type: 'outlet', name: 'BBC' }],
    ['Smith, a professor at Harvard', { type: 'person', name: 'Smith', role: 'a professor at Harvard', organisation: 'Harvard' }],
    ['Jones, the head of the union', { type: 'person', name: 'Jones', role: 'the head of the union' }],
    ['Acme, a maker of hand tools', { type: 'organisation', name: 'Acme' }],
    ['Researchers at the Baker Heart and Diabetes Institute in Melbourne', { type: 'anonymous', organisation: 'the Baker Heart and Diabetes Institute' }],
    ['the Federal Reserve Bank of New York', { type: 'organisation', name: 'Federal Reserve Bank of New York' }],
    ['Her family', { type: 'anonymous' }],
    // A vague crowd or a profession at large, unnamed and uncountable, is a weasel; a counted few are not.
    ['Thousands of people', { type: 'weasel' }],
    ['Scientists', { type: 'weasel' }],
    ['Two scientists', { type: 'anonymous' }],
    ['Chinese experts', { type: 'weasel' }],
    // A name, then the document it is; a double-barrelled surname; a firm with a hyphen in its name.
    ['AP VoteCast, a survey of more than 3,000 voters', { type: 'document', name: 'AP VoteCast' }],
    ['Earle-Sears', { type: 'person', name: 'Earle-Sears' }],
    // A surname after its particles, as the sentence goes on to call the person.
    ['von der Leyen', { type: 'person', name: 'von der Leyen' }],
    ["d'Estaing", { type: 'person', name: "d'Estaing" }],
    ['al-Sisi', { type: 'person', name: 'al-Sisi' }],
    ['Ten Hag', { type: 'person', name: 'Ten Hag' }],
    ['Ten Republicans', { type: 'anonymous' }],
    // Members of a group, and who a "who" clause is about.
    ['One of the doctors', { type: 'anonymous' }],
    ['One minister', { type: 'anonymous' }],
    // A surname with a plural's "s" is a person; a plural of people's nouns is people.
    ['Davies', { type: 'person', name: 'Davies' }],
    ['Matthews', { type: 'person', name: 'Matthews' }],
    ['Ellis', { type: 'person', name: 'Ellis' }],
    ['Judges', { type: 'anonymous' }],
    // Unnamed people after the body they are of.
    ['Labour sources', { type: 'anonymous', organisation: 'Labour' }],
    ['One Labour backbencher', { type: 'anonymous', organisation: 'Labour' }],
    // A body's kind alone, capitalised to open a sentence, names none.
    ['Party strategists', { type: 'anonymous' }],
    ['Party officials', { type: 'anonymous' }],
    ['Police officials', { type: 'anonymous', organisation: 'Police' }],
    ['Pentagon officials', { type: 'anonymous', organisation: 'Pentagon' }],
    // The parties a story has told of, taken together.
    ['Neither side', { type: 'anonymous' }],
    ['Both companies', { type: 'anonymous' }],
    ['The couple', { type: 'anonymous' }],
    // One person by what they are famous as; "The Star" is a paper.
    ['the star', { type: 'person', role: 'star' }],
    ['The Star', { type: 'organisation', name: 'Star' }],
    ['two of his aides', { type: 'anonymous' }],
    ['one of the studies', { type: 'document' }],
    ['Analyses', { type: 'document' }],
    ['A doctor who signed the letter', { type: 'anonymous' }],
    // A named storm is weather, named as people are.
    ['Hurricane Ida', { type: 'unknown' }],
    ['Tropical Storm Alberto', { type: 'unknown' }],
    ['Coca-Cola', { type: 'organisation', name: 'Coca-Cola' }],
    ['The regulator, Ofwat', { type: 'organisation', name: 'Ofwat' }],
    // A name no one is given, then the body it is; a body's name without what the apposition says of it.
    ['UK Finance, the trade body', { type: 'organisation', name: 'UK Finance' }],
    // A firm by its legal form, named without it.
    ['Acme plc', { type: 'organisation', name: 'Acme' }],
    // A publisher or studio by its name's last word; the body someone works with, unnamed.
    ['Chester Music', { type: 'organisation', name: 'Chester Music' }],
    ['Barking, Havering and Redbridge University Hospitals NHS Trust', { type: 'organisation', name: 'Barking, Havering and Redbridge University Hospitals NHS Trust' }],
    ['her publisher', { type: 'organisation' }],
    ['his agent', { type: 'person', role: 'agent' }],
    ['Minyon Moore, a senior adviser to the Clinton campaign', { type: 'person', name: 'Minyon Moore', role: 'a senior adviser to the Clinton campaign' }],
    ["the British Retail Consortium, the industry's trade body for shops", { type: 'organisation', name: 'British Retail Consortium' }],
    // A country's foreign ministry is named as its Ministry of Foreign Affairs, the name in full.
    ['The Chinese foreign ministry', { type: 'organisation', name: 'Chinese Ministry of Foreign Affairs' }],
    // A firm's "Co." is its legal form; an outlet named with its medium is the outlet.
    ['Kyushu Electric Power Co.', { type: 'organisation', name: 'Kyushu Electric Power' }],
    ['NHK television', { type: 'outlet', name: 'NHK' }],
    ['a list seen by the Guardian', { type: 'document' }],
    // A person's office or campaign is a body named with them, without their title; "Elon Musk's xAI" is the firm.
    ["Gov. Gavin Newsom's office", { type: 'organisation', name: "Gavin Newsom's office" }],
    ["Elon Musk's xAI", { type: 'organisation', name: 'xAI' }],
    // A word for a body's kind, then a name no one is given; a person's role, then a person's name.
    ['The manufacturer, Solco Healthcare', { type: 'organisation', name: 'Solco Healthcare' }],
    // (Not a post of a body, its holder named after it.)
    ["the head of the city's military administration, Tymur Tkachenko", { type: 'person', name: 'Tymur Tkachenko', role: "the head of the city's military administration" }],
    // The post before a name over a stance told of them after it.
    ['Unite general secretary Sharon Graham, a frequent critic of the leadership', { type: 'person', name: 'Sharon Graham', role: 'Unite general secretary', organisation: 'Unite' }],
    ['The operator, John Smith', { type: 'person', name: 'John Smith', role: 'The operator' }],
    // A post's Office is a body named with the post.
    ["The Information Commissioner's Office", { type: 'organisation', name: "Information Commissioner's Office" }],
    ["the Mayor's Office", { type: 'organisation', name: "Mayor's Office" }],
    ['the Russian Foreign Ministry', { type: 'organisation', name: 'Russian Ministry of Foreign Affairs' }],
    ["the sport's governing body", { type: 'organisation', name: "sport's governing body" }],
    ["the UK's statistics body", { type: 'organisation', name: "UK's statistics body" }],
    ["The plant's owner, Northern Steel", { type: 'organisation', name: 'Northern Steel' }],
    ['the Centers for Disease Control and Prevention', { type: 'organisation', name: 'Centers for Disease Control and Prevention' }],
    ['The sportswear maker', { type: 'organisation', name: 'sportswear maker' }],
    ['the policy maker', { type: 'person', role: 'policy maker' }],
    ['the film maker', { type: 'person', role: 'film maker' }],
    ['policy makers', { type: 'anonymous' }],
    ['OPEC+', { type: 'organisation', name: 'OPEC+' }],
    // A title's word before a body's head names a body.
    ['the Justice Department', { type: 'organisation', name: 'Justice Department' }],
    ['Justice Kennedy', { type: 'person', name: 'Kennedy' }],
    ['Disney+', { type: 'organisation', name: 'Disney+' }],
    // One word with a capital inside is a brand; a name's prefix (Mc, De, La) is not.
    ['OpenAI', { type: 'organisation', name: 'OpenAI' }],
    ['eBay', { type: 'organisation', name: 'eBay' }],
    ['McConnell', { type: 'person', name: 'McConnell' }],
    // A body whose name opens on a word no one is called; a post in capitals before a name is a role.
    ['National Grid', { type: 'organisation', name: 'National Grid' }],
    ['the Federal Reserve', { type: 'organisation', name: 'Federal Reserve' }],
    ['Irish Times', { type: 'outlet', name: 'The Irish Times' }],
    ['National Security Adviser Jake Sullivan', { type: 'person', name: 'Jake Sullivan', role: 'National Security Adviser' }],
    ['Nasa Administrator Bill Nelson', { type: 'person', name: 'Bill Nelson', role: 'Nasa Administrator' }],
    ['State Treasurer John Smith', { type: 'person', name: 'John Smith', role: 'State Treasurer' }],
    // A title and a name after a word for a body's trade: the holder, no body.
    ['Union Law Minister Arjun Ram Meghwal', { type: 'person', name: 'Arjun Ram Meghwal', role: 'Union Law Minister' }],
    // A body's kind after its name is no part of the name; a campaign's is.
    ['The Resolution Foundation think tank', { type: 'organisation', name: 'Resolution Foundation' }],
    ['the Trump campaign', { type: 'organisation', name: 'Trump campaign' }],
    // A body's kind in lower case after a name that is no body's alone; a family is no body.
    ['Dr Maria Lopez, a spokesperson for the LHCb collaboration', { type: 'person', name: 'Maria Lopez', role: 'a spokesperson for the LHCb collaboration', organisation: 'the LHCb collaboration' }],
    // (In a few words: a committee named for a department is no department.)
    ['Meg Hillier, the chair of the Treasury select committee', { type: 'person', name: 'Meg Hillier', organisation: 'the Treasury select committee' }],
    ['Jane Doe, a lawyer for the Smith family', { type: 'person', name: 'Jane Doe', role: 'a lawyer for the Smith family' }],
    // A team of a body called by its kind: the team, without the kind's possessive.
    ["Det Chief Insp Mark Swift, of the force's Homicide and Major Enquiry Team", { type: 'person', name: 'Mark Swift', role: 'Det Chief Insp', organisation: 'Homicide and Major Enquiry Team' }],
    // Powers named only as a vague "they"; a forum by its name is a body.
    ['The globalists', { type: 'weasel' }],
    ['Big Pharma', { type: 'weasel' }],
    ['World Economic Forum', { type: 'organisation', name: 'World Economic Forum' }],
    // Communities unnamed are people; a department for them is a body.
    ['Local communities', { type: 'anonymous' }],
    ['the Department for Communities', { type: 'organisation', name: 'Department for Communities' }],
    // The body before a post ("chief", and "official" before a name); an official unnamed stays anonymous.
    ['Hamas official Osama Hamdan', { type: 'person', name: 'Osama Hamdan', role: 'Hamas official', organisation: 'Hamas' }],
    ['Nasa chief Bill Nelson', { type: 'person', name: 'Bill Nelson', role: 'Nasa chief', organisation: 'Nasa' }],
    ['the White House official', { type: 'anonymous' }],
    ['Aslef general secretary Mick Whelan', { type: 'person', name: 'Mick Whelan', role: 'Aslef general secretary', organisation: 'Aslef' }],
    // A body's name of more than one word in the possessive, then the post, then the holder.
    ["NHS England's medical director, Stephen Powis", { type: 'person', name: 'Stephen Powis', role: "NHS England's medical director", organisation: 'NHS England' }],
    // A parent by their children, as tabloids put it, is a role.
    ['Mum-of-two Emma Clarke', { type: 'person', name: 'Emma Clarke', role: 'Mum-of-two' }],
    // Analysts before a body's name are the body.
    ['Industry analysts Cornwall Insight', { type: 'organisation', name: 'Cornwall Insight' }],
    // A charity named for its cause.
    ['Save the Children', { type: 'organisation', name: 'Save the Children' }],
    ['Peter Paul Rubens', { type: 'person', name: 'Peter Paul Rubens' }],
    // Bodies by the words that end their names; "Authorities" opening a sentence are unnamed officials.
    ['Brookings Institution', { type: 'organisation', name: 'Brookings Institution' }],
    ['Sierra Club', { type: 'organisation', name: 'Sierra Club' }],
    ['Authorities', { type: 'anonymous' }],
    // The sentence's stop left on a name is no part of it; an abbreviation's is.
    ['Ariana Huichapa.', { type: 'person', name: 'Ariana Huichapa' }],
    ['Apple Inc.', { type: 'organisation', name: 'Apple' }],
    // Titles in full, and a run closing on an initial ("U.") is no name.
    ['Representative Charles B. Rangel', { type: 'person', name: 'Charles B. Rangel', role: 'Representative' }],
    ['CEO John Stumpf', { type: 'person', name: 'John Stumpf', role: 'CEO' }],
    ['Retired U.S. Air Force Gen. Norman Ham', { type: 'person', name: 'Norman Ham', role: 'Retired U.S. Air Force Gen.' }],
    // A post of a body, unnamed: one office-holder (with "a", one of several).
    ['the chairman of the Federal Reserve', { type: 'person', role: 'chairman', organisation: 'Federal Reserve' }],
    ['President of the United States', { type: 'person', role: 'president', organisation: 'United States' }],
    ['a director at the Bank of England', { type: 'anonymous', organisation: 'Bank of England' }],
    // Honours after a name, "Det Con" before it; a barrister's client is no body.
    ['Judge Peter Blair KC', { type: 'person', name: 'Peter Blair', role: 'Judge' }],
    ['Det Con Sarah Moss, of Avon and Somerset Police', { type: 'person', name: 'Sarah Moss', role: 'Det Con', organisation: 'Avon and Somerset Police' }],
    // A body named after its trade is the body by its name, the person's; the trade is no body of its own.
    ['Tamas Varga of oil broker PVM', { type: 'person', name: 'Tamas Varga', organisation: 'PVM' }],
    ['John Smith of consultancy Wood Mackenzie', { type: 'person', name: 'John Smith', organisation: 'Wood Mackenzie' }],
    ['Jane Doe, an analyst at brokerage Jefferies', { type: 'person', name: 'Jane Doe', organisation: 'Jefferies' }],
    ['the chief executive of the airline Ryanair', { type: 'person', role: 'chief executive', organisation: 'Ryanair' }],
    // Ranks written out are titles too.
    ['Detective Constable Sarah Lowe, of West Yorkshire Police', { type: 'person', name: 'Sarah Lowe', role: 'Detective Constable', organisation: 'West Yorkshire Police' }],
    ['Chief Superintendent Tom Reed', { type: 'person', name: 'Tom Reed', role: 'Chief Superintendent' }],
    ['Con Coughlin', { type: 'person', name: 'Con Coughlin' }],
    ["Carter's barrister, Anna Price", { type: 'person', name: 'Anna Price', role: "Carter's barrister" }],
    // Outlets in the plural, none named.
    ['mainstream media outlets', { type: 'anonymous' }],
    ['British newspapers', { type: 'anonymous' }],
    ['the Sunday papers', { type: 'anonymous' }],
    // An outlet's name keeps its capitals: in lower case, "the guardian" is a child's.
    ['the guardian', { type: 'person', role: 'guardian' }],
    // "The MP" is one member; "an MP" unnamed.
    ['The MP', { type: 'person', role: 'MP' }],
    ['an MP', { type: 'anonymous' }],
    ['The Guardian', { type: 'outlet', name: 'The Guardian' }],
    ['The papers', { type: 'document' }],
    ['its accounts', { type: 'document' }],
    ['Western analysts', { type: 'weasel' }],
    ['so-called scientists', { type: 'weasel' }],
    ['The so-called experts', { type: 'weasel' }],
    ['self-styled experts', { type: 'weasel' }],
    // A post in capitals with its holder unnamed, whole.
    ['The Home Secretary', { type: 'person', role: 'Home Secretary' }],
    ['The Prime Minister', { type: 'person', role: 'Prime Minister' }],
    ['The Secretary of State for Health', { type: 'person', role: 'Secretary of State for Health' }],
    ['The Archbishop of Canterbury', { type: 'person', role: 'Archbishop of Canterbury' }],
    ['The Justice Department', { type: 'organisation', name: 'Justice Department' }],
    // A local paper by its town and its masthead's word; not the postal firm.
    ['the Bristol Post', { type: 'outlet', name: 'Bristol Post' }],
    ['the Northern Echo', { type: 'outlet', name: 'Northern Echo' }],
    ['Royal Mail', { type: 'organisation', name: 'Royal Mail' }],
    // An unnamed person of a body named: the body by its name, without "the".
    ['A spokesperson for the Department for Education', { type: 'anonymous', organisation: 'Department for Education' }],
    // A post named by its body, then its holder's name.
    ['A UN spokesman, Stéphane Dujarric', { type: 'person', name: 'Stéphane Dujarric', role: 'A UN spokesman', organisation: 'UN' }],
    ['A Pentagon spokesman, John Kirby', { type: 'person', name: 'John Kirby', role: 'A Pentagon spokesman', organisation: 'Pentagon' }],
    // Honours after the name are no part of it; where a person is from is no body.
    ['His lawyer, Sarah Green KC', { type: 'person', name: 'Sarah Green', role: 'lawyer' }],
    ['Mr Patel, 52, a father of three from Leicester', { type: 'person', name: 'Patel', role: 'a father of three from Leicester' }],
    ['Dan Ives, an analyst from Wedbush Securities', { type: 'person', name: 'Dan Ives', role: 'an analyst from Wedbush Securities', organisation: 'Wedbush Securities' }],
    // The body named before the post in an apposition.
    ['Paul Johnson, the IFS director', { type: 'person', name: 'Paul Johnson', role: 'the IFS director', organisation: 'IFS' }],
    ["Tim Cook, Apple's chief executive", { type: 'person', name: 'Tim Cook', role: "Apple's chief executive", organisation: 'Apple' }],
    ['Ahmed al-Sharaa, the leader of Hayat Tahrir al-Sham', { type: 'person', name: 'Ahmed al-Sharaa', role: 'the leader of Hayat Tahrir al-Sham', organisation: 'Hayat Tahrir al-Sham' }],
    // A share of a group, its figure sized or not, is as precise as the figure; "some" alone is a weasel's.
    ['About 62% of voters', { type: 'anonymous' }],
    ['Some 40 per cent of members', { type: 'anonymous' }],
    ['some voters', { type: 'weasel' }],
    // A party's members described, unnamed; the party itself speaks as a body.
    ['Senior Tories', { type: 'anonymous' }],
    ['Progressive Democrats', { type: 'anonymous' }],
    // What unnamed people know places them, in a "who" clause too.
    ['people who have heard those discussions', { type: 'anonymous' }],
    ['Liberal Democrats', { type: 'organisation', name: 'Liberal Democrats' }],
    ['The Tories', { type: 'organisation', name: 'Tories' }],
    // Media left unnamed are no outlet to follow; a named one is.
    ['state media', { type: 'anonymous' }],
    ['Iranian state media', { type: 'anonymous' }],
    ['Egyptian state-linked media', { type: 'anonymous' }],
    ['Russian state-controlled television', { type: 'anonymous' }],
    ['local television', { type: 'anonymous' }],
    ['Chinese state broadcaster CCTV', { type: 'outlet', name: 'CCTV' }],
    // A body's post where it is held: the body in the possessive, not the place.
    ["Mohamed Refaat, the IOM's chief of mission in Sudan", { type: 'person', name: 'Mohamed Refaat', organisation: 'IOM' }],
    ["Jane Doe, the UN's envoy for Syria", { type: 'person', name: 'Jane Doe', organisation: 'UN' }],
    // A station by its name or call sign, without where it broadcasts.
    ['WKBT-TV in Wisconsin', { type: 'outlet', name: 'WKBT-TV' }],
    ['KTLA-TV', { type: 'outlet', name: 'KTLA-TV' }],
    ['KPMG in London', { type: 'unknown' }],
    ['the banks', { type: 'organisation' }],
    // A number opening the sentence is capitalised, not a name.
    ['Ninety-three Republicans and two Democrats', { type: 'anonymous' }],
    // A capital stands for its government.
    ['Tehran', { type: 'organisation' }],
    // A region speaks as its government; a club named by its home is a body; a person may share a place's name.
    ['New Mexico', { type: 'organisation', name: 'New Mexico' }],
    ['Ontario', { type: 'organisation', name: 'Ontario' }],
    ['Dallas Cowboys', { type: 'organisation', name: 'Dallas Cowboys' }],
    ['Manchester United', { type: 'organisation', name: 'Manchester United' }],
    ['Atletico Madrid', { type: 'organisation', name: 'Atletico Madrid' }],
    ['Bayern Munich', { type: 'organisation', name: 'Bayern Munich' }],
    ['Jack London', { type: 'person', name: 'Jack London' }],
    ['Dallas Roberts', { type: 'person', name: 'Dallas Roberts' }],
    ['Paris Jackson', { type: 'person', name: 'Paris Jackson' }],
    ['Network Rail', { type: 'organisation' }],
    ['one', { type: 'anonymous' }],
    ['one housing minister', { type: 'anonymous' }],
    ['Thames Water', { type: 'organisation' }],
    ['Beijing and Moscow', { type: 'organisation' }],
    // Unnamed people of a named body are anonymous, not weasels.
    ['Analysts at Wedbush', { type: 'anonymous', organisation: 'Wedbush' }],
    ['A No 10 spokesperson', { type: 'anonymous', organisation: 'No 10' }],
    ['The researchers at the University of Colorado', { type: 'anonymous', organisation: 'the University of Colorado' }],
    ['Independent analysts at the Institute for the Study of War', { type: 'anonymous', organisation: 'the Institute for the Study of War' }],
    // A city's hall is its council; a royal couple by their titles are people.
    ['Prague City Hall', { type: 'organisation', name: 'Prague City Hall' }],
    ['Médecins Sans Frontières', { type: 'organisation', name: 'Médecins Sans Frontières' }],
    ['Both', { type: 'anonymous' }],
    // Reports of outlets left unnamed.
    ['reports in Turkey', { type: 'anonymous' }],
    ['Italian media reports', { type: 'anonymous' }],
    ['reports in the Times', { type: 'outlet', name: 'The Times' }],
    // An outlet's programme is the outlet; its presenter, named, is a person.
    ["CBS's Face the Nation", { type: 'outlet', name: 'CBS News' }],
    ["the BBC's Today programme", { type: 'outlet', name: 'BBC' }],
    ["the BBC's Laura Kuenssberg", { type: 'person', name: 'Laura Kuenssberg', organisation: 'BBC' }],
    // With no possessive, the programme's title after the outlet's name; not a post and a person.
    ['BBC Match of the Day', { type: 'outlet', name: 'BBC' }],
    ['BBC Breakfast', { type: 'outlet', name: 'BBC' }],
    ['PolitiFact Executive Director Aaron Sharockman', { type: 'person', name: 'Aaron Sharockman', role: 'PolitiFact Executive Director' }],
    // A station by its call sign with its medium.
    ['2GB radio', { type: 'outlet', name: '2GB' }],
    ['radio station 3AW', { type: 'outlet', name: '3AW' }],
    ['WTOP radio', { type: 'outlet', name: 'WTOP' }],
    ['The Paris prefecture', { type: 'organisation', name: 'Paris prefecture' }],
    ['The Duke and Duchess of Sussex', { type: 'person', name: 'Duke and Duchess of Sussex' }],
    ['the Duke of Sussex', { type: 'person', name: 'Duke of Sussex' }],
    // A person of a body past their trade in lower case, not the body.
    ['lead author Dr Melody Ding of the University of Sydney', { type: 'person', name: 'Melody Ding', role: 'lead author', organisation: 'University of Sydney' }],
    // A police rank as a title; an officer's post in capitals, and where it is held, before the name.
    ['CSP Benjamin Hundeyin', { type: 'person', name: 'Benjamin Hundeyin', role: 'CSP' }],
    ['The Police Public Relations Officer in the state, SP Omolola Odutola', { type: 'person', name: 'Omolola Odutola', role: 'The Police Public Relations Officer in the state' }],
    ['The Chief Medical Officer, Chris Whitty', { type: 'person', name: 'Chris Whitty', role: 'The Chief Medical Officer' }],
    ['The Spokesman of the command, DSP Abimbola Oyeyemi', { type: 'person', name: 'Abimbola Oyeyemi', role: 'The Spokesman of the command' }],
    // One of a show's stars, unnamed; a paper's masthead keeps its capital.
    ['Love Island star', { type: 'person', role: 'Love Island star' }],
    ['the Toronto Star', { type: 'outlet', name: 'Toronto Star' }],
    // A continent speaks for its states, as a capital for its own.
    ['Europe', { type: 'organisation', name: 'Europe' }],
    ['South America', { type: 'organisation', name: 'South America' }],
    ['the Princess of Wales', { type: 'person', name: 'Princess of Wales' }],
    // No person's name follows "the" alone.
    ['the European Forest Fire Information System', { type: 'organisation', name: 'European Forest Fire Information System' }],
    ['three sources with direct knowledge of the matter', { type: 'anonymous' }],
    ["a source in Ukraine's SBU security service", { type: 'anonymous', organisation: "Ukraine's SBU security service" }],
    ['Its General Staff', { type: 'organisation', name: 'General Staff' }],
    ['Posts on X and Facebook', { type: 'document' }],
    ['Consumer group the Consumer Council for Water', { type: 'organisation', name: 'Consumer Council for Water' }],
    ['South Korean intelligence', { type: 'organisation', name: 'South Korean intelligence' }],
    // An outlet's own reporting is the outlet; a poll it commissioned stays a document.
    ['a report from The Washington Post', { type: 'outlet', name: 'The Washington Post' }],
    ['An AP investigation', { type: 'outlet', name: 'Associated Press' }],
    ['a Washington Post-ABC News poll', { type: 'document' }],
    // Evidence named by its kind alone is a weasel; one study is a document.
    // A name, then what it is: a body, a person's role; a surname with its prefix.
    ["The DGAC, France's civil aviation authority", { type: 'organisation', name: 'DGAC' }],
    ['Ofcom, the media regulator', { type: 'organisation', name: 'Ofcom' }],
    ['Smith, a company director', { type: 'person', name: 'Smith', role: 'a company director' }],
    ["O'Leary", { type: 'person', name: "O'Leary" }],
    ['McDonald', { type: 'person', name: 'McDonald' }],
    ['Those close to the king', { type: 'anonymous' }],
    ['No 10', { type: 'organisation', name: 'No 10' }],
    // Names no person has: closing on a country or reach, or a charity's made-up word.
    ['Cancer Research UK', { type: 'organisation', name: 'Cancer Research UK' }],
    ['Amnesty International', { type: 'organisation', name: 'Amnesty International' }],
    ['Oxfam', { type: 'organisation', name: 'Oxfam' }],
    ['the Joint Chiefs of Staff', { type: 'organisation', name: 'Joint Chiefs of Staff' }],
    ['Goldman Sachs', { type: 'organisation', name: 'Goldman Sachs' }],
    // Companies the compromise lexicon knows; not those WordNet also knows as people ("Ford").
    ['Microsoft', { type: 'organisation', name: 'Microsoft' }],
    ['Exxon Mobil', { type: 'organisation', name: 'Exxon Mobil' }],
    ['Coca-Cola', { type: 'organisation', name: 'Coca-Cola' }],
    ['Ford', { type: 'person', name: 'Ford' }],
    // A body's name, whatever document word is in it.
    ['Counterpoint Research', { type: 'organisation', name: 'Counterpoint Research' }],
    ['Pew Research Center', { type: 'organisation', name: 'Pew Research Center' }],
    ['Research published by the Institute', { type: 'document' }],
    // A body named after its trade; the markets are no one.
    ['financial information service Moneyfacts', { type: 'organisation', name: 'Moneyfacts' }],
    ['Markets', { type: 'unknown' }],
    // "The Conservatives" is the British party; "conservatives" and "Republicans" are people of a persuasion.
    ['The Conservatives', { type: 'organisation', name: 'Conservatives' }],
    ['conservatives', { type: 'anonymous' }],
    ['Wells Fargo', { type: 'organisation', name: 'Wells Fargo' }],
    ['Marks & Spencer', { type: 'organisation', name: 'Marks & Spencer' }],
    ['Amnesty International, the rights group', { type: 'organisation', name: 'Amnesty International' }],
    ['KCNA', { type: 'outlet', name: 'KCNA' }],
    // One of many, unnamed; an account's handle.
    ['One frustrated fan', { type: 'anonymous' }],
    ['Another fan', { type: 'anonymous' }],
    ['Another', { type: 'anonymous' }],
    // A share of a group just told of is no opinion at large.
    ['most of them', { type: 'anonymous' }],
    ['a clinical trial', { type: 'document' }],
    ['Many of those', { type: 'anonymous' }],
    ['A third', { type: 'anonymous' }],
    ['@festivalfan99', { type: 'person', name: '@festivalfan99' }],
    // A body by its trade; a consensus of forecasts is a document.
    ['The energy giant', { type: 'organisation', name: 'energy giant' }],
    ['a consensus', { type: 'document' }],
    ['Mo Farah', { type: 'person', name: 'Mo Farah' }],
    // Bodies that hear evidence; a possessor's kin, then one name.
    ['The inquest', { type: 'organisation', name: 'inquest' }],
    ['the employment tribunal', { type: 'organisation', name: 'employment tribunal' }],
    ["Mr Sharma's daughter Priya", { type: 'person', name: 'Priya', role: "Mr Sharma's daughter" }],
    ['Member of House panel', { type: 'anonymous', organisation: 'House panel' }],
    // Where a named person is from is their body, not their role; a title stays the role.
    ['Det Ch Insp Laura Bennett, of Avon and Somerset Police', { type: 'person', name: 'Laura Bennett', role: 'Det Ch Insp', organisation: 'Avon and Somerset Police' }],
    ['Alice Harrison of Global Witness', { type: 'person', name: 'Alice Harrison', role: undefined, organisation: 'Global Witness' }],
    // Where someone lives is no body.
    ['John Barker, 54, of Elm Road, Swindon', { type: 'person', name: 'John Barker', role: undefined, organisation: undefined }],
    // After an age, "of" gives where they live, a place the lists need not know; a body's name stays their body.
    ['Callum Price, 24, of Fishponds', { type: 'person', name: 'Callum Price', role: undefined, organisation: undefined }],
    ['Jane Smith, 45, of the Royal College of Nursing', { type: 'person', name: 'Jane Smith', role: undefined, organisation: 'Royal College of Nursing' }],
    // A place someone is from is no body; a body they are from is.
    ['John Smith, from Leeds', { type: 'person', name: 'John Smith', role: undefined, organisation: undefined }],
    ['Sen. James Lankford of Oklahoma, the Republican', { type: 'person', name: 'James Lankford', role: 'the Republican', organisation: undefined }],
    ['Sarah Jones, from Greenpeace', { type: 'person', name: 'Sarah Jones', role: undefined, organisation: 'Greenpeace' }],
    // Research from a body is a document, whoever made it; the body alone is the body.
    ['new research from the University of Leeds', { type: 'document' }],
    ['Department of Health', { type: 'organisation', name: 'Department of Health' }],
    ['A member of the jury', { type: 'anonymous', organisation: 'jury' }],
    ['His daughter Priya', { type: 'person', name: 'Priya', role: 'daughter' }],
    // Fact-checkers are outlets.
    ['PolitiFact', { type: 'outlet', name: 'PolitiFact' }],
    ['Studies', { type: 'weasel' }],
    ['Research', { type: 'weasel' }],
    ['A study', { type: 'document' }],
    ['experts from Harvard University', { type: 'anonymous', organisation: 'Harvard University' }],
    // A role, then the name in apposition.
    ["Tesla's head of vehicle engineering, Lars Moravy", { type: 'person', name: 'Lars Moravy', role: "Tesla's head of vehicle engineering", organisation: 'Tesla' }],
    // What a post is of, in lower case, is its portfolio, not its body.
    ["Apple's senior vice president of hardware engineering John Ternus", { type: 'person', name: 'John Ternus', role: "Apple's senior vice president of hardware engineering", organisation: 'Apple' }],
    ['A senior analyst at RAND, Derek Grossman', { type: 'person', name: 'Derek Grossman', organisation: 'RAND' }],
    ['Her neighbour, Gareth Evans', { type: 'person', name: 'Gareth Evans', role: 'neighbour' }],
    // British police and council titles, abbreviated without stops.
    ['Det Insp Sarah Holmes', { type: 'person', name: 'Sarah Holmes', role: 'Det Insp' }],
    ['Cllr Mohammed Iqbal', { type: 'person', name: 'Mohammed Iqbal', role: 'Cllr' }],
    ['Councillor Mark Hughes', { type: 'person', name: 'Mark Hughes', role: 'Councillor' }],
    ['Councilwoman Jane Doe', { type: 'person', name: 'Jane Doe', role: 'Councilwoman' }],
    ["Trump's running mate, Indiana Gov. Mike Pence", { type: 'person', name: 'Mike Pence' }],
    ['Secretary of State John Kerry', { type: 'person', name: 'John Kerry', role: 'Secretary of State' }],
    ['Secretary of Homeland Security Jeh Johnson', { type: 'person', name: 'Jeh Johnson', role: 'Secretary of Homeland Security' }],
    ['Data from the 2014 American Community Survey', { type: 'document' }],
    ['A report by the Government Accountability Office', { type: 'document' }],
    ['Mr. Clarke', { type: 'person', name: 'Clarke' }],
    ['The Clinton campaign', { type: 'organisation' }],
    ['the Trump administration', { type: 'organisation' }],
    ['The Republican nominee', { type: 'person', role: 'nominee' }],
    // One office-holder by office, whatever the country; "a minister" is unnamed.
    ["Iran's foreign minister", { type: 'person', role: 'foreign minister', organisation: 'Iran' }],
    ['The Saudi crown prince', { type: 'person', role: 'prince' }],
    ['A minister', { type: 'anonymous' }],
    ['the Office for National Statistics', { type: 'organisation' }],
    ['The mayor', { type: 'person', role: 'mayor' }],
    ['The Secretary of State John Kerry', { type: 'person', name: 'John Kerry' }],
    // A body named after its trade; a person's trade before a name stays a role.
    ['rail operator Trenitalia', { type: 'organisation', name: 'Trenitalia' }],
    ['aviation analytics firm Cirium', { type: 'organisation', name: 'Cirium' }],
    ['Chipmaker Nvidia', { type: 'organisation' }],
    ['the rights group Amnesty International', { type: 'organisation' }],
    ['Filmmaker John Smith', { type: 'person', name: 'John Smith', role: 'Filmmaker' }],
    ['Analyst Jane Doe', { type: 'person', name: 'Jane Doe', role: 'Analyst' }],
    ['Hunter Biden', { type: 'person', name: 'Hunter Biden' }],
    ['Senate Majority Leader Chuck Schumer', { type: 'person', name: 'Chuck Schumer', role: 'Senate Majority Leader' }],
    ['Martin Luther King Jr.', { type: 'person', name: 'Martin Luther King Jr.' }],
    ['46 percent of Americans', { type: 'anonymous' }],
    // One unnamed person of standing, of the body named.
    ['a senior Whitehall figure', { type: 'anonymous', organisation: 'Whitehall' }],
    ['a senior government figure', { type: 'anonymous' }],
    // A share alone, of those polled; a country's paper by its name.
    ['Only 22%', { type: 'anonymous' }],
    ['Another 19 percent', { type: 'anonymous' }],
    ["Spain's El País", { type: 'outlet', name: 'El País' }],
    ["Italy's Corriere della Sera", { type: 'outlet', name: 'Corriere della Sera' }],
    ['A source close to the foundation', { type: 'anonymous' }],
    ['people familiar with the matter', { type: 'anonymous' }],
    ['The startup', { type: 'organisation' }],
    ['Scotland Yard', { type: 'organisation' }],
    ['shopkeeper Dave Morris, 58', { type: 'person', name: 'Dave Morris', role: 'shopkeeper' }],
    ['NHS England', { type: 'organisation' }],
    ['The Royal College of Emergency Medicine', { type: 'organisation' }],
    ['Labour', { type: 'organisation' }],
    ['the college', { type: 'organisation' }],
    ["The school's headteacher", { type: 'person', role: 'headteacher' }],
    ['the Evening Standard', { type: 'outlet' }],
    ['the prophet Daniel', { type: 'person', name: 'Daniel', role: 'prophet' }],
    ['nobody', { type: 'weasel' }],
    ['a person familiar with the Ministry of Defence', { type: 'anonymous' }],
    ['a slim majority of respondents', { type: 'anonymous' }],
    ['Chair Jerome Powell', { type: 'person', name: 'Jerome Powell', role: 'Chair' }],
    ['Chief Justice John Roberts', { type: 'person', name: 'John Roberts', role: 'Chief Justice' }],
    ['a government estimate', { type: 'document' }],
    // Names in any alphabet.
    ['canal administrator Ricaurte Vásquez', { type: 'person', name: 'Ricaurte Vásquez', role: 'canal administrator' }],
    ['Łukasz Müller, a spokesman for the ministry', { type: 'person', name: 'Łukasz Müller' }],
    ['Mr. Sánchez', { type: 'person', name: 'Sánchez' }],
    ['the Élysée', { type: 'organisation', name: 'Élysée' }],
    ['a lawyer for the family', { type: 'anonymous' }],
    ['Younger black voters', { type: 'anonymous' }],
    // People WordNet names that the lists do not: a group, one unnamed, one by role.
    ['fellow physicians', { type: 'anonymous' }],
    ['both presidential candidates', { type: 'anonymous' }],
    ['a physician', { type: 'anonymous' }],
    ['the coal miner', { type: 'person', role: 'coal miner' }],
    ['The Real Clear Politics average of polls', { type: 'document' }],
    ['Japan', { type: 'organisation', name: 'Japan' }],
    ['China and Russia', { type: 'organisation' }],
    // States by the names news gives them, not only the package's ("United Kingdom", "Türkiye"); one state under one name.
    ['Britain', { type: 'organisation', name: 'United Kingdom' }],
    ['the U.S', { type: 'organisation', name: 'United States' }],
    ['Turkey', { type: 'organisation', name: 'Turkey' }],
    ['Jimmy Wales', { type: 'person', name: 'Jimmy Wales' }],
    // A state's agency or broadcaster is an outlet, by name when it has one; one with no country is unnamed.
    ["Iran's semi-official Tasnim news agency", { type: 'outlet', name: 'Tasnim' }],
    // A channel by its name, then its medium.
    ["Israel's Channel 12 television", { type: 'outlet', name: 'Channel 12' }],
    ["North Korea's official KCNA news agency", { type: 'outlet', name: 'KCNA' }],
    ['RTP radio', { type: 'outlet', name: 'RTP' }],
    ["Lebanon's state news agency", { type: 'outlet', name: "Lebanon's state news agency" }],
    ['the state news agency', { type: 'anonymous' }],
    // Sunday titles are their group's outlet; "the observer" is a person, "The Observer" a paper.
    ['The Mail on Sunday', { type: 'outlet', name: 'Daily Mail' }],
    ['The Sunday Times', { type: 'outlet', name: 'The Times' }],
    ['The Observer', { type: 'outlet', name: 'The Observer' }],
    ['the observer', { type: 'person', role: 'observer' }],
    // A club's or a party's post before the name: the body is the club's or the party's.
    ['Chelsea boss Enzo Maresca', { type: 'person', name: 'Enzo Maresca', role: 'Chelsea boss', organisation: 'Chelsea' }],
    ['The Labour leader', { type: 'person', role: 'leader', organisation: 'Labour' }],
    ['Team leader Sarah Jones', { type: 'person', name: 'Sarah Jones', role: 'Team leader' }],
    // A nation's adjective tells where the post is, not a body.
    ['Chinese leader Xi Jinping', { type: 'person', name: 'Xi Jinping', role: 'Chinese leader' }],
    ['Labour leader Keir Starmer', { type: 'person', name: 'Keir Starmer', role: 'Labour leader', organisation: 'Labour' }],
    ['Kremlin spokesman Dmitry Peskov', { type: 'person', name: 'Dmitry Peskov', role: 'Kremlin spokesman', organisation: 'Kremlin' }],
    ['Clinton spokesman Nick Merrill', { type: 'person', name: 'Nick Merrill', role: 'Clinton spokesman' }],
    ['Former Arsenal captain Tony Adams', { type: 'person', name: 'Tony Adams', role: 'Former Arsenal captain', organisation: 'Arsenal' }],
    // A readout is a document.
    ['a White House readout of the meeting', { type: 'document' }],
    ['The 6-3 ruling', { type: 'document' }],
    ['The Fraternal Order of Police', { type: 'organisation', name: 'Fraternal Order of Police' }],
    ['Executive Order 14067', { type: 'document', name: 'Executive Order 14067' }],
    ['An evaluation by TfL', { type: 'document' }],
    // A body named for its people and their cause; people of a place, a body or a person stay unnamed people.
    ['Friends of the Earth', { type: 'organisation', name: 'Friends of the Earth' }],
    ['Doctors Without Borders', { type: 'organisation', name: 'Doctors Without Borders' }],
    ['Physicians for Human Rights', { type: 'organisation', name: 'Physicians for Human Rights' }],
    ['Residents of Leeds', { type: 'anonymous' }],
    ['Members of the Senate', { type: 'anonymous', organisation: 'Senate' }],
    ['Human Rights Watch', { type: 'organisation', name: 'Human Rights Watch' }],
    // A word of the post capitalised at the sentence's start is no body.
    ['Regional governor Vitaliy Kim', { type: 'person', name: 'Vitaliy Kim', role: 'Regional governor' }],
    // The count of people is no part of their body.
    ['More than 50 Labour backbenchers', { type: 'anonymous', organisation: 'Labour' }],
    ['Two NHS bosses', { type: 'anonymous', organisation: 'NHS' }],
    // One person by age: the one told of, or one unnamed.
    ['the 29-year-old', { type: 'person', role: '29-year-old' }],
    ['a 29-year-old', { type: 'anonymous' }],
    // A person's kin is no body; a legal brief is a document.
    ["Mr Carter's family", { type: 'anonymous' }],
    ["Ivana Trump's brief", { type: 'document' }],
    ["Elon Musk's xAI", { type: 'organisation', name: 'xAI' }],
    // A name and its own people or allies: the named one is the source.
    ['Saudi Arabia and its OPEC+ allies', { type: 'organisation', name: 'Saudi Arabia' }],
    ['Biden and his aides', { type: 'person', name: 'Biden' }],
    ['Officials and their families', { type: 'anonymous' }],
    ['Michael Jordan', { type: 'person', name: 'Michael Jordan' }],
    // A named document with what it is for (seed 003): not the person whose name it carries.
    ['The Biden administration’s Integrated Country Strategy for Afghanistan', { type: 'document' }],
    ['federal statistics', { type: 'document' }],
    // A document and who made it, not the body alone.
    ['a 46-page analysis released by the Department of Veterans Affairs', { type: 'document', organisation: 'Department of Veterans Affairs' }],
    ['a study published in The Lancet', { type: 'document', organisation: 'Lancet' }],
    ['her account', { type: 'document' }],
    ['attorneys for the family', { type: 'anonymous' }],
    // A trade made from a verb before a name is a role; a first name, or one before an initial, is not.
    ['Forecaster Alex Deakin', { type: 'person', name: 'Alex Deakin', role: 'Forecaster' }],
    ['Campaigner Mary Jones', { type: 'person', name: 'Mary Jones', role: 'Campaigner' }],
    ['Victor Davis Hanson', { type: 'person', name: 'Victor Davis Hanson' }],
    ['Hunter S. Thompson', { type: 'person', name: 'Hunter S. Thompson' }],
    // An office of a body with "of" inside it, before the name.
    ['Professor of Economics Jane Smith', { type: 'person', name: 'Jane Smith', role: 'Professor of Economics' }],
    ['Chairman of the Joint Chiefs of Staff Mark Milley', { type: 'person', name: 'Mark Milley', role: 'Chairman of the Joint Chiefs of Staff' }],
    // A person's post of a body is no body; "the authorities" are as unnamed as "Authorities".
    ['The head of the union', { type: 'person', role: 'head' }],
    ['the leader of the party', { type: 'person', role: 'leader' }],
    ['the court of appeals', { type: 'organisation' }],
    ['the authorities', { type: 'anonymous' }],
    ['Authorities', { type: 'anonymous' }],
    ['Her submission to the court', { type: 'document' }],
    // An age after the name is no role; a titled surname keeps the post in apposition.
    ['Tom Fry, 45, a builder from Leeds', { type: 'person', name: 'Tom Fry', role: 'a builder from Leeds' }],
    ['Aoki, 67', { type: 'person', name: 'Aoki' }],
    ['X', { type: 'organisation', name: 'X' }],
    ['Arizona Secretary of State Adrian Fontes', { type: 'person', name: 'Adrian Fontes', role: 'Arizona Secretary of State' }],
    ['Mr Reyes, Chelsea manager', { type: 'person', name: 'Reyes', role: 'Chelsea manager' }],
    // Where the post is held is the body, not its subject.
    ['Anna Lee, Professor of History at Yale', { type: 'person', name: 'Anna Lee', organisation: 'Yale' }],
    ['Michael Brooks, executive director of the nonprofit Center for Auto Safety', { type: 'person', name: 'Michael Brooks', organisation: 'Center for Auto Safety' }],
    ['The oil industry', { type: 'organisation' }],
    ['Shares in Northwind Group', { type: 'unknown' }],
    ['Harbour Stores', { type: 'organisation' }],
    // An outlet by its name, then its trade; wire agencies by their short names.
    ['The state-run IRNA news agency', { type: 'outlet', name: 'IRNA' }],
    ['the Nation newspaper', { type: 'outlet', name: 'Nation' }],
    ['dpa', { type: 'outlet', name: 'dpa' }],
    ['CCTV footage', { type: 'document' }],
    ["Texas' governor", { type: 'person', role: 'governor', organisation: 'Texas' }],
    ['The Foreign Secretary, David Lammy', { type: 'person', name: 'David Lammy', role: 'The Foreign Secretary' }],
    ['WHO chief Tedros', { type: 'person', name: 'Tedros', role: 'chief', organisation: 'WHO' }],
    ['Sen. Mitch McConnell, R-Ky., a veteran of many fights', { type: 'person', name: 'Mitch McConnell', role: 'a veteran of many fights' }],
    // A quantity's head is what it counts; the body of a post is the one named after "of", unless that names a subject.
    ['Small groups of protesters', { type: 'anonymous' }],
    ['a group of black parents with kids in charter schools', { type: 'anonymous' }],
    ['the Group of Seven', { type: 'organisation' }],
    ['Craig Bryan, head of the National Center for Veterans Studies at the University of Utah', { type: 'person', organisation: 'the National Center for Veterans Studies' }],
    ["Mr. Barrett, the lawyer for West Virginia's environmental protection agency", { type: 'person', name: 'Barrett', organisation: 'West Virginia' }],
    ["Davis' commentary", { type: 'document' }],
    // Accents fold: "RTÉ" is not RT.
    ['RT', { type: 'outlet', name: 'RT' }],
    ['RTE', { type: 'outlet', name: 'RTÉ' }],
  ])('when the span is %j, reads %j', (span, expected) => {
    expect(classifySource(span)).toEqual(expect.objectContaining(expected));
  });

  it.each(['a report by John Smith', 'the Trump campaign memo', 'Government statistics', 'Court records', 'Instant polls', 'The ad'])('reads %j as a document no body made', (span) => {
    expect(classifySource(span)).toEqual({ type: 'document' });
  });

  it.each(['Tesla owners', 'Apple customers', 'Pro-Kremlin bloggers', 'Anti-war activists'])('reads %j as people unnamed of no body', (span) => {
    expect(classifySource(span)).toEqual({ type: 'anonymous' });
  });

  it("reads a reflexive's stress as no role: 'Klaus Schwab himself'", () => {
    expect(classifySource('Klaus Schwab himself')).toEqual({ type: 'person', name: 'Klaus Schwab' });
    expect(classifySource('the president himself')).toEqual({ type: 'person', role: 'president' });
  });

  it('reads "The" before an office as no organisation', () => {
    expect(classifySource('The mayor').organisation).toBeUndefined();
  });

  it('when the outlet is the article’s own, reads it as the article itself', () => {
    expect(classifySource('U.S. News', 'U.S. News & World Report').type).toBe('self');
    // Known to no list, by the name the article gives its outlet.
    expect(classifySource('the Sportsman', 'The Sportsman')).toEqual({ type: 'self', name: 'The Sportsman' });
    expect(classifySource('the Sportsman', 'The Herald').type).not.toBe('self');
    // However the article calls it.
    expect(classifySource('This newspaper', 'The Herald')).toEqual({ type: 'self', name: 'The Herald' });
    expect(classifySource('our website')).toEqual({ type: 'self' });
    expect(classifySource('our analysis')).toEqual({ type: 'self' });
  });
});

describe('surnameOf', () => {
  it.each([
    ['Donald Trump', 'Trump'],
    ['Donald J. Trump', 'Trump'],
    ['Trump', 'Trump'],
    ['Martin Luther King Jr.', 'King'],
    ["Beto O'Rourke", "O'Rourke"],
    ['Alexandria Ocasio-Cortez', 'Ocasio-Cortez'],
    ['the coal miner', null],
    ['White House spokeswoman', null],
  ])('%s → %s', (name, surname) => {
    expect(surnameOf(name)).toBe(surname);
  });
});
