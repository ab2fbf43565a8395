import type { Db } from './database';

export async function createEditor(db: Db, name: string, passwordHash: string) {
  return db.editor.create({ data: { name, passwordHash }, select: { id: true, name: true } });
}

export async function setEditorPassword(db: Db, name: string, passwordHash: string) {
  return db.editor.update({ where: { name }, data: { passwordHash }, select: { id: true, name: true } });
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

export async function deleteArticle(db: Db, id: number) {
  return db.article.deleteMany({ where: { id } });
}
