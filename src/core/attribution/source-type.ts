import { continents, countries } from 'countries-list';
import { weasels } from 'weasels';
import { outletKey, resolveKnownOutlet } from '../provenance/outlets';
import type { SourceType } from './types';
import { isAgentNoun, personNoun } from './person-nouns';
import { isKnownOrganisation } from './organisation-names';
import { sexOfGivenName } from './given-names';
import { isKnownPersonName } from './person-names';
import { isKnownPlace } from './place-names';
import { alternation, withoutSentenceStop, wordTable } from '../text/patterns';
import { DOCUMENT_MAKING, FIGURE_SIZERS, HONORIFIC, isOrganisationHead, MASTHEAD_WORD, MONTH_NAMES, NAME_PARTICLE, NEAR_BODY, ONE_MORE, ORGANISATION_HEAD } from './words';
import { isScripturePassage } from '../text/scripture';
import { isTitleWords } from './quotes';
import { isRelational } from '../classify/lexicon';

/** Words closing a name with a paper's word in it that make it no paper: "Post Office", "Standard Chartered", "Times Square". */
const NOT_MASTHEAD_TAIL = /\s(?:Office|Chartered|Life|Square|Bank|Insurance|Building|Station|Hotel|Hospital|School|Company)$/;
const OUTLET_WORD = /\b(?:News|Times|Post|Journal|Press|Tribune|Herald|Gazette|Magazine|Standard|Mirror|Chronicle|Inquirer|Dispatch|Sentinel|Examiner|Courier|Globe|Television|TV|Radio|Broadcasting|Newsweek|Observer|Telegraph|Guardian|Report|Daily|Wire)\b/;
const DOCUMENT = /\b(?:reports?|search(?:es)?|study|studies|trials?|surveys?|consultations?|analysis|analyses|document|documents|memos?|readouts?|dossiers?|manifestos?|petitions?|data|poll|polls|polling|average|averages|statements?|filings?|briefs?|letters?|records|messages|texts|minutes|assessments?|evaluations?|inspections?|appraisals?|research|findings|papers?|audits?|reviews?|transcripts?|preprints?|manuscripts?|slides?|presentations?|slide decks?|indictment|complaint|lawsuit|submissions?|commentary|op-eds?|essays?|book|article|release|figures|estimates?|forecasts?|projections?|modell?ing|census|counts?|tall(?:y|ies)|tolls?|memoirs?|biograph(?:y|ies)|autobiograph(?:y|ies)|website|posts?|tweets?|fact[- ]?checks?|video|footage|replays?|recording|images|photos|photographs|ad|ads|spot|commercial|film|documentary|editorial|column|email|emails|headline|rulings?|judg(?:e)?ments?|verdicts?|dissents?|executive orders?|accords?|agreement|treaty|act|law|resolution|charter|strategy|statistics|indicators?|speech|accounts?|testimony|warnings?|alerts?|advisory|guidance|bulletin|updates?|notice|consensus|list|spreadsheet|tracker|dashboard|tool|databases?|registry|registers?|warrants?|affidavits?|subpoenas?)\b/i;

/** "report", "website", "ad": a word naming a document, which can state or show things. */
export const isDocumentWord = (word: string): boolean => DOCUMENT.test(word);
/** Whether a capitalised name names a body: "the Office of Management and Budget", "Wells Fargo Bank", "Pfizer". */
export const namesOrganisation = (name: string): boolean => ORGANISATION.test(name) || isKnownOrganisation(name);
const ANONYMOUS = /\b(?:sources?|officials?|fact-?checkers?|authorities|insiders?|aides?|diplomats?|spokes(?:person|man|woman)|person|people|someone|analysts?|officers?|employees?|staffers?|advisers?|advisors?|residents?|communities|witnesses?|members?|MPs?|MEPs?|MSPs?)\b/i;
const ORGANISATION = /\b(?:Ministry|Ministries|Department|Agency|Council|Party|Commission|Committee|Office|Bureau|Institute|Institution|University|Club|PACs?|Corporation|Corp|Co|Company|Inc|Ltd|plc|PLC|LLC|Group|Music|Productions|Organi[sz]ation|Foundation|Government|Administration|White House|City Hall|Town Hall|County Hall|Pentagon|Kremlin|Congress|Senate|House|Court|Police|Army|Navy|Military|Taliban|Qaeda|ISIS|Islamic State|Hezbollah|NATO|UN|United Nations|RAND|Campaign|Centers?|Centres?|Association|Union|Board|Authority|Services?|Bank|Fund|Embassy|Beijing|Washington|Moscow|Kabul|Hamas|FBI|CIA|EU|Scotland Yard|Downing Street|Whitehall|Vatican|Palace|Holyrood|NHS|College|Society|Trust|Federation|Academy|Chamber|League|Labour|Tories|SNP|Lib Dems|Bundestag|Knesset|Duma|Parliament|Programme|Program|Forces|Guard|Corps|Movement|Front|Brigades?|Coalition|Alliance|Mission|Tribunal|Panel|Cabinet|Assembly|Forum|Watch|Advice|Aid|Relief|Support|Order|Energy|Motors|Steel|Mining|Chemicals|Oil|Gas|Insurance|Shipping|Engineering|Automotive|Electric|Electronics|Airlines|Research|Analytics|Consulting|Securities|Economics|Macroeconomics|Insights?|Associates|Investments|Ventures|Airways|Systems|Technologies|Pharmaceuticals|Partners|Partnerships?|Holdings|Platforms|Industries|Resources|Solutions|Logistics|Entertainment|Foods|Brands|Stores|Supermarkets|Homes|Hotels|Management|Markets|Studios|Pictures|Records|Publishing|Media|Capital|Labs|Bros|Petroleum|Weather|Robotics|Aerospace|Therapeutics|Biosciences|Rail|Railways?|Railroad|Water|Transport|Mail|Trains|Buses|Ambulance|Coastguard|Civil Defen[cs]e|Civil Protection|Red Crescent|Red Cross|Network|General Staff|No\.? 10|Number 10|HM (?=\p{Lu})|Treasury)\b/u;
/** Names news gives states that the countries-list package does not: it has "United Kingdom", "Czechia", "Türkiye". */
const OTHER_STATE_NAMES = ['Britain', 'Great Britain', 'America', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Czech Republic', 'Turkey', 'Holland', 'Burma'];
/** Countries by name, from the countries-list package: "Japan branded…", "China and Russia support…" speak as states. */
const COUNTRY = new RegExp(`\\b(?:${alternation([...Object.values(countries).map((c) => c.name), ...OTHER_STATE_NAMES])})\\b`);
/** A continent alone, speaking for its states as a capital does for its own: "Europe cannot even agree on a budget". */
const CONTINENT = new RegExp(`^(?:${alternation(Object.values(continents))})$`);
/** Whether a text names a country: "Russia", "the United States". */
export const namesCountry = (text: string): boolean => COUNTRY.test(text);
/** Capitals name their governments ("Tehran has denied…", "Beijing and Moscow"); not those that are also people's names. */
const NAME_LIKE_CAPITALS = new Set(['Hamilton', 'Victoria', 'Kingston', 'Georgetown', 'Sofia', 'Douglas', 'Stanley', 'Jamestown', 'Kingstown', 'Gustavia', 'Marigot', 'Adamstown', 'Philipsburg', 'Roseau', 'Castries']);
const CAPITAL = new Set(Object.values(countries).map((c) => c.capital).filter((c) => c && !NAME_LIKE_CAPITALS.has(c)));
export const isStateName = (part: string) => COUNTRY.exec(part)?.[0] === part || CAPITAL.has(part) || part in STATE_CALLED;
/** What the European Union goes by, its seat among them ("Brussels will slap tariffs"). */
const UNION_NAMES = ['Brussels', 'EU', 'European Union', 'European Commission'];
/** Each state's names in news: its name, the package's other names for it ("UK", "Britain"), its capital. */
const STATE_NAME_SETS = [
  // ("Washington D.C." is "Washington" as a government.)
  ...Object.values(countries).map((c) => [c.name, ...('alias' in c ? (c.alias as string[]) : []), ...(c.capital && !NAME_LIKE_CAPITALS.has(c.capital) ? [c.capital, c.capital.replace(/ D\.C\.$/, '')] : [])]),
  UNION_NAMES,
];
/**
 * The other names of the state a name stands for, its capital or the state itself: "China" for "Beijing", "Moscow"
 * for "Russia", "European Union" for "Brussels"; none for a name that is no state's.
 */
export function otherNamesOfState(name: string): string[] {
  const known = STATE_CALLED[name] ?? name;
  return STATE_NAME_SETS.filter((names) => names.includes(known)).flat().filter((n) => n !== name);
}
/** "Ministry of Foreign Affairs", "Office for National Statistics": an organisation whose name looks like a person's or a document's. */
const ORGANISATION_OF = /\b(?:Ministry|Department|Office|Bureau|Council|Committee|Commission|Institute|University|Embassy|Agency|Board|Court|Bank|Chamber|House|Centre|Center|Observatory|Foundation|Society|Association|Federation|Alliance|Coalition|Campaign|Fund|Trust|Authority|Organi[sz]ation|Conference|Union|League) (?:of|for)\b/;
/** A body's kind alone, which needs a name to say which: "Party", "Campaign" ("Police", "Government" say which on their own). */
const KIND_ALONE = /^(?:Party|Campaign|Committee|Council|Department|Ministry|Agency|Company|Union|Court|Board|Office)$/;
/** The body unnamed people are of, as an attribution's field; not a body's kind alone, capitalised to open a sentence ("Party officials"). */
const ofBody = (body: string) => (namesOrganisation(body) && !KIND_ALONE.test(body) ? { organisation: body } : {});
/** Unnamed people after the body they are of: "Labour sources", "senior Pentagon officials". */
const PEOPLE_OF_BODY = /^(?:(?:[Ss]enior|[Tt]op|[Ss]ome|[Tt]wo|[Tt]hree)\s+)?((?:\p{Lu}[\p{L}.&'’-]*\s+)+)(?:officials|sources|aides|insiders|advisers|staffers|diplomats|officers)$/u;

/** The field a post is over, between a body and the post: "Apple finance chief", "Nike marketing director". */
const FIELDS = 'finance|financial|marketing|technology|tech|operations|communications|sales|strategy|policy|research|security|investment|product|engineering|design|digital|content|editorial|legal|commercial|medical|science|data|risk|compliance';
const officeOf = (posts: string) =>
  new RegExp(String.raw`^(?:[Tt]he\s+)?(?!(?:A|An|The|Its|His|Her|Their|Our|My|Your|One|Another|Each|Every)\s)((?:\p{Lu}[\p{L}\p{N}.&’'-]*\s+)+)((?:(?:${FIELDS})\s+)?(?:${posts}))$`, 'u');
const OFFICES = 'director|chairman|chairwoman|president|secretary|general secretary|minister|governor|mayor|chief executive|CEO|chief|administrator|commissioner|attorney general|boss|manager|head coach|coach|captain|leader|owner|founder|spokesman|spokeswoman|spokesperson|Secretary General|Secretary-General|secretary general|secretary-general';
/** One office-holder named by office and organisation: "the FBI director", "the Wells Fargo chief executive". */
const OFFICE_OF = officeOf(OFFICES);
/** The same, with "official", which alone names no one ("the White House official" is unnamed) but before a name does: "Hamas official Osama Hamdan". */
const NAMED_OFFICE_OF = officeOf(`${OFFICES}|official`);
/** A body's name in the possessive, then a post: "Barclays' chief economist", "the IMF's chief economist". */
const POSSESSED_POST = /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}\p{N}.&-]*\s+)*\p{Lu}[\p{L}\p{N}.&-]*)['’]s?\s+((?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)(?:\s+of\s+[\p{Ll}\s-]+?)?(?:\s+(?:in|for)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?)$/u;
/** Roles held for a person, not in a body: "Carter's barrister", "his wife". */
const RELATIONAL_ROLE = /\b(?:barrister|lawyer|attorney|solicitor|counsel|wife|husband|son|daughter|mother|father|brother|sister|partner|friend|neighbou?r|girlfriend|boyfriend|fiancée?|widow|cousin|uncle|aunt)$/i;
/** A post "of" a body, with no name: "the chairman of the Federal Reserve", "a director at the firm". */
const POST_OF_BODY =
  /^(?:(?:the|an?|one|its|their)\s+)?((?:(?:former|deputy|vice|acting|interim|senior|top|chief|assistant|executive|managing)\s+)*(?:chairman|chairwoman|chair|president|director|head|leader|secretary|chief executive|CEO|governor|founder|editor|professor|commissioner|minister|ambassador|manager|coach|captain|dean|chancellor|treasurer|general counsel))\s+(?:of|at|for)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(\p{Lu}.*)$/u;
/** Posts named after what they are of: "Secretary of State", "Archbishop of Canterbury". */
const POST_OF = String.raw`(?:Secretary|Minister|Director|Governor|Mayor|President|Chairman|Chairwoman|Chair|Speaker|Professor|Chancellor|Commissioner|Ambassador|Dean|Head|Chief|Archbishop|Bishop) of (?:the\s+)?`;
/**
 * An office "of" somewhere before a name: "Secretary of State John Kerry", "Governor of Texas Greg Abbott",
 * "Professor of Economics Jane Smith", "Chairman of the Joint Chiefs of Staff Mark Milley".
 */
const TITLE_OF_NAME = new RegExp(
  // ("Arizona Secretary of State Adrian Fontes", "Former Secretary of State Hillary Clinton": where or when the post is, first.)
  String.raw`^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.]*\s+){0,2}${POST_OF}(?:\p{Lu}[\p{L}\p{N}&’'-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)+?)(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}’'-]+)$`,
  'u',
);
/** Such a post with no name: "The Secretary of State", "the Secretary of State for Health". */
const UNNAMED_POST_OF = new RegExp(String.raw`^[Tt]he\s+(${POST_OF}\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}’'-]*)*)$`, 'u');
/** A body named after its trade: "rail operator Trenitalia", "chipmaker Nvidia", "the rights group Amnesty International". */
const ORGANISATION_BY_TRADE = /\b(?:operator|carrier|airline|retailer|manufacturer|(?:car|auto|chip|drug|phone|steel|plane|toy|vaccine|software|truck)maker|insurer|lender|utility|company|firm|group|regulator|giant|conglomerate|start-?up|supplier|producer|bank|charity|watchdog|think ?tank|consultancy|agency|union|body|organisation|organization|service|platform|provider|society|housebuilder|brokerage|chain|publisher|broadcaster|analysts)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}&.’'?!-]*(?:\s+(?:of|for|and)\s+(?=\p{Lu})|\s*))+)$/u;
/** An outlet named after its trade: "state broadcaster ERT", "the tabloid Bild", "news agency Anadolu", "Kremlin mouthpiece RT". */
const OUTLET_BY_TRADE =
  /\b(?:broadcaster|newspaper|news agency|news site|news outlet|tabloid|daily|weekly|network|channel|station|magazine|outlet|website|site|blog|wire service|mouthpiece)\s+((?:\p{Lu}[\p{L}\p{N}&.’'-]*\s*)+(?:(?:de|del|della|dello|di|da|do|dos|du|des|von|van|der|al|el)\s+(?:\p{Lu}[\p{L}\p{N}&.’'-]*\s*)+)*)$/u;
const PRONOUN_PERSON = /^(?:he|she|i|we|you|him|her|they)$/i;
/** How a story consulted the people it cites: "who reviewed the records", "who spoke to the BBC", "interviewed by". */
const CONSULTED = /\s+(?:who\s+(?:have\s+|had\s+)?(?:reviewed|examined|analy[sz]ed|studied|inspected|spoke|talked|were\s+(?:interviewed|consulted|contacted|asked|shown))|(?:consulted|interviewed|contacted|surveyed|asked)\s+by)\s/;
const WEASEL_START = /^(?:(?:a|an) (?:growing|increasing|rising) number of|(?:thousands|hundreds|millions|dozens|scores) of (?:people|residents|users|fans|voters|parents|patients|workers|customers|viewers|readers|locals|families|citizens|americans|britons)\b|many|some|most|several|few|numerous|countless|plenty|critics|experts|scientists|observers|analysts|commentators|others|people|(?:not )?everyone|(?:not )?everybody|somebody|someone|nobody|no one|anyone|it is (?:said|believed|thought|understood)|(?:we|i) (?:am|are|was|were|have been|['’]m|['’]re|['’]ve been) told|there are (?:those|reports))\b/i;
/** Powers named only as a vague "they": "The globalists have told us…", "the elites plan…", "Big Pharma doesn't want you to know". */
const VAGUE_POWERS = /^(?:the\s+)?(?:globalist\s+)?(?:globalists|elites?|establishment|powers(?:\s+|-)that(?:\s+|-)be|deep state|cabal|mainstream media|legacy media|MSM|Big (?:Pharma|Tech|Oil|Food|Ag|Government))$/i;
// (Case matters for the body's capitals: "sources with direct knowledge of the matter" name no body; the body's trade
// may stand before its name: "Analysts at consultancy Rystad Energy".)
const AFFILIATED = /^(?:(?:[Tt]he|[Aa](?=\s+team\s)|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree|[Ff]our|[Aa] few|[Aa] group of)\s+)?(?:(?:[Ii]ndependent|[Ss]enior|[Ll]eading|[Ff]ormer|[Oo]ther|[Vv]isiting)\s+)?(\p{L}+)\s+(?:at|from|with)\s+(?:(?:the\s+)?(?!the\s)(?:\p{Ll}[\p{L}-]*\s+){1,2}(?=\p{Lu}))?((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+(?:(?:of|for)(?:\s+the)?|and|&)?\s*\p{Lu}[\p{L}\p{N}.&’'-]*)*)(?:\s+in\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*)?$/u;
/**
 * A person's name, then the body they are of: "Dr Nita Forouhi of the University of Cambridge", "Prof Smith at the
 * Institute of…" ("The Department of Health and Social Care" opens on no name).
 */
const PERSON_OF_BODY = /^(?!(?:The|A|An)\s)(?:(?:(?:Dr|Prof|Professor|Sir|Dame|Mr|Mrs|Ms)\.?\s+)+\p{Lu}[\p{Ll}'’-]+|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?)(?:\s+\p{Lu}[\p{Ll}'’-]+)?\s+(?:of|at|from)\s/u;
const FIRM_TRADE = /^(?:maker|manufacturer|producer|supplier|provider|retailer|distributor|exporter|importer|operator)$/;
const BODY_AFTER_NAME = /\s+(?:of|at|from)\s+(?:the\s+)?(\p{Lu}.*)$/u;
const WEASEL_WORDS = new Set(weasels.map((w) => w.toLowerCase()));
const TITLE = /^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Rev|Det|Insp|Supt|Ch|DCI|DI|DS|DC|PC|PCSO|SP|DSP|ASP|CSP|ACP|DCP|CP|AIG|DIG|IGP|Cllr|Councillor|Councilor|Councilman|Councilwoman|Alderman|Alderwoman|Capt|Cmdr|Maj|Brig|Adm|President|Senator|Minister|Secretary|Spokesman|Spokeswoman|Spokesperson|Chair|Chairman|Chairwoman|Director|Judge|Ambassador|Prime|Chancellor|Speaker|Governor|Mayor|Justice|Representative|Congressman|Congresswoman|CEO|Detective|Constable|Inspector|Sergeant|Superintendent|Commander|Lieutenant|Colonel|Captain|Corporal)\.?$/;
/** A player by position, in lower case ("the Nigeria international", "the Brazil striker"; not "Amnesty International"). */
const PLAYER_ROLE = /\b(?:striker|midfielder|defender|goalkeeper|keeper|winger|full-back|centre-back|center-back|international|quarterback|batsman|batter|bowler|fly-half)$/;
const PERSON_ROLE = /\b(?:nominee|head|candidate|senator|congressman|congresswoman|lawmaker|governor|president|mayor|director|judge|lawyer|attorney|executive|founder|author|writer|professor|economist|historian|scientist|doctor|mother|father|wife|husband|son|daughter|niece|nephew|widow|woman|man|voter|activist|leader|commissioner|sheriff|chief|pollster|strategist|organizer|organiser|manager|actor|actress|singer|host|anchor|moderator|rival|opponent|challenger|incumbent|running mate|minister|ambassador|envoy|chancellor|premier|king|queen|prince|princess|pope|attorney general|general|admiral|commander|prosecutor|headteacher|headmaster|headmistress|coach|captain|administrator|treasurer|comptroller|archbishop|chair|co-chair|vice-chair|convenor|convener|PM|GP)$/i;
/** "chief", "mayor": a word for a person's post or part. */
export const isPersonRole = (word: string): boolean => PERSON_ROLE.test(word);
const PEOPLE = /\b(?:voters|lawmakers|legislators|senators|protesters|demonstrators|activists|advocates|supporters|opponents|parents|workers|students|teachers|leaders|executives|economists|scientists|researchers|doctors|investigators|prosecutors|lawyers|attorneys|Democrats|Republicans|conservatives|liberals|progressives|donors|delegates|surrogates|allies|rivals|fans|families|family|personnel|victims|citizens|Americans|immigrants)$/i;
/**
 * A share of a group: "46 percent of Americans", "a majority of voters", "two-thirds of respondents"; or of those polled,
 * alone: "Only 22% said they trusted the Chancellor".
 */
const SHARE_OF_PEOPLE =
  /^(?:(?:only|just|another|about|around|nearly|almost|some|over|more than|fewer than|less than)\s+)?(?:\d[\d.,]*\s*(?:percent|per cent|%)(?:$|\s+of\s)|(?:(?:a|the)\s+(?:\w+\s+)?(?:majority|minority|plurality|third|quarter|half)|half|(?:one|two|three)-(?:thirds?|quarters?))\s+of\s)/i;
/** A party label before a name: "Democrat Hillary Clinton", "Republican Mike Pence". */
const PARTY = /^(?:Democrat|Democratic|Republican|GOP|Independent|Libertarian)$/;
/** A member of a party by the party's word: "Democrat", "Tory". */
const PARTY_MEMBER = /^(?:Democrat|Republican|Conservative|Tory|Liberal|Libertarian|Socialist|Nationalist|Unionist|Green)$/;
/** A title ("Gov.", "President", "Secretary") that may stand before a person's name and is not part of it. */
export const isTitle = (word: string) => TITLE.test(word);
/** A title, or a party ("Democrat") that may stand before a person's name and is not part of it. */
export const isTitleOrParty = (word: string) => TITLE.test(word) || PARTY.test(word);
const TITLED_SURNAME = new RegExp(`^(?:the\\s+)?(?:${TITLE.source.slice(1, -1)}\\s+)+(\\p{Lu}[\\p{L}’'-]+)$`, 'u');

/** A word for a person's trade ("Economist", "Analyst", "Filmmaker", "Forecaster"), not one that is also a first name ("Earl", "Victor"). */
// ("Mum-of-two Emma Clarke", "Father-of-three John Smith": a parent by their children, as tabloids put it.)
const isTrade = (word: string) => PERSON_ROLE.test(word) || (/(?:[iy]st|maker|ian)$/.test(word) && !!personNoun(word.toLowerCase())) || isAgentNoun(word.toLowerCase()) || PARENT_OF.test(word);
const PARENT_OF = /^(?:mum|mother|mom|dad|father|grandmother|grandfather|gran|grandma|grandad|grandpa|nan)-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;

const NUMBER_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundreds|Thousands|Dozens)(?:-\w+)?$/;
const PARTICLES = NAME_PARTICLE.source.slice(1, -1);
/** A particle of a name, spaced or hyphened ("von der", "al-"), or elided onto the word ("d'Estaing", "d’Avó"). */
const PARTICLE = String.raw`(?:${PARTICLES}(?:\s+|-)|[dl]['’])`;
/** A university's name that a campus may close after a comma: "University of California, San Francisco". */
const UNIVERSITY_OF = String.raw`Universit(?:y|ies) of \p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?`;
const BEFORE_CAMPUS = new RegExp(String.raw`${UNIVERSITY_OF},\s+$`, 'u');
/** The campus closing a university's name: ", San Francisco" of "the University of California, San Francisco". */
const CAMPUS_CLOSING = new RegExp(String.raw`(?<=${UNIVERSITY_OF}),\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$`, 'u');
/** A comma opening an apposition: not one inside a number ("3,000 voters"), nor one before a university's campus. */
const APPOSITION_COMMA = new RegExp(String.raw`(?<!${UNIVERSITY_OF}(?=,\s*\p{Lu})),(?!\d)\s*`, 'u');
/**
 * Capitalised words in a row, with initials, and (when `particles`) the lower-case particles of names before a word.
 * ("G.K. Butterfield", "J.D. Vance": initials run together open a name too.)
 */
const nameRun = (particles: string) => new RegExp(String.raw`(?<![\p{L}\p{N}'’.])(?:\p{Lu}[\p{L}'’-]+\.?|(?:\p{Lu}\.){2,3})(?:\s+${particles}(?:\p{Lu}[\p{L}'’-]+\.?|(?:\p{Lu}\.){1,3}))+`, 'gu');
const NAME_RUN = nameRun('');
/** "Majed al-Ansari", "Ursula von der Leyen": tried only where a particle stands. */
const PARTICLED_NAME_RUN = nameRun(`${PARTICLE}*`);
const HAS_PARTICLE = new RegExp(String.raw`\s${PARTICLE}\p{Lu}`, 'u');
/** A surname after its particles, as a sentence goes on to call the person: "von der Leyen", "al-Sisi". */
const PARTICLED_SURNAME = new RegExp(String.raw`^${PARTICLE}+\p{Lu}[\p{L}'’-]+$`, 'u');

/**
 * The person a span names: capitalised words in a row, after the last title
 * or party ("Former Pennsylvania Gov. Ed Rendell" is Ed Rendell, "Democrat
 * Hillary Clinton" Hillary Clinton). A possessor ("Hillary
 * Clinton’s campaign manager Robby Mook") or a name a preposition governs
 * ("The businessman from New York") qualifies the speaker and is not one.
 */
function properName(span: string): string | null {
  // Letters of any alphabet: "Ricaurte Vásquez", "Łukasz Müller" (\b would not see a word start before "Á").
  for (const m of span.matchAll(HAS_PARTICLE.test(span) ? PARTICLED_NAME_RUN : NAME_RUN)) {
    const end = m.index + m[0].length;
    // ("Retired U.S. Air Force Gen. Norman Ham": a run closing on an initial is an abbreviation's start, no name.)
    if (/\s\p{Lu}\.$/u.test(m[0])) continue;
    if (/['’]s$/.test(m[0]) || /(?:^|\s)(?:from|of|on|at|in|for|with|by)\s+$/i.test(span.slice(Math.max(0, m.index - 8), m.index))) continue;
    // ("Researchers at the University of California, San Francisco": a campus closing a university's name.)
    if (BEFORE_CAMPUS.test(span.slice(0, m.index))) continue;
    // "the New York businessman": a name before the noun it qualifies is no name of the speaker.
    if (/^\s+(?!(?:himself|herself|themselves|alone|too|also|again|both|of|from|at|in|on|for|with|by|and|or|who|whose|which|that)\b)\p{Ll}/u.test(span.slice(end, end + 14))) continue;
    const words = m[0].split(/\s+/);
    // After the last title or role with a name of two words or more after it: "Senate Majority Leader Chuck Schumer"
    // ("Martin Luther King Jr." keeps its "King").
    // ("National Security Adviser Jake Sullivan": a post of the unnamed kind, capitalised, is a role too.)
    // ("Det Con Sarah Moss": "Con" is a constable only after "Det"; Con Coughlin keeps his name.)
    const lastTitle = words.findLastIndex((w, i) => isTitleOrParty(w) || (w === 'Con' && words[i - 1] === 'Det') || ((PERSON_ROLE.test(w) || ANONYMOUS.test(w)) && /^\p{Lu}/u.test(w) && words.length - i > 2));
    // ("Ninety-three Republicans": a number opening a sentence is capitalised, not a name.)
    // ("Judge Peter Blair KC", "Jane Smith OBE": letters after a name are honours, not part of it.)
    // ("Ten Hag said": the Dutch particle opening a sentence, before a surname that is no plural.)
    const particle = words.length === 2 && words[0] === 'Ten' && !/s$/.test(words[1]);
    const name = words.slice(lastTitle + 1).filter((w) => !/^(?:The|A|An|KC|QC|OBE|MBE|CBE|PhD)$/.test(w) && (particle || !NUMBER_WORD.test(w)));
    // "Economist Jane Doe", "Filmmaker John Smith": a trade capitalised at the start is a role ("Hunter Biden" keeps his first name).
    // ("Hunter S. Thompson": a first name before an initial, whatever else the word means.)
    if (name.length >= 3 && isTrade(name[0]) && !/^\p{Lu}\.$/u.test(name[1])) name.shift();
    // ("Sir Keir Starmer" is Keir Starmer, as the article names him elsewhere; "Sir Alex" keeps the honour that names him.)
    if (name.length >= 3 && /^(?:Sir|Dame)$/.test(name[0])) name.shift();
    // ("Dr Amelia Bank", "Dame Jane Church": after a title only a person is given, a body's word is a surname.)
    const honoured = HONORIFIC.test(words[lastTitle] ?? '') || HONORIFIC.test(words[0]);
    if (name.length >= 2 && (honoured || (!ORGANISATION.test(name.join(' ')) && !OUTLET_WORD.test(name.join(' ')) && !NAMED_DOCUMENT.test(name.join(' '))))) return name.join(' ');
  }
  return null;
}

/** Firms named for two people: "Marks and Spencer", "Procter and Gamble". */
const FIRM_OF_TWO = /^(?:Marks|Procter|Johnson|Barnes|Ernst|Simon|Tate|Smith|Dolce|Abercrombie|Bang) and (?:Spencer|Gamble|Johnson|Noble|Young|Schuster|Lyle|Nephew|Gabbana|Fitch|Olufsen)$/;
const CAPITALISED_WITH_AND = /^\p{Lu}[\p{L}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|of|for|and))*\s+and\s+\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)*$/u;

/**
 * One body's name with "and" inside it, not two sources: "Department of Health and Social Care", "Office of
 * Management and Budget" (the "and" inside what the body is of or for), "Avon and Somerset Police", "Citizenship and
 * Immigration Services" (a body's head closing it), "Marks and Spencer". "Hamas and Hezbollah" are two.
 */
export function isOneBodyName(text: string): boolean {
  const bare = text.replace(/^the\s+/i, '');
  if (FIRM_OF_TWO.test(bare)) return true;
  if (!CAPITALISED_WITH_AND.test(bare)) return false;
  const bodyOf = /^(.*?)\s+(?:of|for)\s/.exec(bare)?.[1];
  return isOrganisationHead(bare.split(/\s+/).pop()!.toLowerCase()) || (!!bodyOf && !bodyOf.includes(' and ') && ORGANISATION.test(bodyOf));
}

export interface SourceReading {
  type: SourceType;
  name?: string;
  role?: string;
  organisation?: string;
}

/** The name, role and organisation a reading gives, as an attribution's fields (none when not given). */
export const readingFields = ({ name, role, organisation }: SourceReading) => ({ ...(name ? { name } : {}), ...(role ? { role } : {}), ...(organisation ? { organisation } : {}) });

/**
 * People of standing, not numbers: "senior Labour figures", "leading party figures", "senior defence figures"; one of
 * them too: "a senior Whitehall figure".
 */
const PUBLIC_FIGURES = /\b(?:[Ss]enior|[Ll]eading|[Pp]rominent)\s+(?:[\p{Ll}-]+\s+|\p{Lu}[\p{L}'’-]*\s+)?figures?\b|\b(?:[Ss]enior|[Ll]eading|[Pp]rominent|[Pp]arty|[Pp]olitical|[Oo]pposition|[Ee]stablishment|Labour|Tory|Conservative|Democratic|Republican|Liberal|Kremlin|Church|Government|Whitehall|Westminster)\s+figures\b|^(?:[Ss]enior|[Ll]eading|[Pp]rominent|[Bb]ackbench|[Rr]ebel|[Mm]oderate|[Vv]eteran|[Yy]ounger|[Oo]lder|[Ff]ellow|[Pp]rogressive|[Cc]entrist|[Hh]ard-?line|[Vv]ulnerable|[Ee]stablishment)\s+(?:Tories|Conservatives|Democrats|Republicans|Lib Dems|Liberal Democrats|Labour MPs)$/u;

/** Who is placed near a body, and where: "A source close to the foundation". */
const NEAR_PHRASE = new RegExp(String.raw`^(.+?)\s+${NEAR_BODY}\s`);

/** One unnamed person, with the body before or after: "a Home Office spokeswoman", "an official at the agency". */
const UNNAMED_OF_BODY = /^(?:[Aa]n?|[Oo]ne)\s+(?:senior\s+)?((?:(?:\p{Lu}[\p{L}.&'’-]*|(?<=No\.?\s)10)\s+(?:(?:of|for|and)\s+)?)+)?(spokes(?:person|man|woman)|official|aide|diplomat|insider|source)(?:\s+(?:for|at|of|with|from|in)\s+(.+))?$/u;

/** A quantity of people or things, and what it counts: "dozens of papers", "Small groups of protesters". */
const QUANTITY_OF = /^(?:(?:an?|the)\s+)?(?:\p{Ll}+\s+)?(?:dozens|hundreds|thousands|millions|scores|handful|number|group|groups|couple|crowd|host|band|series)\s+of\s+(.+)$/u;

/** What a market's figures are: "Shares in Northwind Group", "Sales of electric cars", "Nvidia Corp. shares". */
const MARKET_FIGURES = /^(?:(?:the|its|their)\s+)?(?:shares|stocks?|prices?|sales|profits?|revenues?|earnings|output|exports|imports|bonds|yields)\s+(?:in|of)\s|^(?:the\s+)?(?:financial\s+|money\s+)?markets$/i;
const NAMED_SHARES = /^(?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+){1,4}(?:shares|stock)$/u;

/** Evidence named by its kind alone, none in particular: "Studies show…", "Research suggests…", "History suggests otherwise". */
const UNNAMED_EVIDENCE = /^(?:studies|research|science|surveys|polls|statistics|data|reports|evidence|history|experience|common sense)$/i;
export const isUnnamedEvidence = (span: string): boolean => UNNAMED_EVIDENCE.test(span.trim());
/** The words for an outlet's own piece of reporting, in the patterns here and in article-names.ts. */
export const REPORT_WORDS = 'report|story|article|investigation|analysis|exclusive';
/** An outlet's own reporting: "report from The Washington Post", "story in the Times", "Washington Post investigation" (a poll is a document). */
const OUTLET_REPORT_OF = new RegExp(String.raw`^(?:(?:new|recent|latest|separate|earlier)\s+)?(?:${REPORT_WORDS}|piece)s?\s+(?:from|in|by)\s+(.+)$`, 'i');
const OUTLET_REPORT = new RegExp(String.raw`^(.+?)\s+(?:${REPORT_WORDS})s?$`, 'i');

/** An outlet's name in the possessive, then what is its own: "NBC's Meet the Press", "BBC Radio 4's Today programme". */
const OUTLET_PROGRAMME = /^(\p{Lu}[\p{L}\p{N}.&' -]*?)['’]s?\s+(\S.*)$/u;
/**
 * Whether what an outlet owns is a programme: one called so ("7.30 program", "Today programme", "the Sunday show"), or
 * a title in capitals that is no person's name ("Meet the Press", "Good Morning Britain"; not "Laura Kuenssberg").
 */
const isProgramme = (owned: string) =>
  /\b(?:programme|program|show|podcast|bulletin|documentary|broadcast|newscast)$/i.test(owned) || (/^\p{Lu}\p{Ll}*(?:\s+(?:the|of|and|\p{Lu}\p{Ll}*))+$/u.test(owned) && sexOfGivenName(owned.split(' ')[0]) === 'unknown');

/** A programme after its outlet's name, with no possessive: "BBC Match of the Day", "BBC Breakfast", "CNN State of the Union". */
const OUTLET_THEN_PROGRAMME = /^(\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*)??)\s+(\p{Lu}\p{Ll}+(?:(?:\s+(?:the|of|and))*\s+\p{Lu}\p{Ll}*)*)$/u;
/** A programme's title, no person's name or post in it: "Match of the Day", not "Executive Director Aaron Sharockman". */
const isProgrammeTitle = (title: string) => title.split(' ').every((w) => sexOfGivenName(w) === 'unknown' && !personNoun(w.toLowerCase()) && !isTitle(w));
/** People named by a body who are not its own: "Tesla owners", "Apple customers", "Google users". */
const OUTSIDERS = /^(?:owners|customers|clients|users|fans|drivers|buyers|subscribers|shareholders|investors|passengers|viewers|readers|listeners|critics|rivals|competitors|patients|tenants|victims)$/;
/** A station by its call sign with its medium: "2GB radio", "WTOP radio", "radio station 3AW", "KCRA TV" (not "UK radio"). */
const STATION = /^(?:(?:radio|TV|television)\s+station\s+(\d\p{Lu}{2,3}|[KW]\p{Lu}{2,3})|(\d\p{Lu}{2,3}|[KW]\p{Lu}{2,3})\s+(?:radio|TV|television)(?:\s+station)?)$/u;

/** A name ending in a kind of document: "the Doha Accords", "the U.S. Drought Monitor", "the Global Peace Index". */
const NAMED_DOCUMENT = /\b(?:(?:Executive|Court|Emergency|Restraining|Gagging) Order(?:\s+\d[\d-]*)?|Accords?|Agreement|Treaty|Act|Plan|Resolution|Charter|Strategy|Report|Monitor|Index|Tracker|(?<!\b(?:Geological|Ordnance)\s)Survey|Census|Barometer|Database|Dashboard|Register|Study|Atlas|Almanac|Yearbook|Outlook)$/;

// ("executive director of the nonprofit Center for Auto Safety": past the words that describe the body.)
// ("the leader of Hayat Tahrir al-Sham": an Arabic article hyphened to a capital stays in the name.)
const bodyAfter = (prepositions: string) =>
  new RegExp(String.raw`\b(?:${prepositions})\s+(?:(?:(?:the|a|an)\s+)?(?:(?!(?:the|a|an)\s)\p{Ll}[\p{L}-]*\s+){1,2}(?=\p{Lu}))?((?:the\s+)?\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+(?:(?:of|for|and|&)?\s*\p{Lu}|(?:al|el|ad|as|ash|at|az)-\p{Lu})[\p{L}\p{N}.&’'-]*)*)`, 'u');
const BODY_AT = bodyAfter('at');
const BODY_OF = bodyAfter('for|of|at|with|from');
/** A person told by kin, age, home or politics, then where they are from. */
const PERSON_FROM = /\b(?:father|mother|grandfather|grandmother|parent|resident|local|native|pensioner|student|voter|man|woman|boy|girl|Democrat|Republican|progressive|conservative|liberal)\b(?:\s+of\s+\w+)?\s+from\s+\p{Lu}/u;
/**
 * Words that qualify a post and open a sentence in capitals: "Regional governor", "Former director"; and a
 * government's portfolios, "Press secretary", "Defence secretary", "Foreign minister", "Opposition leader".
 */
const PORTFOLIOS = 'Press|Defence|Defense|Health|Foreign|Home|Justice|Education|Transport|Environment|Culture|Business|Trade|Energy|Interior|Agriculture|Housing|Immigration|Opposition|Shadow|Economy|Tourism|Industry|Welfare|Sports?';
const POST_MODIFIER = new RegExp(String.raw`^(?:Regional|Local|Provincial|Former|Deputy|Acting|Interim|Senior|Chief|State|Federal|County|City|District|Assistant|Executive|Managing|Vice|Team|Project|Shift|Site|Store|Branch|Head|Lead|General|Principal|${PORTFOLIOS}|(?:${FIELDS.replace(/(?<=^|\|)\w/g, (c) => c.toUpperCase())}))$`);

/**
 * A maker's name without the outlet it made the document for, "YouGov for The Times", "Ipsos for the BBC", or the month
 * it made it in, "SSRS in August".
 */
function bareMaker(maker: string): string {
  const madeFor = /^(.+?)\s+for\s+(.+)$/.exec(maker);
  return madeFor && resolveKnownOutlet(madeFor[2]) ? madeFor[1] : maker.replace(MADE_IN_MONTH, '');
}
const MADE_IN_MONTH = new RegExp(String.raw`\s+in\s+(?:${MONTH_NAMES})\b.*$`);

/**
 * The body that made a document, named after "from" or "by": "Figures from the Office for National Statistics", "A
 * survey of 2,000 adults by Ipsos" (one capitalised word there is a body, not a person so called); none for a person
 * named in full ("a report by John Smith") or for no name.
 */
function makerOf(phrase: string): { organisation?: string } {
  const named = /\s(?:from|by)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+(?:of|for|and|&)?\s*\p{Lu}[\p{L}\p{N}.&’'-]*)*)$/u.exec(phrase)?.[1];
  if (!named) return {};
  const maker = bareMaker(named);
  const reading = classifySource(maker);
  if (reading.type === 'organisation' || reading.type === 'outlet') return { organisation: reading.name ?? maker };
  // (An acronym no list knows is a body too: "the G7".)
  const acronym = /^(?:the\s+)?(\p{Lu}[\p{Lu}\d]{1,6})$/u.exec(maker)?.[1];
  return (reading.type === 'person' && !/\s/.test(maker)) || (reading.type === 'unknown' && acronym) ? { organisation: acronym ?? maker } : {};
}

/**
 * The body a document is named by right before its word: "A YouGov poll", "Eurostat data", "the Gallup survey"; none
 * for "Government statistics" or "Court records", nor for "the Trump campaign memo" (a person's campaign, no body called
 * Trump).
 */
function namedMaker(phrase: string): { organisation?: string } {
  const m = /^((?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Ll]atest|[Nn]ew|[Rr]ecent|[Ll]eaked|[Ii]nternal)\s+)*)(?!(?:A|An|The|This|That|Its|Their|His|Her|Our|My|Your)\s)(\p{Lu}[\p{L}&-]*(?:\s+(?:(?:of|for|and|&)\s+)?\p{Lu}[\p{L}&-]*){0,4})\s+[\p{Ll}-]+$/u.exec(phrase);
  const name = m?.[2];
  if (!name || isRelational(name.toLowerCase()) || GENERIC_MAKER.test(name) || KIND_ALONE.test(name) || NATIONAL_ADJECTIVE.test(name)) return {};
  const reading = classifySource(name);
  // (One word opening the phrase may be any word capitalised to open the sentence, "Instant polls", unless it is
  // written as a name only is: "LSEG data", "YouGov".)
  const oneName = !/\s/.test(name) && (m![1] !== '' || /^\p{Lu}[\p{L}]*\p{Lu}/u.test(name));
  return reading.type === 'organisation' || reading.type === 'outlet' || (reading.type === 'person' && oneName) ? { organisation: reading.name ?? name } : {};
}
/** "British", "Chinese", "Israeli": a nationality before a document's word names no body. */
const NATIONAL_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ese|i|ish|ch)$/u;
/** Capitalised words before a document's that name no one body. */
const GENERIC_MAKER = /^(?:Government|Official|Internal|Leaked|New|Latest|Recent|Federal|State|National|Public|Police|Company|Party|Census|Exit|Opinion|Independent|Democratic|Republican)$/;

/** The body a role names: "a senior defense analyst for RAND" → "RAND", "Professor of History at Yale" → "Yale". */
const organisationIn = (role: string): string | undefined => {
  // ("the IFS director", "Apple's chief executive": the body named before its post; not a client's "Carter's barrister".)
  const office = RELATIONAL_ROLE.test(role) ? null : (NAMED_OFFICE_OF.exec(role) ?? POSSESSED_POST.exec(role));
  // ("Regional governor", "Former director": a word of the post capitalised at the sentence's start is no body.)
  if (office && POST_MODIFIER.test(office[1].trim())) return undefined;
  // ("Chinese leader", "Russian leader": where the post is, no body; a party's adjective is its party.)
  if (office && isRelational(office[1].trim().toLowerCase()) && !/^(?:Republican|Democratic)$/.test(office[1].trim())) return undefined;
  // ("Clinton spokesman Nick Merrill", "Clinton communications director Jennifer Palmieri": a person's spokesman speaks
  // for no body called Clinton; "Kremlin spokesman" does.)
  if (office && /^(?:spokes|secretary[\s-]general|communications)/i.test(office[2]) && !namesOrganisation(office[1].trim())) return undefined;
  // ("Former Arsenal captain": the body without the word that dates the post.)
  if (office) return office[1].trim().replace(/['’]s?$/, '').replace(/^(?:(?:Former|Ex|Then|Acting|Interim|Deputy)\s+)+/, '');
  const of = BODY_OF.exec(role)?.[1];
  // ("Professor of History at Yale": a subject in one word is no body; "director of the Institute for Policy
  // Integrity at New York University" keeps the institute.)
  const body = of && !/\s/.test(of) && !ORGANISATION.test(of) ? (BODY_AT.exec(role)?.[1] ?? of) : of;
  // ("a father of three from Leicester", "the progressive from New York": where a person is from is no body.)
  if (body && PERSON_FROM.test(role) && !ORGANISATION.test(body)) return undefined;
  if (!body) return undefined;
  // ("a spokesperson for the LHCb collaboration", "an adviser at the Clinton campaign": a body's kind in lower case after
  // a name that is no body's on its own is part of it; "a lawyer for the Smith family" speaks for no body.)
  // (Or its kind in a few words: "the chair of the Treasury select committee" is of a committee, not of the Treasury.)
  const after = /^(?:\s+[\p{Ll}-]+){1,3}(?=$|[\s,.])/u.exec(role.slice(role.indexOf(body) + body.length))?.[0].trim().split(/\s+/) ?? [];
  if (after[0] === 'family') return undefined;
  const isKind = (w: string) => isOrganisationHead(w) || /^(?:collaboration|consortium|experiment|project)$/.test(w);
  // (After a possessor, its one word only: "West Virginia's environmental protection agency" is of the state.)
  const kindEnd = (/['’]s$/.test(body) ? after.slice(0, 1) : after).findIndex(isKind);
  const kind = kindEnd >= 0 ? after.slice(0, kindEnd + 1).join(' ') : undefined;
  const named = kind && (!namesOrganisation(body) || /committee$/.test(kind)) ? `${body} ${kind}` : body;
  // ("the lawyer for West Virginia's environmental protection agency": the possessor, without its "'s".)
  return named.replace(/['’]s?$/, '');
};

/**
 * What kind of source a span names: an outlet, a named person (with role and
 * organisation when an apposition gives them), an organisation, anonymous
 * sources, a weasel ("many believe"), a document, or the article itself.
 */
export function classifySource(span: string, articleOutlet: string | null = null): SourceReading {
  // The rules below ask the same spans many times over (every cue's subject checks its kind): read each once.
  const key = `${articleOutlet ?? ''}\u0000${span}`;
  const cached = READINGS.get(key);
  if (cached) return cached;
  if (READINGS.size >= 20_000) READINGS.clear();
  const reading = Object.freeze(plainNames(readSource(span, articleOutlet)));
  READINGS.set(key, reading);
  return reading;
}

const READINGS = new Map<string, SourceReading>();

/**
 * The words of a post in lower case, without "the": "former deputy prime minister", "chief executive"; else the
 * word that names it ("the 34-year-old father" is a father).
 */
function postOf(core: string, word: string): string {
  const post = core.replace(/^(?:the|his|her|their|its)\s+/i, '');
  return /^\p{Ll}+(?:[\s-]\p{Ll}+){1,3}$/u.test(post) && post.endsWith(word.toLowerCase()) ? post : word;
}

/** A name without the words for a trade opening it: "Developer Barratt Homes", "Activist investor Elliott Management". */
function nameWithoutTrade(name: string): string {
  const words = name.split(' ');
  // (A capitalised one opens the sentence before a name of two words at least: "Fisher Investments" is one name.)
  const trade = words.slice(0, 3).findIndex((w, j) => isAgentNoun(w.toLowerCase()) && /^\p{Lu}/u.test(words[j + 1] ?? '') && (/^\p{Ll}/u.test(w) || (j === 0 && words.length >= 3)));
  return trade >= 0 ? words.slice(trade + 1).join(' ') : name;
}

/**
 * A reading's names as sources are grouped by: a body without the trade written before it ("oil broker PVM" → "PVM",
 * "the force's Homicide and Major Enquiry Team" → the team) or after it ("the Resolution Foundation think tank" →
 * "Resolution Foundation"), and a state by the one name its names share ("the U.S" → "United States").
 */
function plainNames(reading: SourceReading): SourceReading {
  const organisation = reading.organisation && /^(?!the\s)(?:[\p{Ll}'’-]+\s+)+(\p{Lu}.*)$/u.exec(reading.organisation)?.[1];
  // ("WKBT-TV in Wisconsin reported": a station by its name, without where it broadcasts.)
  const name = reading.type === 'organisation' && reading.name ? bodyName(reading.name) : reading.type === 'outlet' && reading.name ? reading.name.replace(/\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u, '') : reading.name;
  return { ...reading, ...(name ? { name } : {}), ...(organisation ? { organisation } : {}) };
}

function bodyName(full: string): string {
  // ("the British Retail Consortium, the industry's trade body": what the apposition says of a body is no part of its name.)
  // ("Northwind Energy plc", "Apple Inc.": the legal form is no part of the name the article calls it by.)
  // ("Kyushu Electric Power Co." too; not "Goldman Sachs & Co.", whose "Co." is the name's.)
  // ("the Britain-based Syrian Observatory for Human Rights": nor is where it is based.)
  // ("the department's Bureau of Labor Statistics": nor the body it belongs to, by its kind.)
  const name = full
    .replace(/,\s+(?:the|an?)\s.*$/, '')
    .replace(/(?<!&),?\s+(?:plc|PLC|Inc\.?|Ltd\.?|LLC|Corp\.?|Co\.)$/, '')
    .replace(/^[\p{L}.-]+-based\s+(?=\p{Lu})/u, '')
    .replace(/^\p{Ll}+['’]s\s+(?=\p{Lu}\p{Ll}+\s+(?:of|for)\s+\p{Lu})/u, '');
  // (Only after a name that is a body's on its own: "the Trump campaign", "the Obama administration" keep theirs.)
  const kindAfter = /^(\p{Lu}.*?)\s+(?:think ?tank|company|firm|charity|consultancy)$/u.exec(name);
  // ("the Chinese foreign ministry" is the Chinese Ministry of Foreign Affairs another story names in full.)
  const foreignMinistry = /^(\p{Lu}\p{Ll}+)\s+[Ff]oreign\s+[Mm]inistry$/u.exec(name);
  if (foreignMinistry) return `${foreignMinistry[1]} Ministry of Foreign Affairs`;
  return kindAfter && namesOrganisation(kindAfter[1]) ? kindAfter[1] : (STATE_CALLED[name] ?? name);
}

/**
 * Names no person has: one that closes on its country or reach ("Cancer Research UK", "Age UK", "Amnesty
 * International"), a campaign against something ("Surfers Against Sewage", "Mothers Against Drunk Driving"), charities and campaigns known by one made-up word ("Oxfam", "Greenpeace"), the Joint Chiefs of
 * Staff, the surveys that map a country ("the U.S. Geological Survey"), two names joined by "&" ("Marks &
 * Spencer", "Johnson & Johnson"), and the firms named after their founders that read as a person or a plural
 * ("Goldman Sachs said", "Wells Fargo declined to comment"), and a name closing on a plus ("OPEC+", "Disney+", "Canal+").
 */
const BODY_NAME =
  /^(?:(?:\p{Lu}[\p{L}&'’-]*\s+)+(?:UK|US|USA|International|Worldwide|Global)|(?:\p{Lu}[\p{L}'’-]*\s+)+Against(?:\s+\p{Lu}[\p{L}'’-]*)+|Oxfam|Greenpeace|Unicef|Mencap|Médecins Sans Frontières|Medecins Sans Frontieres|(?:the )?Red Crescent|Barnardo['’]s|Amnesty|Joint Chiefs of Staff|(?:\p{Lu}[\p{L}.]*\s+)*(?:Geological|Ordnance)\s+Survey|\p{Lu}[\p{L}'’]*\s*&\s*\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*)*|Goldman Sachs|Morgan Stanley|Wells Fargo|Coca-Cola|Rolls-Royce|Hewlett-Packard|Mercedes-Benz|Anheuser-Busch|Harley-Davidson|Rio Tinto|Merrill Lynch|Charles Schwab|Lehman Brothers|Raymond James|Edward Jones|JPMorgan(?: Chase)?|Deloitte|Lloyds(?: Bank(?:ing Group)?)?|Barclays|Sainsbury['’]s|Morrisons|Waitrose|\p{Lu}[\p{L}\p{N}&'’ -]*\+)$/u;

/** Two full names joined by "and", each opening on a given name: "Chris Larkin and Toby Stephens" ("Marks and Spencer" is one body). */
function isTwoPeople(text: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'’-]+\s+and\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'’-]+$/u.exec(text);
  return !!m && sexOfGivenName(m[1]) !== 'unknown' && sexOfGivenName(m[2]) !== 'unknown';
}

const PEERAGE = /^(?:[Tt]he\s+)?(?:(?:Duke|Prince|King|Earl)\s+and\s+(?:Duchess|Princess|Queen|Countess)|Duke|Duchess|Prince|Princess|Earl|Countess|Marquess|Marchioness)\s+of\s+\p{Lu}\p{L}+$/u;

/** A street, or a street and its town: "Elm Road", "Elm Road, Swindon". */
const ADDRESS = /,|\b(?:Road|Street|Avenue|Lane|Close|Drive|Crescent|Gardens|Terrace)$/;

/** A name in the possessive, then a name of what is theirs: "Shore Capital's Clive Black", "Elon Musk's xAI". */
const NAME_AFTER_POSSESSOR = /^(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)*?)['’]s?\s+(\p{L}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*)*)$/u;

const POSSESSIVE_NAME = /^(?:\p{Lu}[\p{L}.&-]*\s+)*\p{Lu}[\p{L}.&-]*['’]s(?:\s+\p{Lu}[\p{L}&-]*)?$/u;

/** A name in the possessive of one or two words, then what is theirs: "Spain's El País", "South Korea's Yonhap". */
const STATE_POSSESSIVE = /^(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)['’]s?\s+(.+)$/u;

/** A nation's adjective: "Iranian", "Chinese", "Israeli", "British", "French". */
const NATIONALITY = String.raw`\p{Lu}\p{Ll}+(?:an|ese|i|ish|ch)`;
const UNNAMED_MEDIA = new RegExp(String.raw`^(?:(?:[Ll]ocal|[Ss]tate|[Ss]tate-(?:run|owned|backed|linked|controlled|affiliated)|[Gg]overnment-(?:run|owned|backed|linked|controlled)|[Oo]fficial|[Nn]ational|[Rr]egional|[Ff]oreign|[Ii]nternational|[Ww]estern|[Mm]ainstream|${NATIONALITY})\s+){1,3}(?:media|press|television|TV|radio|broadcasters?|newspapers|tabloids|outlets)$`, 'u');

const CAMEL_CASE_BRAND = /^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|Fitz)\p{Lu})\p{L}*\p{Ll}\p{Lu}[\p{L}\p{N}]*$/u;
const INSTITUTION_NAME =
  /^(?:the\s+)?(?:National|Federal|Natural|Historic|Public|Central|Civil|Supreme|Metropolitan|International|Global|European|British|Scottish|Welsh|Irish|English|American|Northern|Southern|Eastern|Western|Greater|United|Associated|Royal)(?:\s+\p{Lu}[\p{L}&'’-]*){1,3}$/u;

/** ("SIC television", "Israel's Channel 12 television", "RTP radio": a channel by its name, then its medium.) */
const OUTLET_BEFORE_TRADE = /^(?:(?:\p{Lu}[\p{L}.]*\s+)?\p{Lu}[\p{L}.]*['’]s?\s+)?(?:[\p{Ll}-]+\s+)*(\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’-]*|\d+))*)\s+(?:news agency|news service|wire service|newspaper|news channel|news site|broadcaster|television|TV|radio)$/u;
/** A country's own agency or broadcaster, unnamed: "Lebanon's state news agency", "Iran's state broadcaster". */
const STATE_OUTLET = /^\p{Lu}[\p{L}.]*['’]s?\s+(?:[\p{Ll}-]+\s+)*(?:news agency|news service|wire service|broadcaster|television|TV|radio)$/u;
/** Reports by outlets left unnamed: "media reports", "Turkish press reports", "reports in Turkey", "local reports". */
const UNNAMED_REPORTS = new RegExp(String.raw`^((?:(?:[Ll]ocal|[Nn]ational|[Ff]oreign|[Ii]nternational|[Ww]estern|[Ss]tate|[Ss]tate-run|[Pp]ress|[Mm]edia|[Nn]ews|[Nn]ewspaper|[Tt]elevision|TV|${NATIONALITY})\s+)+)?reports(?:\s+(?:in|from)\s+(?:the\s+)?(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?))?$`, 'u');
/** One of those with no country: "the state news agency", "the official broadcaster". */
const UNNAMED_OUTLET = /^(?:[\p{Ll}-]+\s+)+(?:news agency|news service|wire service|broadcaster)$/u;

/** A newspaper's name: capitalised words, then a masthead's word ("Bristol Post", "Northern Echo", "Kansas City Star"). */
const MASTHEAD = new RegExp(String.raw`^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}${MASTHEAD_WORD}$`, 'u');

const OUTLET_DESK = /^(.+?)\s+(?:Fact[- ]?Check(?:er|ing)?|Verify|Reality Check|Investigates)$/;

/** "other outlets", "several news outlets", "mainstream media outlets", "some newspapers": outlets in the plural, none named. */
const UNNAMED_OUTLETS = /^(?:[A-Za-z][\w-]*\s+){0,3}(?:outlets|newspapers|tabloids|publications|broadcasters|networks)$|^(?:Sunday|[Mm]orning|[Ww]eekend|[Nn]ational|[Ll]ocal)\s+papers$/;

/** Experts by a nation, or by a sneer: "Western analysts", "so-called scientists", "the self-styled experts". */
const NATIONAL_EXPERTS = new RegExp(String.raw`^(?:${NATIONALITY}|Western|Foreign|Independent|Other|(?:[Tt]he\s+)?(?:[Ss]o-called|[Ss]elf-(?:styled|proclaimed)))\s+(?:experts|analysts|observers|commentators|critics|scientists|scholars)$`, 'u');

const ONE_MORE_OPENING = new RegExp(String.raw`^${ONE_MORE}\s`, 'i');
/** A stance told of someone in apposition: "a frequent critic of the leadership", "a longtime supporter of Trump". */
const STANCE_TOLD = /^(?:an?|the)\s+(?:[\p{Ll}-]+\s+)*(?:critic|supporter|opponent|advocate|ally|backer|foe|admirer|champion)\s+of\b/u;

/** A share of a group named before: "most of them", "many of whom". */
const SHARE_OF_THEM = /^(?:most|many|some|several|few|all|half|both|none|two|three)\s+of\s+(?:them|those|these|us|whom)$/i;
/** The parties a story has told of, taken together or in turn: "Neither side", "Both companies", "each camp". */
const BOTH_SIDES = /^(?:neither|both|either|each)\s+(?:side|sides|party|parties|camp|camps|team|teams|government|governments|country|countries|company|companies|firm|firms|club|clubs|campaign|campaigns)$/i;
/** A number or a share of a group named after "of": "One of the doctors", "some of his aides". */
const PARTITIVE = /^(?:one|two|three|four|five|six|several|some|many|most|a few|few|all|none|each|any|both|a number|dozens|hundreds)\s+of\s+(?:the|his|her|their|its|our|those|these)\s+(.+)$/i;
const ONE_OF_THEM = new RegExp(String.raw`^(?:one(?: of them)?|${ONE_MORE})$`, 'i');
/**
 * One unnamed person of many: "a lawyer", "one frustrated fan", "another commenter", "a third user" (not
 * "Another RT America host, Abby Martin", named in apposition).
 */
const isOneOfMany = (head: string, apposition: string) =>
  /^(?:an?|one)\s/i.test(head) || (ONE_MORE_OPENING.test(head) && !properName(apposition));

/** A document and who made it: "study published in The Lancet", "analysis released by the VA", "survey carried out by YouGov", "footage released Tuesday by police". */
const MADE_DOCUMENT = new RegExp(String.raw`^(?:[\p{L}\d-]+\s+)*?([\p{L}-]+)\s+(?:${DOCUMENT_MAKING.join('|')})(?:\s+out)?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|last\s+\p{L}+|this\s+\p{L}+|earlier))?\s+(?:in|by)\s+(?:[Tt]he\s+(?:journal\s+)?)?(.+)$`, 'u');

/** A name, then the people or bodies that are its own: "Saudi Arabia and its OPEC+ allies", "Biden and his aides". */
const WITH_THEIR_OWN = /^(\p{Lu}[^,]*?)\s+and\s+(?:its|his|her|their)\s+[^,\s]+(?:\s+[^,\s]+){0,2}$/u;

const SIZED_FIGURE = new RegExp(String.raw`^(?:${[...FIGURE_SIZERS, 'only', 'just'].join('|')})\s+(?=\d)`, 'i');

/** "Hurricane Ida", "Typhoon Haiyan", "Tropical Storm Alberto", "Storm Ciarán": weather, named as people are. */
export const isNamedStorm = (text: string) => /^(?:Hurricane|Typhoon|Cyclone|(?:Tropical |Winter |Super)?[Ss]torm|Superstorm)\s+\p{Lu}/u.test(text);

/** What a club adds to its home's name: a plural that names no one ("Cowboys", "Bulls", not "Roberts"), or a football club's word. */
const CLUB_NAME = /^(?:(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+s|United|City|Rovers|Athletic|Wanderers|Albion|County|Town|FC)$/u;

/**
 * A club named by its home, then its own name: "Dallas Cowboys", "New York Yankees", "Manchester United"; or by its
 * own name, no one's given name, then its home: "Atletico Madrid", "Bayern Munich", "Inter Milan".
 */
export function isClubOfPlace(name: string): boolean {
  const words = name.split(' ');
  if (words.length === 2 && isKnownPlace(words[1]) && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && sexOfGivenName(words[0]) === 'unknown' && !isKnownPersonName(words[0]) && !isTitleOrParty(words[0])) return true;
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const rest = words.slice(n).join(' ');
    if (isKnownPlace(words.slice(0, n).join(' ')) && CLUB_NAME.test(rest) && !isKnownPersonName(words[words.length - 1])) return true;
  }
  return false;
}

/** A city, region or country by name, which no body's word names: "Leeds", "Oklahoma", "Mexico". */
const isPlace = (name: string) => (isKnownPlace(name) || COUNTRY.test(name)) && !namesOrganisation(name);

/** Plural people "of", "for", "without" or "against" something, in title case: "Friends of the Earth", "Physicians for Human Rights". */
const PEOPLE_FOR = /^(\p{Lu}\p{Ll}+s)\s+(of|for|without|against|Of|For|Without|Against)\s+((?:the\s+)?(\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)*)$/u;

/**
 * A body named for its people and their cause ("Friends of the Earth", "Physicians for Human Rights", "Doctors Without
 * Borders", "Veterans of Foreign Wars"), not people of a place, a body or a person ("Residents of Leeds", "Members of
 * the Senate", "Fans of Taylor Swift"): the people's noun then a cause in capitals, the preposition capitalised, the
 * cause of two words or more, or a thing with "the".
 */
function isPeopleForACause(text: string): boolean {
  const m = PEOPLE_FOR.exec(text);
  if (!m || personNoun(m[1].toLowerCase()) !== 'plural') return false;
  const [, , preposition, cause, first] = m;
  if (namesOrganisation(cause) || isPlace(cause.replace(/^the\s+/, '')) || sexOfGivenName(first) !== 'unknown') return false;
  // ("Parents of the Victims" in a headline's capitals: people of people.)
  return !personNoun(first.toLowerCase()) && (/^\p{Lu}/u.test(preposition) || cause.split(/\s+/).length >= 2);
}

/** One state by the names news gives it, as one source: "the U.S", "US", "America" are the United States. */
const STATE_CALLED = wordTable({
  US: 'United States', 'U.S.': 'United States', 'U.S': 'United States', USA: 'United States', 'U.S.A.': 'United States', America: 'United States', 'United States': 'United States',
  UK: 'United Kingdom', 'U.K.': 'United Kingdom', Britain: 'United Kingdom', 'Great Britain': 'United Kingdom', 'United Kingdom': 'United Kingdom',
});

/** One person of a kind, then their full name: "One resident, Linda Park". */
const ONE_OF_A_KIND_NAMED = /^((?:[Oo]ne|[Aa]n?|[Aa]nother)\s+[\p{Ll}-]+),\s+(\p{Lu}\p{Ll}+)((?:\s+\p{Lu}[\p{L}'’-]+)+)$/u;

/** Whether a title stands before the last word of a name: "Law Minister Arjun Ram Meghwal". */
const titledName = (name: string) => name.trim().split(/\s+/).slice(0, -1).some(isTitle);

/** A charity or a campaign named for its cause, in capitals: "Save the Children", "Stop the War Coalition", "Keep Britain Tidy". */
const CAMPAIGN_NAME = /^(?:Save|Stop|Keep|Protect|Free|Feed|Help|Fight|End)\s+(?:the\s+|[Oo]ur\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*$/u;
/** A body named by the places it serves, its commas no apposition: "Barking, Havering and Redbridge University Hospitals NHS Trust". */
const PLACES_SERVED = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}'’-]*(?:,\s+\p{Lu}[\p{L}'’-]*)+\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+)+(\p{Lu}\p{L}+))$/u;
/** The body someone works with, unnamed: "her publisher", "his record label", "their employer" ("his agent" is a person). */
const THEIR_BODY = /^(?:his|her|their)\s+(?:publishers?|(?:record\s+)?label|employers?|club)$/i;
/** "the release of political prisoners": the act of releasing, no press release. */
const RELEASE_OF = /^(?:(?:the|a|its|their|his|her|this)\s+)?release\s+of\s/;
/** The article's own outlet by a word for it, or its own work: "this newspaper", "our website", "our analysis". */
const OWN_OUTLET = /^(?:(?:this|our) (?:newspaper|paper|website|site|magazine|publication|programme|program|station|network|newsroom)|our (?:own )?(?:analysis|reporting|investigation|research|calculations?|survey|poll|review|count|tally))$/i;

function readSource(span: string, articleOutlet: string | null): SourceReading {
  // ("…, said Ariana Huichapa.": the sentence's stop, which the tokenizer left on the name, is no part of it.)
  // ("Klaus Schwab himself admitted it", "the president himself said": the stress is no part of who spoke.)
  // ("the Santa Clara, California-based company": read as "the California-based company", the town no name of the body.)
  // ("The Child Poverty Action Group (CPAG) analysis": read without the body's short name in brackets.)
  const text = withoutSentenceStop(span.replace(/\s+/g, ' ').trim())
    .replace(/\s+\(\p{Lu}[\p{L}&]{1,9}\)(?=\s+\p{L})/u, '')
    .replace(/(?<=\S)\s+(?:himself|herself|themselves|itself)$/i, '')
    .replace(/^((?:[Tt]he\s+)?)\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*,\s+(?=\p{Lu}[\p{L}.]*-based\s)/u, '$1');
  const bare = text.replace(/^(?:the|a|an|its|their)\s+/i, '');
  if (CONTINENT.test(bare)) return { type: 'organisation', name: bare };
  // ("Liberal Democrats said": the British party in capitals, not a name of two words.)
  if (bare === 'Liberal Democrats') return { type: 'organisation', name: bare };
  // ("The opposition has alleged…": the parties out of power, as one body.)
  if (/^the opposition$/i.test(text)) return { type: 'organisation', name: 'opposition' };
  // ("Critics, including Texas Governor Greg Abbott": the one named among them, no weasel.)
  const among = /^(.+?),\s+including\s+(.+)$/.exec(text);
  const includedReading = among ? classifySource(among[2], articleOutlet) : null;
  if (includedReading?.name && ['person', 'organisation', 'outlet'].includes(includedReading.type)) return includedReading;
  // ("One resident, Linda Park", "One official, John Smith": a person of a kind, then named in full.)
  const kindThenName = ONE_OF_A_KIND_NAMED.exec(text);
  if (kindThenName && sexOfGivenName(kindThenName[2]) !== 'unknown') return { type: 'person', name: kindThenName[2] + kindThenName[3], role: kindThenName[1] };
  // "a report from The Washington Post", "a Washington Post investigation": the outlet's own reporting.
  const reported = OUTLET_REPORT_OF.exec(bare) ?? OUTLET_REPORT.exec(bare);
  // "the state-run IRNA news agency", "the Tasnim news agency": an outlet by its name, then its trade.
  const beforeTrade = OUTLET_BEFORE_TRADE.exec(bare);
  // "Reuters Fact Check", "BBC Verify": an outlet's desk is the outlet.
  const desk = OUTLET_DESK.exec(bare);
  // "NBC's Meet the Press", "ABC's 7.30 program", "the BBC's Today programme": an outlet's programme is the outlet.
  const programme = OUTLET_PROGRAMME.exec(bare);
  const afterName = OUTLET_THEN_PROGRAMME.exec(bare);
  // "Spain's El País", "Italy's Corriere della Sera": a country's paper, by its name.
  const national = STATE_POSSESSIVE.exec(bare);
  const found =
    resolveKnownOutlet(bare) ??
    resolveKnownOutlet(text) ??
    (reported && resolveKnownOutlet(reported[1])) ??
    (beforeTrade && resolveKnownOutlet(beforeTrade[1])) ??
    (desk && resolveKnownOutlet(desk[1])) ??
    (programme && isProgramme(programme[2]) ? resolveKnownOutlet(programme[1]) : null) ??
    (national && isStateName(national[1]) ? resolveKnownOutlet(national[2]) : null) ??
    (afterName && isProgrammeTitle(afterName[2]) ? resolveKnownOutlet(afterName[1]) : null);
  // (An outlet's name keeps its capitals: "the guardian", "the sun", "the mirror" are words; a domain, or "dpa", is
  // written in lower case.)
  const known = found && (/\p{Lu}|\.\w/u.test(bare) || found.name === bare) ? found : null;
  if (known) {
    const own = articleOutlet && resolveKnownOutlet(articleOutlet)?.name === known.name;
    return { type: own ? 'self' : 'outlet', name: known.name };
  }
  // "…, the Sportsman understands": the article's own outlet by its name, known to no list.
  if (articleOutlet && /^\p{Lu}/u.test(bare) && outletKey(bare) === outletKey(articleOutlet.replace(/^the\s+/i, ''))) return { type: 'self', name: articleOutlet };
  // ("This newspaper has long argued", "our paper revealed": the article's own outlet, however it is called.)
  if (OWN_OUTLET.test(text)) return { type: 'self', ...(articleOutlet ? { name: articleOutlet } : {}) };
  if (beforeTrade) return { type: 'outlet', name: beforeTrade[1] };
  const station = STATION.exec(bare);
  if (station) return { type: 'outlet', name: station[1] ?? station[2] };
  if (STATE_OUTLET.test(bare) && namesCountry(bare)) return { type: 'outlet', name: bare };
  if (UNNAMED_OUTLET.test(bare)) return { type: 'anonymous' };
  // "media reports", "Turkish reports", "reports in Turkey": outlets' reports, the outlets unnamed.
  const reportsOf = UNNAMED_REPORTS.exec(bare);
  if (reportsOf && (reportsOf[1] || (reportsOf[2] && (namesCountry(reportsOf[2]) || isPlace(reportsOf[2]))))) return { type: 'anonymous' };
  if (PRONOUN_PERSON.test(text)) return { type: 'person' };
  // "Ezekiel 38 tells us…": scripture is cited as a document is.
  if (isScripturePassage(text)) return { type: 'document', name: text };
  if (isPeopleForACause(bare) || CAMPAIGN_NAME.test(text)) return { type: 'organisation', name: bare };
  if (/^(?:it|this|that|which|who)$/i.test(text) && text !== 'WHO') return { type: 'unknown' };
  // ("X did not respond to a request for comment": the platform, once Twitter.)
  if (text === 'X') return { type: 'organisation', name: 'X' };
  // A market's figures say nothing; the markets are no one ("Markets expect a cut").
  if (MARKET_FIGURES.test(text) || NAMED_SHARES.test(text) || isNamedStorm(text)) return { type: 'unknown' };
  // "…, with one saying the council had failed", "Another said:", "A third added:": one of the people just spoken of, unnamed.
  if (ONE_OF_THEM.test(text)) return { type: 'anonymous' };
  // "…3,000 responses, most of them opposed", "protesters, many of them students, said": a share of a group just
  // told of, not opinion at large.
  if (SHARE_OF_THEM.test(text)) return { type: 'anonymous' };
  // "Neither side has commented", "Both companies declined": the parties just told of, each unnamed here; so are "the
  // couple", "the pair".
  // ("Both told me…": the two just told of, not a person called Both.)
  if (BOTH_SIDES.test(text) || /^[Tt]he\s+(?:couple|pair|duo|trio|brothers|sisters|twins)$|^(?:[Bb]oth|[Ee]ach)(?:\s+(?:men|women|of them))?$/.test(text)) return { type: 'anonymous' };
  // "the star said": one person by what they are famous as (not "The Star", a paper).
  if (/^[Tt]he\s+(?:star|celebrity|singer-songwriter|presenter|influencer)$/.test(text)) return { type: 'person', role: text.slice(4) };
  // ("Love Island star reveals…", "a Strictly star": one of a show's or a team's stars, unnamed in a headline.)
  if (/^(?:(?:[Tt]he|[Aa])\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}star$/u.test(text)) return { type: 'person', role: bare };
  // "Experts who reviewed the records for ProPublica", "analysts consulted by The Times": people the story consulted,
  // unnamed but no vague appeal.
  const consulted = CONSULTED.exec(text);
  if (consulted && classifySource(text.slice(0, consulted.index), articleOutlet).type === 'weasel') return { type: 'anonymous' };
  // "A doctor who signed the letter": who the clause is about, not what it tells of them (unless it tells what unnamed
  // people know: "people who have heard those discussions", as "people familiar with the matter" below).
  const relative = /^(.+?)\s+[Ww]ho\s+\S/.exec(text);
  if (relative && !(ANONYMOUS.test(relative[1]) && NEAR_PHRASE.test(text))) return classifySource(relative[1], articleOutlet);
  // "One of the doctors", "two of his aides": unnamed members of a group of people, whatever the group; "one of the
  // studies" is a document.
  // ("One of the docs who sent the letter": the group before what a clause says of it.)
  const members = PARTITIVE.exec(text)?.[1].replace(/\s+(?:who|that|which)\s.*$/, '');
  if (members) {
    const group = classifySource(members, articleOutlet).type;
    const head = members.split(/\s+/).at(-1)!.toLowerCase();
    if (group === 'document' || isDocumentWord(head)) return { type: 'document' };
    if (group === 'anonymous' || group === 'weasel' || (group === 'person' && personNoun(head) === 'plural')) return { type: 'anonymous' };
  }
  // "@festivalfan99 tweeted": an account's handle, a person by the only name given.
  if (/^@\w{1,30}$/.test(text)) return { type: 'person', name: text };
  // "About 62% of voters", "Some 40 per cent of members": a figure sized is as precise a count as the figure.
  const sized = SIZED_FIGURE.exec(text);
  if (sized) return readSource(text.slice(sized[0].length), articleOutlet);
  // "Saudi Arabia and its OPEC+ allies", "Biden and his aides": the named one leads, and names the source.
  const leader = WITH_THEIR_OWN.exec(text)?.[1];
  const led = leader && classifySource(leader, articleOutlet);
  if (led && led.name) return led;
  const placesServed = PLACES_SERVED.exec(text);
  if (placesServed && isOrganisationHead(placesServed[2].toLowerCase())) return { type: 'organisation', name: placesServed[1] };
  // ("a survey of more than 3,000 voters": a comma inside a number splits nothing, nor one before a university's
  // campus: "the team at the University of California, San Francisco".)
  const [head, ...rest] = text.split(APPOSITION_COMMA);
  // An age or a party tag is no role: "shopkeeper Dave Morris, 58", "Tom Fry, 45, a builder", "Sen. Mitch McConnell, R-Ky., a veteran…".
  // (Nor are honours after a name: "His lawyer, Sarah Green KC".)
  const apposition = rest.join(', ').replace(/^(?:\d+|[RDI]-[A-Z][\w.]*)(?:,\s*|$)/, '').replace(/\s+(?:KC|QC|OBE|MBE|CBE|PhD)$/, '');
  // ("The report, Growing Up Poor", "Her memoir, A Different Kind of Power": a work and its title.)
  if (apposition && isDocumentWord(head.split(/\s+/).pop()!.toLowerCase()) && isTitleWords(apposition.split(/\s+/))) return { type: 'document', name: apposition };
  // ("Aoki, 67, told…": a name with an age is a person's, whatever the lists know of it.)
  if (/^\p{Lu}[\p{L}'’-]+$/u.test(head) && /^\d{1,3}$/.test(rest[0] ?? '') && rest.length === 1 && !ORGANISATION.test(head)) return { type: 'person', name: head };
  // "Chris Larkin and Toby Stephens", "Her sons, Chris Larkin and Toby Stephens": two people named together.
  if (isTwoPeople(text)) return { type: 'person', name: text };
  // "the Duke of Sussex", "The Duke and Duchess of Sussex", "the Prince and Princess of Wales": a peer, or a couple,
  // by their titles.
  if (PEERAGE.test(text)) return { type: 'person', name: text.replace(/^the\s+/i, '') };
  // "Smith et al.": a work's authors, by the first one's name.
  if (/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+et al\.?$/u.test(text)) return { type: 'person', name: text };
  if (isTwoPeople(apposition) && /^(?:her|his|their|the)\s/i.test(head)) return { type: 'person', name: apposition, role: head.replace(/^(?:her|his|their|the)\s+/i, '') };
  // "the 29-year-old": one person the article has told of, by age; "a 29-year-old" is one unnamed.
  const aged = /^(the|an?)\s+(\d+-year-old)$/i.exec(text);
  if (aged) return /^the$/i.test(aged[1]) ? { type: 'person', role: aged[2] } : { type: 'anonymous' };
  // "The MP", "the Labour MP": one member, the one the article has named ("an MP", "MPs" stay unnamed).
  if (/^[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:MP|MSP|MEP|MLA)$/u.test(text)) return { type: 'person', role: text.replace(/^[Tt]he\s+/, '') };
  // "A source close to the foundation", "people familiar with the matter": unnamed, whoever they are near; not a weasel.
  const near = NEAR_PHRASE.exec(head);
  if (near && (ANONYMOUS.test(near[1]) || /^those$/i.test(near[1])) && !properName(near[1])) return { type: 'anonymous' };
  // "Analysts at Wedbush", "experts from Harvard University": unnamed people of a named body; not a weasel.
  // ("The team at the University of Leeds": its researchers, no body called "team at…".)
  // ("Researchers at the University of California, San Francisco": the campus closing the university's name is its.)
  const campus = CAMPUS_CLOSING.exec(head)?.[0] ?? '';
  const affiliated = AFFILIATED.exec(head.slice(0, head.length - campus.length));
  if (affiliated && (personNoun(affiliated[1].toLowerCase()) === 'plural' || ANONYMOUS.test(affiliated[1]) || affiliated[1] === 'team')) return { type: 'anonymous', organisation: affiliated[2] + campus };
  // "state media reported", "Israeli media said", "local television": outlets left unnamed.
  if (UNNAMED_MEDIA.test(bare) || UNNAMED_OUTLETS.test(bare)) return { type: 'anonymous' };
  // "Chinese experts said", "Western analysts believe": a nation's experts at large are as vague as "experts".
  if (WEASEL_START.test(text) || NATIONAL_EXPERTS.test(text) || VAGUE_POWERS.test(text) || isUnnamedEvidence(text)) return { type: 'weasel' };
  // "Senior Labour figures" are people, not statistics, of the body named ("a senior Whitehall figure").
  if (PUBLIC_FIGURES.test(text)) {
    const body = /(\p{Lu}[\p{L}'’-]*)\s+figures?\b/u.exec(text)?.[1];
    return { type: 'anonymous', ...(body && namesOrganisation(body) ? ofBody(body) : {}) };
  }
  // "Tesla's head of vehicle engineering, Lars Moravy", "Her neighbour, Gareth Evans": the role first, then the name in apposition.
  const named = properName(apposition);
  // ("The UN Secretary-General, António Guterres", "The Prime Minister, Keir Starmer": the post in capitals; "The Police
  // Public Relations Officer, Omolola Odutola", an officer's post so, though "officers" are people unnamed.)
  // (Where it is held, in lower case, is no part of it: "The Police Public Relations Officer in the state, SP Omolola Odutola".)
  const postTitle = head.replace(/\s+(?:in|of|for|at)\s+the\s+\p{Ll}+$/u, '');
  const postInCapitals = /^[Tt]he\s+(?:\p{Lu}[\p{L}.&'’-]*\s+)*\p{Lu}[\p{L}-]*$/u.test(postTitle) && (PERSON_ROLE.test(postTitle) || TITLE.test(postTitle.split(/[\s-]/).pop()!) || / Officer$/.test(postTitle));
  // ("A UN spokesman, Stéphane Dujarric", "The UN secretary-general, António Guterres": the body's name before the post.)
  // (Not a post in capitals itself: "The Spokesman of the command, DSP Abimbola Oyeyemi".)
  const capitalsBefore = /^(?:[Tt]he|[Aa]n?)\s+((?:\p{Lu}[\p{L}.&'’-]*\s+){1,3})\p{Ll}/u.exec(head)?.[1].trim();
  const bodyBefore = capitalsBefore && !TITLE.test(capitalsBefore) && !PERSON_ROLE.test(capitalsBefore) ? capitalsBefore : undefined;
  const roleInWords = !properName(head.replace(/^(?:The|An?)\s+/, '')) && (bodyBefore || /^(?:(?:[Tt]he|[Aa]n?|[Aa]nother|[Hh]er|[Hh]is|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y)\s+)?(?:(?:\p{Lu}[\p{L}.&'’-]*\s+)*\p{Lu}[\p{L}.&'’-]*['’]s\s+)?\p{Ll}/u.test(head));
  // ("The manufacturer, Solco Healthcare": a word for a body's kind, then a name no one is given, is the body; see below.)
  // (Not a post of a body: "the head of the city's military administration, Tymur Tkachenko".)
  const bodyKindFirst = /^(?:the|its|their)\s/i.test(head) && !/\s(?:of|for|at)\s/.test(head) && isOrganisationHead(head.split(' ').pop()!.toLowerCase()) && !!named && sexOfGivenName(named.split(' ')[0]) === 'unknown';
  if (named && !bodyKindFirst && /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(apposition.slice(0, -named.length)) && (postInCapitals || roleInWords)) {
    // ("Carter's barrister, Anna Price", "Smith's wife, Ann": a client or kin, no body.)
    // ("NHS England's medical director, Stephen Powis": a body's name of more than one word.)
    const possessor = RELATIONAL_ROLE.test(head) ? undefined : /^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.&'’-]*\s+)*\p{Lu}[\p{L}.&'’-]*)['’]s\s/u.exec(head)?.[1];
    return { type: 'person', name: named, role: head.replace(/^(?:her|his|its|their|our|my)\s+/i, ''), organisation: possessor ?? bodyBefore ?? organisationIn(head) };
  }
  // "A Department of Health spokesperson", "a spokesman for the ministry": one unnamed person of a named body.
  // "A member of the jury", "Member of House panel", "members of the committee": unnamed people of a body
  // (not "Member of Parliament Jo Cox", named; nor "members of the public").
  const member = /^(?:(?:an?|one|two|three|several|some|other|many|the)\s+)?members?\s+of\s+(?:the\s+)?(.+)$/i.exec(head);
  const bodyEnds = (body: string) => !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(body) || isOrganisationHead(body.split(' ').pop()?.toLowerCase() ?? '');
  if (member && !apposition && member[1] !== 'public' && bodyEnds(member[1])) return { type: 'anonymous', organisation: member[1] };
  const unnamed = UNNAMED_OF_BODY.exec(head);
  if (unnamed && !apposition) return { type: 'anonymous', organisation: (unnamed[1] ?? unnamed[3])?.trim().replace(/^the\s+(?=\p{Lu})/u, '') };
  const titled = TITLE_OF_NAME.exec(head);
  if (titled) return { type: 'person', name: titled[2], role: titled[1].trim() };
  // "The Home Secretary", "The Prime Minister", "the Bank of England Governor": a post in capitals, its holder unnamed here.
  if ((postInCapitals || UNNAMED_POST_OF.test(head)) && !apposition) return { type: 'person', role: head.replace(/^[Tt]he\s+/, '') };
  const office = OFFICE_OF.exec(head);
  // ("Texas' governor": the possessive's apostrophe is no part of the body.)
  if (office) return { type: 'person', role: office[2], organisation: office[1].trim().replace(/['’]s?$/, '') };
  // "Barclays' chief economist", "Iran's foreign minister": any post of a body named in the possessive (a person's
  // is no body: "Trump's chief strategist").
  const bodysPost = POSSESSED_POST.exec(head);
  // ("The UK's biggest retailer" is a firm.)
  if (bodysPost && personNoun(bodysPost[3].toLowerCase()) === 'singular' && !FIRM_TRADE.test(bodysPost[3]) && !RELATIONAL_ROLE.test(bodysPost[2]) && classifySource(bodysPost[1]).type !== 'person') {
    return { type: 'person', role: bodysPost[2], organisation: bodysPost[1] };
  }
  // "the chairman of the Federal Reserve", "chairman of the Senate Finance Committee": one office-holder of a body.
  // ("President of the United States" opens a sentence in capitals; "Professor of Economics Jane Smith" is named.)
  const heldPost = POST_OF_BODY.exec(head.replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
  if (heldPost && !apposition && classifySource(heldPost[2]).type !== 'person') return /^(?:an?|one)\s/i.test(head) ? { type: 'anonymous', organisation: heldPost[2] } : { type: 'person', role: heldPost[1], organisation: heldPost[2] };
  // "Consumer group the Consumer Council for Water": the body by its name, after its trade.
  // (Not the body someone is of: "Tamas Varga of oil broker PVM", "the chief executive of airline Ryanair".)
  const tradeMatch = ORGANISATION_BY_TRADE.exec(head.replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
  // (Nor a title and a name after the word: "Union Law Minister Arjun Ram Meghwal" is the minister.)
  // ("Industry analysts Cornwall Insight": analysts before a body's name are the body; before a person's, the person.)
  const byTrade = tradeMatch && !titledName(tradeMatch[1]) && (!/^analysts\s/.test(tradeMatch[0]) || namesOrganisation(tradeMatch[1].trim())) && !/\s(?:of|at|from|with|for)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)*$/u.test(` ${head.slice(0, tradeMatch.index)}`) ? tradeMatch : null;
  // "Data from the American Community Survey", "A report by the GAO", "new research from the University of
  // Leeds": the document, whoever made it.
  const opening = /^(?:(?:new|latest|recent|leaked|internal)\s+)?(\w+)\s+(?:from|of|by|in|on|involving|covering)\s/i.exec(bare);
  if (opening && DOCUMENT.test(opening[1]) && !RELEASE_OF.test(bare)) return { type: 'document', ...makerOf(bare) };
  // "a study published in The Lancet", "research conducted by the Center for…": the document, and who made it.
  const made = MADE_DOCUMENT.exec(bare);
  if (made && isDocumentWord(made[1])) return { type: 'document', organisation: bareMaker(made[2]) };
  // ("lead author Dr Melody Ding of the University of Sydney": a person of the body, past their trade in lower case.)
  const trade = /^(?:[\p{Ll}-]+\s+){1,3}/u.exec(head)?.[0];
  const pastTrade = trade && isTrade(trade.trim().split(/\s+/).pop()!) ? head.slice(trade.length) : head;
  // ("An Institute for Fiscal Studies report", "A Bank of England analysis": a document the body's name qualifies, read
  // here when the name's "of" or "for" would cut the phrase's core short below; a name without one is read there.)
  const lastWord = head.split(' ').pop() ?? '';
  const documentOfBody = /\s(?:of|for)\s/.test(head) && /^[a-z]/.test(lastWord) && DOCUMENT.test(lastWord) ? namedMaker(head) : {};
  if (documentOfBody.organisation) return { type: 'document', ...documentOfBody };
  if (ORGANISATION_OF.test(head) && !PERSON_OF_BODY.test(pastTrade)) return { type: 'organisation', name: byTrade?.[1].trim() ?? bare };
  // The phrase's head, before what qualifies it: "average" in "The Real Clear Politics average of polls"; after a
  // quantity, what is counted: "dozens of papers", "a small group of rich donors".
  const counted = QUANTITY_OF.exec(head.replace(/^\p{Lu}/u, (c) => c.toLowerCase()))?.[1];
  const core = (counted ?? head).replace(/\s+(?:of|for|at|in|from|with|to|by|across|around|near|along|outside|inside|throughout|among)\s.*$/, '');
  // "The Doha Accords", "the Integrated Country Strategy for Afghanistan": a named document.
  if (NAMED_DOCUMENT.test(core)) return { type: 'document', name: bare };
  // "Japan", "China and Russia", "Tehran": states and their capitals; "Japanese officials" are people, below.
  if (bare.split(/\s*(?:,|\band\b|&)\s*/).every(isStateName)) return { type: 'organisation', name: bare };
  // ("New Mexico reported", "Ontario announced", "the Dallas Cowboys said", "Manchester United confirmed": a region
  // speaks as its government, and a club by its home's name is a body, not a person called so.)
  if (isKnownPlace(bare) || isClubOfPlace(bare)) return { type: 'organisation', name: bare };
  const headWord = core.split(' ').pop() ?? '';
  if (/^[a-z]/.test(headWord) && DOCUMENT.test(headWord) && !RELEASE_OF.test(head)) {
    const named = namedMaker(core);
    // ("A joint statement from the G7": or after "from" or "by".)
    return { type: 'document', ...(named.organisation ? named : makerOf(bare)) };
  }
  const outletByTrade = OUTLET_BY_TRADE.exec(head);
  if (outletByTrade) return { type: 'outlet', name: outletByTrade[1].trim() };
  // "the Bristol Post", "the Oxford Mail", "the Northern Echo": a local paper, by its town and its masthead's word.
  if (MASTHEAD.test(bare) && bare !== 'Royal Mail') return { type: 'outlet', name: bare };
  // "rail operator Trenitalia", "aviation analytics firm Cirium": the body is named by the capitalised words after its trade.
  if (byTrade) return { type: 'organisation', name: byTrade[1].trim() };
  const bodyName = head.replace(/^the\s+/i, '');
  if (BODY_NAME.test(bodyName) || isKnownOrganisation(bodyName)) return { type: 'organisation', name: bodyName };
  // "Shore Capital's Clive Black", "Jefferies' Jane Doe": a person, after the body they speak for; "Elon Musk's xAI",
  // "Rupert Murdoch's News Corp", "Musk's Tesla": a body named after the person who owns it.
  const possessed = NAME_AFTER_POSSESSOR.exec(bodyName);
  if (possessed) {
    const [, possessor, owned] = possessed;
    // ("Ukraine's General Staff": a state's body, whose name would read as a man's, "General" being a given name too.)
    if (ORGANISATION.test(owned) && isStateName(possessor)) return { type: 'organisation', name: bodyName };
    const given = /^(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{L}'’-]+$/u.exec(owned)?.[1];
    if (given && sexOfGivenName(given) !== 'unknown') return { type: 'person', name: owned, organisation: possessor };
    // (A name owned, with a capital: "xAI", "News Corp"; "Newsom's office" is his office, no body called "office".)
    // ("the Information Commissioner's Office", "the Mayor's Office": a post's office is a body named with the post.)
    if (!isTrade(owned) && /\p{Lu}/u.test(owned) && classifySource(possessor).type === 'person' && !isPersonRole(possessor)) {
      // ("Alzheimer's Society", "Barnardo's Trust": a body's kind alone after the name is the body's whole name.)
      if (!owned.includes(' ') && isOrganisationHead(owned.toLowerCase())) return { type: 'organisation', name: bodyName };
      const body = classifySource(owned, articleOutlet);
      if (body.type === 'organisation' || body.type === 'outlet') return body;
      // (One word after a full name: "Elon Musk's Tesla"; "Lloyd's List" is one name.)
      // ("Mr Carter's family" is his kin, no body.)
      if (!owned.includes(' ') && possessor.includes(' ') && /^\p{Lu}/u.test(owned)) return { type: 'organisation', name: owned };
    }
  }
  // "McDonald's said", "Lloyd's List reported", "Women's Aid warned": a name in the possessive, alone or before one
  // more capitalised word, is a firm's or a charity's; a person's goes on to what is theirs ("Trump's Lawyer" is a role).
  if (POSSESSIVE_NAME.test(bodyName) && !isTrade(bodyName.split(' ').pop()!)) return { type: 'organisation', name: bodyName };
  // The apposition's noun and the body after it: "a professor" and "Harvard" in "Smith, a professor at Harvard".
  const [, post, preposition, postBody] = /^(.*?)(?:\s+(at|of|by|from|for|on|in|with)\s+(?:the\s+)?(.*))?$/.exec(apposition)!;
  const appositionHead = post.split(' ').pop()!;
  const bodyOfPost = postBody && /^(?:at|of|for|with|from)$/.test(preposition) && /^\p{Lu}/u.test(postBody) ? postBody : undefined;
  // "AP VoteCast, a survey of more than 3,000 voters": a name, then the document it is.
  if (/^\p{Lu}/u.test(head) && /^(?:an?|the)\s/i.test(apposition) && isDocumentWord(appositionHead.toLowerCase())) return { type: 'document', name: head.replace(/^the\s+/i, '') };
  // "OpenAI", "YouTube", "PayPal", "eBay": one word with a capital inside names a brand ("McConnell", "DeSantis" are names).
  if (CAMEL_CASE_BRAND.test(bare)) return { type: 'organisation', name: bare };
  // "National Grid", "Federal Reserve", "Scottish Power", "Natural England": a body whose name opens on a word no one is called.
  if (INSTITUTION_NAME.test(head) && !OUTLET_WORD.test(head) && !ANONYMOUS.test(head)) return { type: 'organisation', name: bare };
  if (isOneBodyName(bare)) return { type: 'organisation', name: bare };
  const name = properName(head);
  // "The Morning Brief", "The Rolling Stones", "the European Forest Fire Information System": no person's name
  // follows "the" alone.
  if (name && /^the\s/i.test(head) && head.slice(4).trim() === name) return { type: 'organisation', name };
  // "The U.S. Preventive Services Task Force": a name of three words or more closing on a body's head names the
  // body, whatever stands before it.
  const nameWords = name?.split(' ') ?? [];
  // (Of two, when no one is given the first as a name: "Heathrow Airport", "Dubai Airports"; "Paul Temple" is a man.)
  const bodyOfTwo = nameWords.length === 2 && !isTitleOrParty(nameWords[0]) && sexOfGivenName(nameWords[0]) === 'unknown' && !isKnownPersonName(nameWords[0]);
  if (!apposition && (nameWords.length >= 3 || bodyOfTwo) && isOrganisationHead(nameWords.at(-1)!.toLowerCase())) return { type: 'organisation', name: bare };
  // "UK Finance, the trade body", "Ofgem, the energy regulator": a name no one is given, then the body it is.
  // (A short one: "Minyon Moore, a senior adviser to the Clinton campaign" is an adviser.)
  const bodyApposition = /^(?:an?|the)(?:\s+[^\s]+){1,4}$/i.test(post) && !/\sto\s/.test(post) && (isOrganisationHead(appositionHead.toLowerCase()) || FIRM_TRADE.test(appositionHead));
  if (name && bodyApposition && sexOfGivenName(name.split(' ')[0]) === 'unknown') return { type: 'organisation', name: bodyName };
  if (name && !ANONYMOUS.test(name)) {
    // Where someone is from is their body, not their role: "Det Insp Laura Bennett, of Avon and Somerset Police".
    // ("Judge Peter Blair KC": honours after the name are neither name nor role.)
    // ("Lead author Prof James Ellery", "lead author Professor Paul Roderick", "Finance chief Cllr Tony Dyer": "Prof" and
    // "Cllr" are the role only when nothing else is.)
    const beside = head.replace(name, '').replace(/\b(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s*|\s*\b(?:KC|QC|OBE|MBE|CBE|PhD)\b|(?<=\S)\s+(?:Prof\.?|Professor|Cllr\.?|Councillor)(?=\s*$)/g, '');
    // ("Unite general secretary Sharon Graham, a frequent critic of the leadership": the post before the name, not a
    // stance told of them after it.)
    const given = apposition && !(STANCE_TOLD.test(apposition) && beside.trim()) ? apposition : beside.trim();
    // ("Prof Jane Ellis at the Institute of Cancer Research": a title kept as the role, the body after it.)
    // ("Apple's senior vice president of hardware engineering John Ternus": what a post is of, in lower case, is its
    // portfolio, part of the role; case-sensitive, as /iu would read \p{Ll} as any letter.)
    const from = (apposition ? /^(?:of|from|at)\s+(?:the\s+)?(.+)$/i : /(?:^|\s)(?:[Oo]f|[Ff]rom|[Aa]t)\s+(?:[Tt]he\s+)?(?!\p{Ll})(.+)$/u).exec(given)?.[1];
    const role = (from ? beside.replace(/(?:^|\s+)(?:of|from|at)\s.*$/i, '').trim() : given) || undefined;
    // ("Dr. Anne Murray of the University of Minnesota, a co-author": the body before the apposition.)
    const fromHead = apposition ? /(?:^|\s)(?:of|from|at)\s+(?:the\s+)?(\p{Lu}.+)$/iu.exec(beside.trim())?.[1] : undefined;
    // ("John Barker, 54, of Elm Road, Swindon": where someone lives is no body; nor is a place someone is "from" or
    // "of": "John Smith, from Leeds", "Sen. James Lankford of Oklahoma".)
    // (After an age, "of" gives where they live, whatever the place: "Callum Price, 24, of Fishponds".)
    const aged = /^\d{1,3}$/.test(rest[0] ?? '') && /^of\s/i.test(apposition);
    const fromPlace = from && /(?:^|\s)(?:from|of)\s+(?:the\s+)?$/i.test(given.slice(0, given.length - from.length)) && ((aged && !namesOrganisation(from)) || isPlace(from));
    const affiliation = from && !ADDRESS.test(from) && !fromPlace ? from : undefined;
    // ("Vivienne Stern, its chief executive": the post, without whose it is.)
    return { type: 'person', name, role: role?.replace(/\s+/g, ' ').replace(/^(?:its|their)\s+/i, ''), organisation: affiliation ?? (fromHead && !isPlace(fromHead) ? fromHead : undefined) ?? (role && organisationIn(role)) };
  }
  // "Mr. Clarke", "Gov. Abbott": a title before one name.
  // ("Dr Smith of the University of Leeds": the body they are of is no part of the name.)
  const body = BODY_AFTER_NAME.exec(head);
  const titledSurname = TITLED_SURNAME.exec(body ? head.slice(0, body.index) : head);
  // ("the Justice Department": a title's word before a body's head names a body; "Mr Court" is a man.)
  // ("Mr Reyes, Chelsea manager": the apposition is the role.)
  if (titledSurname && (!isOrganisationHead(titledSurname[1].toLowerCase()) || HONORIFIC.test(head.split(' ')[0]))) return { type: 'person', name: titledSurname[1], role: apposition || undefined, organisation: body?.[1] ?? (apposition ? organisationIn(apposition) : undefined) };
  // "The regulator, Ofwat", "The production company, Mosfilm": a body's kind, then its name.
  // ("The UN agency for Palestinian refugees, UNRWA": the kind's head stands before what it is for.)
  if (/^(?:the|its|their)\s/i.test(head) && isOrganisationHead(headWord) && /^\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}$/u.test(apposition)) return { type: 'organisation', name: apposition };
  // "The Clinton campaign", "the Trump administration": a body named by its leader ("the head of the union" is a person).
  // ("the authorities", like "Authorities" and "officials", are unnamed people: see ANONYMOUS below.)
  // ("Gov. Gavin Newsom's office": named without the leader's title.)
  if (isOrganisationHead(core) && !ANONYMOUS.test(headWord)) return { type: 'organisation', name: bare.replace(/^(\S+)\s+(?=\p{Lu}[^']*['’]s\s)/u, (m, w: string) => (isTitleOrParty(w) ? '' : m)) };
  // "Ofcom, the media regulator": a name, then the body it is ("Jones, the head of the union" is a person).
  const headName = head.replace(/^the\s+/i, '');
  // ("Acme, a maker of hand tools": a firm by its trade.)
  if (apposition && /^\p{Lu}/u.test(headName) && (isOrganisationHead(appositionHead) || FIRM_TRADE.test(appositionHead))) return { type: 'organisation', name: headName };
  // "Smith, a company director", "Smith, a professor at Harvard": one name, then the person's role and body.
  if (/^\p{Lu}\p{Ll}+$/u.test(headName) && /^(?:an?|the)\s/i.test(apposition) && (personNoun(appositionHead.toLowerCase()) === 'singular' || PERSON_ROLE.test(appositionHead))) {
    return { type: 'person', name: headName, role: apposition, organisation: bodyOfPost };
  }
  if (THEIR_BODY.test(text)) return { type: 'organisation' };
  // "The iPhone maker", "the sportswear maker": a firm by what it makes ("the policy maker" is a person).
  const maker = /^(?:the|its|their)\s+(?:[\p{L}&'’-]+\s+){1,2}maker$/iu.test(head) && !/\b(?:policy|decision|film|movie|law|peace|trouble|king|match|deal|rule|money|home|noise|mischief|music|game)\s+maker$/i.test(head);
  if (maker) return { type: 'organisation', name: bare };
  // "the film maker", "policy makers": people by what they make (the film is no document here).
  const makers = /^(?:(?:the|a|an|one|its|their)\s+)?((?:[\p{L}&'’-]+\s+){0,2}maker)(s?)$/iu.exec(head);
  if (makers) return makers[2] || isOneOfMany(head, apposition) ? { type: 'anonymous' } : { type: 'person', role: makers[1] };
  // "The Republican nominee", "Scott's niece": one person by role; "a lawyer" is unnamed.
  const role = PERSON_ROLE.exec(core) ?? PLAYER_ROLE.exec(core);
  if (role) return isOneOfMany(head, apposition) ? { type: 'anonymous' } : { type: 'person', role: postOf(core, role[0]) };
  // "Younger black voters", "Republicans": a group of people, none named; so is a share of them ("46 percent of Americans").
  // ("The Conservatives accused her…": with "the" and its capital, the British party, not conservatives at large.)
  if (/^[Tt]he (?:Conservatives|Liberal Democrats|Greens)$/.test(text)) return { type: 'organisation', name: text.slice(4) };
  // ("City planning staff", "Staff": a body's people; "the General Staff" is a body, its name in capitals.)
  const staff = /(?:^|\s)staff$/i.test(core) && !/\sStaff$/.test(core);
  // ("Goldman Sachs strategists", "Apple executives": unnamed people of a body the lists know by name; not its customers,
  // "Tesla owners".)
  const ofKnownBody = /^(?:the\s+)?(\p{Lu}.*?)\s+(\p{Ll}+)$/u.exec(bare);
  if (ofKnownBody && !apposition && personNoun(ofKnownBody[2]) === 'plural' && !OUTSIDERS.test(ofKnownBody[2]) && isKnownOrganisation(ofKnownBody[1])) return { type: 'anonymous', organisation: ofKnownBody[1] };
  if (PEOPLE.test(core) || SHARE_OF_PEOPLE.test(text) || staff) return { type: 'anonymous' };
  // ("Counterpoint Research", "Pew Research Center": a body's name, whatever document word is in it.)
  const bodyByName = /^\p{Lu}[\p{L}.&'’-]*(?:\s+(?:(?:of|for|on|and)\s+)?\p{Lu}[\p{L}.&'’-]*)+$/u.test(bare) && ORGANISATION.test(bare);
  if (DOCUMENT.test(bare) && !bodyByName && !RELEASE_OF.test(bare) && !ANONYMOUS.test(bare.split(' ').slice(-1)[0] ?? '')) {
    // ("Military law experts", "Report authors", "the report's author": people, whatever their field's word.)
    const people = /^\p{Ll}/u.test(headWord) ? personNoun(headWord) : undefined;
    return people === 'plural' ? { type: 'anonymous' } : people ? { type: 'person', role: headWord } : { type: 'document' };
  }
  if (ANONYMOUS.test(text)) {
    // ("Labour sources", "Pentagon officials", "Downing Street sources": unnamed people of a body named before them.)
    const body = PEOPLE_OF_BODY.exec(text)?.[1].trim();
    return { type: 'anonymous', ...(body ? ofBody(body) : {}) };
  }
  // ("KTLA-TV", "WGN-TV in Chicago": a broadcaster by its call sign.)
  if (/^[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)\b/.test(bare)) return { type: 'outlet', name: bare };
  // ("The Post Office", "Standard Chartered", "Standard Life": a paper's word before a word no masthead closes on.)
  if (OUTLET_WORD.test(text) && /^[A-Z]/.test(bare)) return { type: NOT_MASTHEAD_TAIL.test(bare) ? 'organisation' : 'outlet', name: bare };
  // "The DGAC, France's civil aviation authority": the body by its name, before what the apposition says of it.
  // (A country after a preposition is where, not who: "weak demand in China".)
  // "Labour strategists", "NHS bosses": unnamed people of a body.
  const peopleOf = /^(.+)\s+(\p{Ll}+)$/u.exec(bare);
  // ("50 Labour backbenchers": the count is no part of the body.)
  // ("One Labour backbencher", "a Tory peer": one of them, unnamed.)
  const oneOf = peopleOf && /^(?:one|an?|another)\s/i.test(peopleOf[1]) && personNoun(peopleOf[2]) === 'singular';
  if (peopleOf && !apposition && ORGANISATION.test(peopleOf[1]) && (personNoun(peopleOf[2]) === 'plural' || oneOf)) {
    // ("Pro-Kremlin bloggers": people for or against a body, none of its own.)
    if (/^(?:pro|anti)-/i.test(peopleOf[1])) return { type: 'anonymous' };
    const body = peopleOf[1].replace(/^(?:\d[\d,.]*|one|an?|another|two|three|four|five|six|seven|eight|nine|ten|several|some|many|most|few|other)\s+/i, '');
    return { type: 'anonymous', ...ofBody(body) };
  }
  // ("Developer Barratt Homes": the body's name, without its trade.)
  // ("The plant's owner, Northern Steel": a body's name after the words for what it is.)
  const namedAfter = apposition && /^\p{Ll}/u.test(head.replace(/^(?:the|its|their)\s+/i, '')) && namesOrganisation(apposition) ? apposition : undefined;
  if (ORGANISATION.test(text) || COUNTRY.test(core) || /^(?:[Tt]he\s+)?[A-Z][A-Z.]{1,}$/.test(text)) return { type: 'organisation', name: namedAfter ?? (apposition && /^\p{Lu}/u.test(headName) ? headName : nameWithoutTrade(bare)) };
  // Any other noun WordNet files under people: "fellow physicians", "both presidential candidates", "the coal miner".
  // "Ministers said": a plural for people, capitalised only because it opens the sentence ("Matthews", "Davies", "Ellis"
  // are surnames, though WordNet files "Matthew", "Davy", "Elli" under people).
  const capitalisedPlural = personNoun(headWord.toLowerCase()) === 'plural' && !isKnownPersonName(headWord);
  const person = personNoun(headWord) ?? (capitalisedPlural ? 'plural' : undefined);
  if (person === 'plural' || (person && isOneOfMany(head, apposition))) return { type: 'anonymous' };
  if (person) return { type: 'person', role: postOf(core, headWord) };
  if (text.split(' ').some((w) => WEASEL_WORDS.has(w.toLowerCase())) && !/[A-Z]/.test(bare.slice(1))) return { type: 'weasel' };
  // "the prophet Daniel", "economist Smith": a person's noun, then one name.
  // "Mr Sharma's daughter Priya", "his son Tom": a possessor's kin or role, then one name.
  // ("WHO chief Tedros", "FBI director Patel": a body's acronym before the role.)
  const roleThenName = /^(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|((?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Lu}[\p{L}’'-]*['’]s)|(\p{Lu}{2,6}))\s+)?((?:\p{Ll}[\p{L}-]*\s+)*?(\p{Ll}[\p{L}-]*))\s+(\p{Lu}\p{Ll}[\p{L}’'-]*)$/u.exec(text);
  // ("a senior Conservative", "one senior Tory": a member of a party, unnamed.)
  if (roleThenName && /^(?:an?|one)\s/i.test(text) && PARTY_MEMBER.test(roleThenName[5])) return { type: 'anonymous' };
  if (roleThenName && (personNoun(roleThenName[4]) || isPersonRole(roleThenName[4]))) {
    const [, possessor, acronym, role, , name] = roleThenName;
    return { type: 'person', name, role: possessor ? `${possessor} ${role}` : role, ...(acronym ? { organisation: acronym } : {}) };
  }
  // "Retailer warns of job cuts": a body's word capitalised by a headline, or opening a sentence, names no one; nor
  // do its plurals in "-es" ("Businesses warned her", "Charities say"; not "Banks", "Chambers", which are surnames).
  const lower = text.toLowerCase();
  if (/^\p{Lu}\p{Ll}+$/u.test(text) && (ORGANISATION_HEAD.test(lower) || (/es$/.test(lower) && isOrganisationHead(lower)))) return { type: 'organisation' };
  // "Vásquez" alone is a person; "the Élysée", "the Vatican" are places that speak for a body.
  // So are "O'Leary", "McDonald", "D'Souza", "DeSantis", "DuVernay": a surname's prefix and its capital.
  // ("Earle-Sears": a double-barrelled surname.)
  if (/^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|(?:O['’]|D['’]|Mc|Mac|De|Di|Da|Du|La|Le)\p{Lu}\p{Ll}+)$/u.test(text) || PARTICLED_SURNAME.test(text)) return { type: 'person', name: bare };
  // "the Fed", "the Treasury", "the Met", "the Bundesbank": one capitalised word after "the" is a body's short name;
  // "the Duke" is a person by the word for them (a clipped "Fed" is no federal agent).
  const shortName = /^[Tt]he\s+(\p{Lu}\p{Ll}+)$/u.exec(text)?.[1];
  if (shortName && !shortName.endsWith('s')) return shortName.length > 3 && personNoun(shortName.toLowerCase()) ? { type: 'person', role: shortName } : { type: 'organisation', name: shortName };
  return { type: 'unknown' };
}

/**
 * The family name of a person's name: "Donald J. Trump" and "Trump" give
 * "Trump", "Martin Luther King Jr." gives "King"; null when the name does not
 * end in a capitalised word ("the coal miner").
 */
export function surnameOf(name: string): string | null {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && /^(?:Jr|Sr|II|III|IV)\.?$/.test(words.at(-1)!)) words.pop();
  const last = words.at(-1)!.replace(/[,.]$/, '');
  return /^\p{Lu}[\p{L}'’-]+$/u.test(last) ? last : null;
}
