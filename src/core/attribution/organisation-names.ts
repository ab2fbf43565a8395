import names from '../../generated/organisation-names.json';

/**
 * Firms in the news every day that the lexicon does not list, most of them because the name is also a word or a
 * person's ("Apple", "Amazon", "Shell", "Tesla"): capitalised and speaking, the name is the firm's.
 */
const FIRMS_IN_THE_NEWS = [
  'tesla', 'apple', 'amazon', 'meta', 'spotify', 'tiktok', 'openai', 'anthropic', 'deepmind', 'bytedance', 'alibaba', 'huawei',
  'shell', 'nike', 'airbus', 'moderna', 'astrazeneca', 'instagram', 'whatsapp', 'easyjet', 'mastercard', 'spacex', 'blackrock',
  'exxonmobil', 'exxon', 'barclays', 'natwest', 'lloyds', 'santander', 'aviva', 'rolls-royce', 'glaxosmithkline', 'gsk', 'novartis',
  'roche', 'bayer', 'siemens', 'stellantis', 'renault', 'nissan', 'hyundai', 'byd', 'rivian', 'uniqlo',
  'primark', 'asda', 'morrisons', 'aldi', 'lidl', 'ocado', 'deliveroo', 'just eat', 'shein', 'temu', 'nintendo', 'ubisoft',
  'palantir', 'salesforce', 'broadcom', 'qualcomm', 'tsmc', 'foxconn', 'lenovo', 'xpeng', 'freddie mac', 'ginnie mae', 'sallie mae', 'aramco', 'saudi aramco',
  // Britain's regulators, named as firms are: "Ofwat has written to the company".
  'ofwat', 'ofcom', 'ofsted', 'ofgem', 'ofqual',
];

const ORGANISATION_NAMES: ReadonlySet<string> = new Set([...(names as string[]), ...FIRMS_IN_THE_NEWS]);

/**
 * Whether a capitalised name is a company, agency, party or club the
 * `compromise` lexicon knows ("Microsoft", "Pfizer", "Exxon Mobil",
 * "Coca-Cola") or FIRMS_IN_THE_NEWS lists: one such word after no title reads as a surname otherwise.
 * Generated at install (scripts/generate-known-names.mjs).
 */
export function isKnownOrganisation(name: string): boolean {
  return /^\p{Lu}/u.test(name) && ORGANISATION_NAMES.has(name.toLowerCase().replace(/^the\s+/, '').replace(/[\s-]+/g, ' '));
}
