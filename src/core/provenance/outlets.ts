/** An outlet the tracker knows by its other names. */
export interface KnownOutlet {
  name: string;
  aliases: string[];
  domain?: string;
  kind: 'news' | 'agency' | 'blog' | 'government' | 'think-tank' | 'unknown';
}

/**
 * Outlets recognised out of the box. The store adds any outlet it meets; this
 * list only teaches the spellings that differ from the canonical name.
 */
export const KNOWN_OUTLETS: KnownOutlet[] = [
  { name: 'U.S. News & World Report', aliases: ['U.S. News', 'US News', 'USNews', 'U.S. News and World Report', 'usnews.com'], domain: 'usnews.com', kind: 'news' },
  { name: 'Associated Press', aliases: ['AP', 'the AP', 'The Associated Press', 'AP News', 'apnews.com'], domain: 'apnews.com', kind: 'agency' },
  { name: 'Reuters', aliases: ['Thomson Reuters', 'reuters.com'], domain: 'reuters.com', kind: 'agency' },
  { name: 'Agence France-Presse', aliases: ['AFP'], domain: 'afp.com', kind: 'agency' },
  { name: 'Daily Mail', aliases: ['The Daily Mail', 'Mail Online', 'MailOnline', 'dailymail.co.uk'], domain: 'dailymail.co.uk', kind: 'news' },
  { name: 'Voice of America', aliases: ['VOA', 'VOA News', 'voanews.com'], domain: 'voanews.com', kind: 'news' },
  { name: 'Foreign Policy', aliases: ['foreignpolicy.com'], domain: 'foreignpolicy.com', kind: 'news' },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT', 'the Times', 'nytimes.com'], domain: 'nytimes.com', kind: 'news' },
  { name: 'The Washington Post', aliases: ['Washington Post', 'washingtonpost.com'], domain: 'washingtonpost.com', kind: 'news' },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ', 'wsj.com'], domain: 'wsj.com', kind: 'news' },
  { name: 'BBC', aliases: ['BBC News', 'the BBC', 'bbc.co.uk', 'bbc.com'], domain: 'bbc.co.uk', kind: 'news' },
  { name: 'CNN', aliases: ['cnn.com'], domain: 'cnn.com', kind: 'news' },
  { name: 'Fox News', aliases: ['foxnews.com'], domain: 'foxnews.com', kind: 'news' },
  { name: 'NBC News', aliases: ['NBC', 'nbcnews.com'], domain: 'nbcnews.com', kind: 'news' },
  { name: 'CBS News', aliases: ['CBS', 'cbsnews.com'], domain: 'cbsnews.com', kind: 'news' },
  { name: 'ABC News', aliases: ['ABC', 'abcnews.go.com'], domain: 'abcnews.go.com', kind: 'news' },
  { name: 'Bloomberg', aliases: ['Bloomberg News', 'bloomberg.com'], domain: 'bloomberg.com', kind: 'news' },
  { name: 'Politico', aliases: ['POLITICO', 'politico.com'], domain: 'politico.com', kind: 'news' },
  { name: 'The Guardian', aliases: ['Guardian', 'theguardian.com'], domain: 'theguardian.com', kind: 'news' },
  { name: 'Al Jazeera', aliases: ['aljazeera.com'], domain: 'aljazeera.com', kind: 'news' },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'], domain: 'xinhuanet.com', kind: 'agency' },
  { name: 'Global Times', aliases: ['globaltimes.cn'], domain: 'globaltimes.cn', kind: 'news' },
  { name: 'ADL', aliases: ['Anti-Defamation League', 'adl.org'], domain: 'adl.org', kind: 'think-tank' },
  { name: "Tomorrow's Affairs", aliases: ['Tomorrows Affairs', 'tomorrowsaffairs.com'], domain: 'tomorrowsaffairs.com', kind: 'news' },
];

/** Lower-cased, with punctuation, "the" and the ampersand folded, so spellings compare equal. */
export function outletKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/&/g, ' and ')
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, '');
}

const BY_KEY = new Map<string, KnownOutlet>();
for (const outlet of KNOWN_OUTLETS) {
  for (const spelling of [outlet.name, ...outlet.aliases]) BY_KEY.set(outletKey(spelling), outlet);
}

/** The known outlet a spelling names ("the AP" → Associated Press), or null. */
export function resolveKnownOutlet(name: string, extra: KnownOutlet[] = []): KnownOutlet | null {
  const key = outletKey(name);
  if (!key) return null;
  for (const o of extra) if ([o.name, ...o.aliases].some((s) => outletKey(s) === key)) return o;
  return BY_KEY.get(key) ?? null;
}

/** The outlet a URL's host belongs to, when known. */
export function outletForDomain(host: string): KnownOutlet | null {
  const bare = host.toLowerCase().replace(/^www\./, '');
  return KNOWN_OUTLETS.find((o) => o.domain && (bare === o.domain || bare.endsWith(`.${o.domain}`))) ?? null;
}

/**
 * A slug for an outlet's page: lower case, accents dropped, words joined by
 * hyphens. Letters of other scripts are kept ("新华社"), so two such outlets
 * never share the fallback "outlet".
 */
export function outletSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'outlet'
  );
}
