import type { Db } from '../store/database';
import { addEditor, issueApiToken } from '../services/auth';

/** Reads a password from standard input (one line), so it never appears in the shell history. */
async function readPassword(): Promise<string> {
  if (process.env.PROVENANCE_PASSWORD) return process.env.PROVENANCE_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('Password (at least 12 characters): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split('\n')[0];
}

/** `provenance editor add <name>`: creates an editor (or resets the password), password from stdin. */
export async function editorAddCommand(db: Db, name: string): Promise<number> {
  const editor = await addEditor(db, name, await readPassword());
  console.log(`Editor "${editor.name}" can now sign in at /login.`);
  return 0;
}

/** `provenance token create <name> [label]`: prints a new API token once. */
export async function tokenCreateCommand(db: Db, name: string, label: string): Promise<number> {
  const token = await issueApiToken(db, name, label);
  console.log(token);
  console.error(`API token for "${name}" (${label}). Send it as "Authorization: Bearer <token>"; it is not shown again.`);
  return 0;
}
