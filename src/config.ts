import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL, or unset to use the embedded database')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().trim().min(1).default('data'),
  /** Do not load the sample corpus into an empty store. */
  /** Signs CSRF tokens; at least 32 characters. Unset: a random secret per process (forms reload after a restart). */
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Behind a TLS-terminating proxy: trust its X-Forwarded-* headers and mark cookies Secure. */
  TRUST_PROXY: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  NO_SAMPLE_CORPUS: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
});

export interface Config {
  /** A PostgreSQL server's URL, or undefined for the embedded PGlite database. */
  databaseUrl?: string;
  port: number;
  /** Folder of the embedded database (absolute). */
  dataDir: string;
  loadSampleCorpus: boolean;
  sessionSecret: string;
  trustProxy: boolean;
}

/** Parses and validates the environment once; throws an Error that says what to fix. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    dataDir: e.DATA_DIR.startsWith('memory://') ? e.DATA_DIR : path.resolve(e.DATA_DIR),
    loadSampleCorpus: !e.NO_SAMPLE_CORPUS,
    sessionSecret: e.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    trustProxy: e.TRUST_PROXY,
  };
}
