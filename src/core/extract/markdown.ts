import type MarkdownIt from 'markdown-it';
import { articleFields } from './fields';
import type { ArticleRecord } from './records';

/** markdown-it and js-yaml take about 50 ms to load, which only Markdown input needs: loaded on first use. */
let parser: MarkdownIt.MarkdownIt | undefined;
// Raw HTML in Markdown stays text: the extractor never renders it, and a script tag is words like any other.
const markdown = () => (parser ??= new (require('markdown-it') as typeof MarkdownIt)({ html: false }));
const loadYaml = (): typeof import('js-yaml') => require('js-yaml');

/** A leading YAML block between `---` lines, as static-site generators and note apps write it. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** What front matter may give: the article's text is the Markdown after it. */
const FRONT_MATTER_FIELDS = ['title', 'publishedAt', 'byline', 'url', 'outlet'] as const;
type FrontMatterField = (typeof FRONT_MATTER_FIELDS)[number];

/** The front matter's fields (none when there is no block, or it is not a YAML mapping) and the Markdown after it. */
export function splitFrontMatter(source: string): { fields: Partial<Record<FrontMatterField, string>>; body: string } {
  const block = FRONT_MATTER.exec(source);
  if (!block) return { fields: {}, body: source };
  let data: unknown;
  try {
    // The core schema keeps dates as written ("2021-08-13"), for the date reader to judge.
    data = loadYaml().load(block[1], { schema: loadYaml().CORE_SCHEMA });
  } catch {
    return { fields: {}, body: source };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { fields: {}, body: source };
  const found = articleFields(data as Record<string, unknown>);
  const fields = Object.fromEntries(FRONT_MATTER_FIELDS.filter((f) => found[f]).map((f) => [f, found[f]]));
  return { fields, body: source.slice(block[0].length) };
}

/** An inline token's words: emphasis, links and code marks dropped, images left out. */
function inlineText(token: MarkdownIt.Token): string {
  return (token.children ?? [])
    .map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' ? ' ' : c.type === 'hardbreak' ? '\n' : ''))
    .join('');
}

/** Whether most of an inline token's words are a link's: a link list's item ("[Why housing is so dear](…) — The Atlantic"). */
function isMostlyLink(token: MarkdownIt.Token, text: string): boolean {
  let inLink = false;
  let linked = 0;
  for (const c of token.children ?? []) {
    if (c.type === 'link_open') inLink = true;
    else if (c.type === 'link_close') inLink = false;
    else if (inLink && c.type === 'text') linked += c.content.length;
  }
  return linked * 2 >= text.length;
}

/** Whether an inline token is one link and nothing else. */
const isOnlyLink = (token: MarkdownIt.Token) => {
  const parts = (token.children ?? []).filter((c) => !(c.type === 'text' && !c.content.trim()));
  return parts[0]?.type === 'link_open' && parts.at(-1)?.type === 'link_close' && parts.filter((c) => c.type === 'link_open').length === 1;
};

/**
 * Markdown as the plain text it reads as: one block (heading, paragraph, list
 * item, quote, table row, code) a paragraph, markup gone, a list's item after a bullet. "**By Jane Doe**"
 * becomes "By Jane Doe", which the plain-text reader takes for a byline. The
 * headline is the first level-one heading, else a heading that opens the text.
 */
export function markdownText(source: string): { text: string; headline: string | null } {
  const blocks: string[] = [];
  let firstH1: string | null = null;
  let openingHeading: string | null = null;
  let heading: string | null = null;
  let row: string[] | null = null;
  let listItems = 0;
  for (const token of markdown().parse(source, {})) {
    if (token.type === 'list_item_open') listItems++;
    else if (token.type === 'list_item_close') listItems--;
    else if (token.type === 'heading_open') heading = token.tag;
    else if (token.type === 'heading_close') heading = null;
    else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close' && row) {
      blocks.push(row.join(' | '));
      row = null;
    } else if (token.type === 'inline') {
      const text = inlineText(token).trim();
      if (heading === 'h1' && text) firstH1 ??= text;
      if (heading && text && blocks.length === 0) openingHeading = text;
      if (row) row.push(text);
      // ("[Jonah Price](https://jonahprice.substack.com/)" under the headline: the writer, linked to their page, a byline.)
      else if (!heading && !listItems && blocks.length < 4 && isOnlyLink(token) && /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}$/u.test(text)) blocks.push(`By ${text}`);
      // A list's item keeps a bullet, which tells a fact stated in a list from a heading; a link list's item does not.
      else if (text) blocks.push(listItems > 0 && !isMostlyLink(token, text) ? `• ${text}` : text);
    } else if (token.type === 'fence' || token.type === 'code_block') {
      if (token.content.trim()) blocks.push(token.content.trimEnd());
    }
  }
  return { text: blocks.join('\n\n'), headline: firstH1 ?? openingHeading };
}

/** A Markdown article as a record: its plain text, its headline, and title, author, date, URL and outlet from its front matter. */
export function readMarkdown(source: string): ArticleRecord {
  const { fields, body } = splitFrontMatter(source);
  const { text, headline } = markdownText(body);
  return { title: headline ?? undefined, ...fields, text };
}
