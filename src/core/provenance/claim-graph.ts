import type { SourceType } from '../attribution/types';
import type { AnalysedSentence } from '../classify/analyse-article';

/** What tracing needs of one article: its outlet, date and analysed sentences. */
export interface ClaimArticle<Id> {
  id: Id;
  /** A name to show: the outlet, else a file or title. */
  label: string;
  outlet: string | null;
  date: string | null;
  text: string;
  sentences: ClaimSentence[];
}

/** An analysed sentence whose citations may come from the store (with the cited outlet's name). */
export type ClaimSentence = Omit<AnalysedSentence, 'attributions'> & { attributions: ClaimCitation[] };

/** Whether a citation is the writer speaking for themselves ("We don't yet know…", "I think"): it cites no one else. */
export const isWritersVoice = (c: ClaimCitation): boolean => /^(?:I|we)$/i.test(c.sourceText.trim());

export interface ClaimCitation {
  sourceText: string;
  /** The source as the store names it, when that differs from the words: "Tom Clarke" for "Mr. Clarke", "three people familiar with the vote" for "the people". */
  name?: string;
  sourceType: SourceType | string;
  cueText: string | null;
  inherited?: boolean;
  /** Outlet name for outlet citations, to follow the chain into the store. */
  outlet?: string | null;
  /** The store's id of the source, so pages can link to it; absent outside the store. */
  sourceId?: number;
}

export interface ClaimReuse<Id> {
  sourceId: Id;
  targetId: Id;
  kind: string;
  credited: boolean;
  confidence: number;
  passages: { sourceStart: number; sourceEnd: number; targetStart: number; targetEnd: number; kind: string }[];
}

/** Articles and the reuse between them: all a trace looks at. */
export interface ClaimGraph<Id> {
  articles: Map<Id, ClaimArticle<Id>>;
  reuses: ClaimReuse<Id>[];
}
