import { diffArrays } from 'diff';

export interface DiffSegment {
  /** same: in both; removed: only in the source; added: only in the copy. */
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** Milliseconds a passage diff may take before it gives up (jsdiff's own timeout). */
export const DIFF_TIMEOUT_MS = 200;

/**
 * Words as a reader sees them: an abbreviation ("U.S."), a word with inner
 * punctuation ("two-thirds", "1,000", "Taliban’s"), a run of space, or one
 * other character. jsdiff's own word tokens split "U.S." in three, and its
 * full stops then pair with a sentence's last one.
 */
const WORD_TOKEN = /\p{L}(?:\.\p{L})+\.?|[\p{L}\p{N}]+(?:[’'.,&-][\p{L}\p{N}]+)*|\s+|[^\s\p{L}\p{N}]/gu;

export interface WordChange {
  added?: boolean;
  removed?: boolean;
  value: string;
}

/** jsdiff over reader's words (see WORD_TOKEN); undefined when it times out. */
export function diffWords(before: string, after: string): WordChange[] | undefined {
  const changes = diffArrays(before.match(WORD_TOKEN) ?? [], after.match(WORD_TOKEN) ?? [], { timeout: DIFF_TIMEOUT_MS });
  return changes?.map((c) => ({ added: c.added, removed: c.removed, value: c.value.join('') }));
}

/**
 * Word-level differences between a source passage and its copy, for the
 * side-by-side view. Only ever called on passages the index already paired,
 * never on whole corpora. Returns null when jsdiff times out (then show the
 * two passages without marks).
 */
export function diffPassage(source: string, copy: string): DiffSegment[] | null {
  const changes = diffWords(source, copy);
  if (!changes) return null;
  return coalesce(changes.map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value })));
}

/**
 * Joins a run of changes separated only by spaces into one removal and one
 * addition, so "10 major" → "half of the 34" reads as one replacement, not
 * word-by-word confetti.
 */
function coalesce(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ op: 'removed', text: removed });
    if (added) out.push({ op: 'added', text: added });
    removed = added = '';
  };
  segments.forEach((seg, i) => {
    const inRun = removed || added;
    const next = segments[i + 1];
    if (seg.op === 'removed') removed += seg.text;
    else if (seg.op === 'added') added += seg.text;
    else if (inRun && !seg.text.trim() && next && next.op !== 'same') {
      removed += seg.text;
      added += seg.text;
    } else {
      flush();
      out.push(seg);
    }
  });
  flush();
  return out;
}

/** Compact rendering for tests and logs: "a [-b-]{+c+}". */
export function renderDiff(segments: DiffSegment[]): string {
  return segments.map((s) => (s.op === 'same' ? s.text : s.op === 'added' ? `{+${s.text}+}` : `[-${s.text}-]`)).join('');
}
