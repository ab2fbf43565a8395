import type { z } from 'zod';
import { badInput } from '../errors';

/** Parses input with a zod schema; the first problem becomes a 400 that names its field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.path.join('.') || undefined;
  throw badInput(field ? `${field}: ${issue.message}` : issue.message, field);
}
