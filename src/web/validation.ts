import { z } from 'zod';
import { FLAG_NAMES } from '../core/classify/flags';
import { badInput } from '../errors';

/** Parses input with a zod schema; the first problem becomes a 400 that names its field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.path.join('.') || undefined;
  throw badInput(field ? `${field}: ${issue.message}` : issue.message, field);
}

/** A form's empty field is a filter left out. */
export const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** The query fields every filtered list shares: its page, and the flag and outlet filters. */
export const listQueryFields = (defaultPageSize: number) => ({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(defaultPageSize),
  outlet: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().max(2_147_483_647).optional()),
  flag: z.preprocess(emptyToUndefined, z.enum(FLAG_NAMES).optional()),
});

/** Where a page stands in a list of `total` items: what the pager partial and the API's list answers carry. */
export function pageInfo(query: { page: number; pageSize: number }, total: number) {
  return { page: query.page, pageSize: query.pageSize, total, pages: Math.max(1, Math.ceil(total / query.pageSize)) };
}
