/**
 * Reporting verbs by lemma. Strong ones attribute on their own ("X said");
 * weak ones only in a reporting frame: followed by "that", a colon, a quote or
 * the end of a clause, or inverted after the reported words ("…, X noted.").
 */
export const STRONG_CUES = new Set([
  'say', 'tell', 'write', 'state', 'claim', 'announce', 'warn', 'insist', 'acknowledge', 'deny', 'confirm', 'tweet',
  'allege', 'testify', 'argue', 'contend', 'declare', 'assert', 'reply', 'respond', 'comment', 'remark', 'quote',
  'cite', 'admit', 'concede', 'report', 'explain', 'note', 'add',
]);

export const WEAK_CUES = new Set([
  'suggest', 'believe', 'think', 'find', 'show', 'reveal', 'indicate', 'learn', 'fear', 'hope', 'agree', 'describe',
  'predict', 'estimate', 'conclude', 'recall', 'stress', 'emphasize', 'emphasise', 'urge', 'observe', 'ask', 'echo',
  'caution', 'complain', 'point', 'maintain', 'suspect', 'expect', 'accuse', 'blame', 'criticize', 'praise', 'call',
]);

/** Cues of two or more words, matched on lower-cased tokens; the source follows them. */
export const PHRASE_CUES: { words: string[]; sourceAfter: boolean }[] = [
  { words: ['according', 'to'], sourceAfter: true },
  { words: ['cited', 'by'], sourceAfter: true },
  { words: ['citing'], sourceAfter: true },
  { words: ['as', 'reported', 'by'], sourceAfter: true },
  { words: ['in', 'the', 'words', 'of'], sourceAfter: true },
];
