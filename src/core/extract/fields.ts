/**
 * The names common exports give an article's fields: NewsAPI (`content`,
 * `source.name`), schema.org's NewsArticle (`headline`, `articleBody`,
 * `datePublished`, `publisher.name`), RSS turned into JSON (`link`,
 * `pubDate`), the Guardian's API (`webTitle`, `fields.bodyText`) and the
 * front matter of static-site generators. The first name present wins.
 */
export const FIELD_NAMES = {
  title: ['title', 'headline', 'webTitle'],
  text: ['text', 'articleBody', 'bodyText', 'body', 'content', 'description', 'summary'],
  html: ['html', 'content_html', 'body_html', 'contentHtml'],
  publishedAt: ['publishedAt', 'published_at', 'date', 'published', 'datePublished', 'pubDate', 'webPublicationDate', 'dateCreated'],
  byline: ['byline', 'author', 'authors', 'creator'],
  url: ['url', 'link', 'canonical', 'canonical_url', 'source_url', 'webUrl'],
  outlet: ['outlet', 'publication', 'publisher', 'site', 'site_name', 'source'],
} as const;

export type FieldName = keyof typeof FIELD_NAMES;

/** Longest value kept for a field other than the text: a title or a name, never a text. */
const MAX_FIELD_CHARS = 1000;

/** Markup in what an export calls its text: RSS's `content` is often HTML. */
const HTML_TAG = /<\/?(?:p|div|br|span|a|em|strong|h[1-6]|ul|li|blockquote|figure|img)\b[^>]*>/i;

/** A scalar, a `{ name }` object (an author, a publisher) or a list of them as text; anything else is left out. */
function asText(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(', ') || undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  if (value && typeof value === 'object' && 'name' in value) return asText((value as { name: unknown }).name);
  return undefined;
}

/**
 * An object's article fields by their common names, matched in any case, and
 * those of a nested `fields` object (the Guardian's) after its own. A text
 * that holds markup is taken as HTML.
 */
export function articleFields(value: Record<string, unknown>): Partial<Record<FieldName, string>> {
  const nested = value.fields && typeof value.fields === 'object' && !Array.isArray(value.fields) ? Object.entries(value.fields) : [];
  const entries = [...Object.entries(value), ...nested].map(([k, v]) => [k.toLowerCase(), v] as const);
  const out: Partial<Record<FieldName, string>> = {};
  for (const [field, names] of Object.entries(FIELD_NAMES) as [FieldName, readonly string[]][]) {
    for (const name of names) {
      const text = asText(entries.find(([k]) => k === name.toLowerCase())?.[1]);
      if (!text) continue;
      out[field] = field === 'text' || field === 'html' ? text : text.slice(0, MAX_FIELD_CHARS);
      break;
    }
  }
  if (out.text && !out.html && HTML_TAG.test(out.text)) {
    out.html = out.text;
    delete out.text;
  }
  return out;
}
