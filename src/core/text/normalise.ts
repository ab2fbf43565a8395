import { createHash } from 'node:crypto';

/**
 * Removes a byte-order mark and nothing else: offsets reported to users are
 * string indices into the text as read, so line ends and spacing stay as written.
 */
export function cleanText(raw: string): string {
  return raw.replace(/^\uFEFF/, '');
}

/**
 * The form two copies of one article share whatever their whitespace, quotes,
 * dashes or case: used for the content hash only, never for offsets.
 */
export function canonicalText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** sha256 of the canonical text: the identity of an article's content. */
export function contentHash(text: string): string {
  return createHash('sha256').update(canonicalText(text)).digest('hex');
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Runs of non-space characters, as a glance counts a line's length ("—" and "2-1" count): what the heading and speech-tag rules measure. */
export const countSpaced = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** True when the text looks binary: NUL bytes or many control characters (a PDF, an image, a zip). */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4096);
  if (!sample) return false;
  const controls = sample.match(/[\u0001-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return controls / sample.length > 0.05;
}
