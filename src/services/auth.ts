import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { AppError, badInput } from '../errors';
import type { Db } from '../store/database';
import { createApiToken, createSession, deleteSession, editorForApiToken, editorForSession, findEditorByName, upsertEditor } from '../store/editors';

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;
/** scrypt cost: about 50 ms a hash here, slow enough to make guessing expensive. */
const N = 1 << 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
export const SESSION_DAYS = 14;
export const MIN_PASSWORD_LENGTH = 12;

/** Node's own scrypt, with a random salt, in a self-describing string. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KEY_LENGTH, { N, r: R, p: P, maxmem: 64 * 1024 * 1024 });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 });
  return timingSafeEqual(key, expected);
}

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

function checkPassword(password: string) {
  if (password.length < MIN_PASSWORD_LENGTH) throw badInput(`The password needs at least ${MIN_PASSWORD_LENGTH} characters.`, 'password');
}

/** Creates an editor, or sets a new password when the name exists. */
export async function addEditor(db: Db, name: string, password: string) {
  if (!/^[\w.@-]{2,64}$/.test(name)) throw badInput('An editor name is 2–64 letters, digits, dots, dashes, @ or underscores.', 'name');
  checkPassword(password);
  return upsertEditor(db, name, await hashPassword(password));
}

/** Checks a name and password and opens a session; returns the cookie's token. The same error for both mistakes. */
export async function signIn(db: Db, name: string, password: string, now = new Date()) {
  const editor = await findEditorByName(db, name);
  const ok = editor ? await verifyPassword(password, editor.passwordHash) : (await hashPassword(password), false);
  if (!editor || !ok) throw new AppError(401, 'bad_credentials', 'That name and password do not match an editor.');
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await createSession(db, editor.id, sha256(token), expiresAt);
  return { token, expiresAt, editor: { id: editor.id, name: editor.name } };
}

export async function signOut(db: Db, token: string) {
  await deleteSession(db, sha256(token));
}

export async function editorFromSession(db: Db, token: string, now = new Date()) {
  return editorForSession(db, sha256(token), now);
}

export async function editorFromApiToken(db: Db, token: string, now = new Date()) {
  return editorForApiToken(db, sha256(token), now);
}

/** A new API token for an editor; shown once, only its hash is kept. */
export async function issueApiToken(db: Db, name: string, label: string) {
  const editor = await findEditorByName(db, name);
  if (!editor) throw badInput(`No editor is called "${name}".`, 'name');
  const token = newToken();
  await createApiToken(db, editor.id, sha256(token), label);
  return token;
}
