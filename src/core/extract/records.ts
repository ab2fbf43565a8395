import { z } from 'zod';
import { articleFields } from './fields';

/** One article as a JSON or JSON Lines record. */
export const articleRecordSchema = z
  .object({
    title: z.string().trim().max(1000).optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().trim().max(2000).optional().nullable(),
    outlet: z.string().trim().max(200).optional().nullable(),
    byline: z.string().trim().max(500).optional().nullable(),
    publishedAt: z.string().trim().max(100).optional().nullable(),
  })
  .refine((r) => Boolean(r.text?.trim() || r.html?.trim()), { message: 'a record needs "text" or "html"', path: ['text'] });

export type ArticleRecord = z.infer<typeof articleRecordSchema>;

export type RecordReading =
  | { ok: true; record: ArticleRecord; line: number }
  | { ok: false; line: number; message: string };

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
}

/**
 * A record with the fields other exports name otherwise ("headline", "articleBody", "source": { "name" }) under
 * this schema's names; a field given under this schema's own name is kept as given, to be validated.
 */
export function withCommonNames(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const own = value as Record<string, unknown>;
  const common = Object.entries(articleFields(own)).filter(([k]) => !(k in own));
  // A text given under its own name is the text, even when an alias's markup was read as HTML.
  return { ...Object.fromEntries(common.filter(([k]) => !(k === 'html' && 'text' in own))), ...own };
}

function readOne(value: unknown, line: number): RecordReading {
  const parsed = articleRecordSchema.safeParse(withCommonNames(value));
  return parsed.success ? { ok: true, record: parsed.data, line } : { ok: false, line, message: describe(parsed.error) };
}

/**
 * Reads a JSON document (one record, an array of records, or `{ articles: [...] }`).
 * Malformed JSON is one failure at line 0.
 */
export function readJsonRecords(text: string): RecordReading[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return [{ ok: false, line: 0, message: `malformed JSON: ${(e as Error).message}` }];
  }
  const list = Array.isArray(value)
    ? value
    : value && typeof value === 'object' && Array.isArray((value as { articles?: unknown }).articles)
      ? (value as { articles: unknown[] }).articles
      : [value];
  return list.map((v, i) => readOne(v, Array.isArray(value) ? i + 1 : 0));
}

/** Reads JSON Lines: each line is read on its own, so one bad line never loses the good ones. */
export function readJsonLines(text: string): RecordReading[] {
  const out: RecordReading[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    try {
      out.push(readOne(JSON.parse(line), i + 1));
    } catch (e) {
      out.push({ ok: false, line: i + 1, message: `malformed JSON: ${(e as Error).message}` });
    }
  });
  return out;
}
