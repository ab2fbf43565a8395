import type { Db } from './database';

/** Creates an editor, or sets the password of the one with this name. */
export async function upsertEditor(db: Db, name: string, passwordHash: string) {
  return db.editor.upsert({ where: { name }, update: { passwordHash }, create: { name, passwordHash }, select: { id: true, name: true } });
}

export async function findEditorByName(db: Db, name: string) {
  return db.editor.findUnique({ where: { name } });
}

export async function createSession(db: Db, editorId: number, tokenHash: string, expiresAt: Date) {
  await db.session.create({ data: { editorId, tokenHash, expiresAt } });
}

/** The editor a live session belongs to, or null (unknown or expired). */
export async function editorForSession(db: Db, tokenHash: string, now: Date) {
  const session = await db.session.findUnique({ where: { tokenHash }, include: { editor: { select: { id: true, name: true } } } });
  return session && session.expiresAt > now ? session.editor : null;
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.session.deleteMany({ where: { tokenHash } });
}

export async function createApiToken(db: Db, editorId: number, tokenHash: string, label: string) {
  await db.apiToken.create({ data: { editorId, tokenHash, label } });
}

/** The editor an API token belongs to, recording its use, or null. */
export async function editorForApiToken(db: Db, tokenHash: string, now: Date) {
  const token = await db.apiToken.findUnique({ where: { tokenHash }, include: { editor: { select: { id: true, name: true } } } });
  if (!token) return null;
  await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  return token.editor;
}

/** Every editor with their token hashes, for a backup. */
export async function editorsWithTokens(db: Db) {
  return db.editor.findMany({ orderBy: { id: 'asc' }, include: { tokens: true } });
}

/** Puts back an API token from a backup; one already there is left as it is. */
export async function restoreApiToken(db: Db, editorId: number, tokenHash: string, label: string) {
  await db.apiToken.upsert({ where: { tokenHash }, update: {}, create: { tokenHash, label, editorId } });
}
