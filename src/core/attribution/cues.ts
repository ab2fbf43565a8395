/**
 * Reporting verbs by lemma. Strong ones attribute on their own ("X said");
 * weak ones only in a reporting frame: followed by "that", a colon, a quote or
 * the end of a clause, or inverted after the reported words ("…, X noted.").
 */
export const STRONG_CUES = new Set([
  'say', 'tell', 'write', 'state', 'claim', 'announce', 'warn', 'insist', 'acknowledge', 'deny', 'confirm', 'tweet',
  'allege', 'testify', 'argue', 'contend', 'declare', 'assert', 'reply', 'respond', 'comment', 'remark', 'quote',
  'cite', 'admit', 'concede', 'report', 'explain', 'note', 'add', 'text',
]);

export const WEAK_CUES = new Set([
  'suggest', 'believe', 'think', 'find', 'show', 'reveal', 'indicate', 'learn', 'fear', 'hope', 'agree', 'describe',
  'predict', 'forecast', 'estimate', 'conclude', 'recall', 'stress', 'emphasize', 'emphasise', 'urge', 'implore', 'observe', 'ask', 'echo',
  'caution', 'complain', 'worry', 'point', 'maintain', 'suspect', 'expect', 'accuse', 'blame', 'criticize', 'praise', 'call', 'read',
  'doubt', 'project', 'calculate', 'tally', 'compute', 'foretell', 'prophesy', 'verify', 'speculate', 'theorize', 'theorise',
  'hypothesize', 'hypothesise', 'posit', 'surmise', 'conjecture',
]);

/**
 * Verbs of stance and intent: what someone wants, plans, backs or attacks is
 * their position, attributed to them, but only when the subject is a name or a
 * personal pronoun ("Trump attacked…", "She wants…", not "Troops attacked…").
 */
export const STANCE_CUES = new Set([
  'attack', 'want', 'plan', 'pledge', 'support', 'vow', 'propose', 'demand', 'question', 'mention', 'blast', 'refuse',
  'promise', 'condemn', 'decline', 'reject', 'endorse', 'disclose', 'liken', 'mock', 'slam', 'denounce', 'oppose',
  'discuss', 'criticise', 'defend', 'dismiss', 'welcome', 'applaud', 'recommend', 'threaten', 'announce', 'signal',
  'encourage', 'offer', 'charge', 'chant', 'sing', 'boast', 'brag', 'lament', 'bemoan', 'recount', 'challenge', 'hail',
  'tout', 'deride', 'ridicule', 'rip', 'hammer', 'lash', 'fault', 'highlight', 'outline', 'detail', 'reference',
  'invoke', 'thank', 'apologize', 'apologise', 'joke', 'quip', 'reassure', 'assure', 'remind', 'advise', 'exhort',
  'admonish', 'insult', 'label', 'brand', 'dub', 'term', 'portray', 'characterize', 'characterise', 'push', 'promote', 'seek', 'rule', 'dispute', 'publish',
  'back', 'embrace', 'champion', 'rate', 'debunk', 'refute', 'rebut', 'link', 'grill', 'caption', 'press',
]);

/** Cues of two or more words, matched on lower-cased tokens; the source follows them. */
export const PHRASE_CUES: { words: string[]; sourceAfter: boolean }[] = [
  { words: ['according', 'to'], sourceAfter: true },
  { words: ['cited', 'by'], sourceAfter: true },
  { words: ['citing'], sourceAfter: true },
  { words: ['quoting'], sourceAfter: true },
  { words: ['in', 'the', 'words', 'of'], sourceAfter: true },
  // "per a report from Axios", "per the AP" (not "per cent", "per share": see findAttributions).
  { words: ['per'], sourceAfter: true },
  // "As stated in Davis' commentary, …", "as reported by the AP", "as first reported by Politico".
  ...['stated', 'noted', 'described', 'explained', 'reported'].flatMap((verb) => [
    { words: ['as', verb, 'in'], sourceAfter: true },
    { words: ['as', verb, 'by'], sourceAfter: true },
    { words: ['as', 'first', verb, 'by'], sourceAfter: true },
  ]),
];

/**
 * What "according to" names when it means "in accordance with", not "as
 * said by": a way or order of doing things ("according to plan", "according
 * to the recipe Beijing has set", "according to the dynamics") or a measure
 * ("according to his body mass index"). Documents that state things ("the
 * report", "the guidelines", "the law") are sources and stay out.
 */
export const MANNER_NOUNS = new Set([
  'plan', 'schedule', 'timetable', 'rule', 'recipe', 'dynamic', 'dynamics', 'logic', 'pattern', 'formula', 'principle',
  'script', 'tradition', 'custom', 'design', 'need', 'wish', 'playbook', 'blueprint', 'template', 'procedure', 'protocol',
  'index', 'scale', 'measure', 'metric', 'standard', 'size', 'rank', 'merit', 'ability',
]);

/**
 * Nouns that report what their possessor said or committed to: "Trump's
 * claim that…", "Clinton's criticism of…", "his pledge to…". Nouns that also
 * name other things ("support" among voters, a "call", a "position") are left out.
 */
export const NOMINAL_CUES = new Set([
  'claim', 'criticism', 'statement', 'comment', 'remark', 'rhetoric', 'promise', 'pledge', 'proposal', 'warning',
  'accusation', 'denial', 'assertion', 'argument', 'assessment', 'acknowledgment', 'acknowledgement', 'admission',
  'allegation', 'announcement', 'insistence', 'suggestion', 'prediction', 'vow', 'endorsement', 'demand', 'plea',
  'testimony', 'contention', 'explanation', 'characterization', 'characterisation', 'plan',
]);

/** Verbs of judging in words: a stance whoever takes it ("analysts dismissed the claims"), and with "as" the judge's own words ("condemned the move as illegal"). */
export const JUDGING_VERBS = new Set([
  'dismiss', 'welcome', 'condemn', 'criticise', 'criticize', 'denounce', 'reject', 'slam', 'blast', 'hail', 'deride', 'ridicule', 'mock', 'dispute', 'applaud', 'praise', 'decry', 'blame',
  'debunk', 'refute', 'rebut',
]);

/** Verbs of letting a stance be known, which bodies and unnamed people do as names do: "as policymakers signalled…". */
export const SIGNALLING_VERBS = new Set(['signal', 'hint', 'indicate']);

/** Verbs that, with "as", characterise someone or something in words: "painted Trump as…", "cast herself as…", "classified processed meat as a carcinogen". */
export const DEPICTIONS = new Set(['paint', 'portray', 'cast', 'depict', 'frame', 'characterize', 'characterise', 'brand', 'label', 'classify', 'designate', 'rate']);
