export type SourceType = 'outlet' | 'person' | 'organisation' | 'anonymous' | 'weasel' | 'document' | 'self' | 'unknown';

/** Who a sentence says said it, and the words that say so. Offsets index the article text. */
export interface Attribution {
  sourceText: string;
  sourceType: SourceType;
  sourceStart: number;
  sourceEnd: number;
  cueText: string;
  cueStart: number;
  cueEnd: number;
  /** The person's or source's name, when the span gives one ("Jen Psaki"). */
  name?: string;
  /** Their role ("White House spokeswoman", "a senior defense analyst"). */
  role?: string;
  /** Their organisation or outlet ("RAND", "the AP"). */
  organisation?: string;
  /** True when the sentence takes this from an earlier sentence (a quote running on). */
  inherited?: boolean;
}
