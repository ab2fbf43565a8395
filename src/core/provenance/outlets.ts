/** An outlet the tracker knows by its other names. */
export interface KnownOutlet {
  name: string;
  aliases: string[];
  domain?: string;
  kind: 'news' | 'agency' | 'journal' | 'blog' | 'government' | 'think-tank' | 'unknown';
}

/**
 * Outlets recognised out of the box. The store adds any outlet it meets; this
 * list only teaches the spellings that differ from the canonical name. A name
 * that is also a common word or a role once "the" is dropped ("The Economist",
 * "Time", "Forbes") is left out: "the economist said" names a person.
 */
export const KNOWN_OUTLETS: KnownOutlet[] = [
  { name: 'U.S. News & World Report', aliases: ['U.S. News', 'US News', 'USNews', 'U.S. News and World Report', 'usnews.com'], domain: 'usnews.com', kind: 'news' },
  { name: 'Associated Press', aliases: ['AP', 'the AP', 'The Associated Press', 'AP News', 'apnews.com'], domain: 'apnews.com', kind: 'agency' },
  { name: 'Reuters', aliases: ['Thomson Reuters', 'reuters.com'], domain: 'reuters.com', kind: 'agency' },
  { name: 'Agence France-Presse', aliases: ['AFP'], domain: 'afp.com', kind: 'agency' },
  // (Not "PA" alone: Pennsylvania's and a personal assistant's initials too.)
  { name: 'PA Media', aliases: ['Press Association', 'the Press Association', 'PA news agency', 'the PA news agency', 'PA Media Group'], kind: 'agency' },
  { name: 'Local Democracy Reporting Service', aliases: ['LDRS', 'the Local Democracy Reporting Service'], kind: 'agency' },
  { name: 'Daily Mail', aliases: ['The Daily Mail', 'The Mail', 'Mail Online', 'MailOnline', 'The Mail on Sunday', 'Mail on Sunday', 'Sportsmail', 'dailymail.co.uk', 'DailyMail.com'], domain: 'dailymail.co.uk', kind: 'news' },
  { name: 'Voice of America', aliases: ['VOA', 'VOA News', 'voanews.com'], domain: 'voanews.com', kind: 'news' },
  { name: 'Foreign Policy', aliases: ['foreignpolicy.com'], domain: 'foreignpolicy.com', kind: 'news' },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT', 'nytimes.com'], domain: 'nytimes.com', kind: 'news' },
  // "the Times" alone is the London paper unless the article has named another Times (resolveShortOutletNames).
  { name: 'The Times', aliases: ['The Times of London', 'Times of London', 'The Sunday Times', 'Sunday Times', 'thetimes.co.uk', 'thetimes.com'], domain: 'thetimes.co.uk', kind: 'news' },
  { name: 'The Washington Post', aliases: ['Washington Post', 'washingtonpost.com'], domain: 'washingtonpost.com', kind: 'news' },
  { name: 'The Wall Street Journal', aliases: ['Wall Street Journal', 'WSJ', 'wsj.com'], domain: 'wsj.com', kind: 'news' },
  { name: 'BBC', aliases: ['BBC News', 'the BBC', 'BBC One', 'BBC Two', 'BBC Radio 4', 'BBC Radio 5 Live', 'BBC World Service', 'bbc.co.uk', 'bbc.com'], domain: 'bbc.co.uk', kind: 'news' },
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
  // Journals that publish the studies news cites: "writing in the Lancet", "told the BMJ" ("Nature" and "Science",
  // common words, are left out as "The Economist" is).
  { name: 'The Lancet', aliases: ['Lancet', 'thelancet.com'], domain: 'thelancet.com', kind: 'journal' },
  { name: 'The BMJ', aliases: ['BMJ', 'British Medical Journal', 'bmj.com'], domain: 'bmj.com', kind: 'journal' },
  { name: 'The New England Journal of Medicine', aliases: ['New England Journal of Medicine', 'NEJM', 'nejm.org'], domain: 'nejm.org', kind: 'journal' },
  { name: 'JAMA', aliases: ['Journal of the American Medical Association', 'jamanetwork.com'], domain: 'jamanetwork.com', kind: 'journal' },
  { name: 'PNAS', aliases: ['Proceedings of the National Academy of Sciences', 'pnas.org'], domain: 'pnas.org', kind: 'journal' },
  { name: "Tomorrow's Affairs", aliases: ['Tomorrows Affairs', 'tomorrowsaffairs.com'], domain: 'tomorrowsaffairs.com', kind: 'news' },
  { name: 'The Telegraph', aliases: ['Telegraph', 'The Daily Telegraph', 'Daily Telegraph', 'The Sunday Telegraph', 'telegraph.co.uk'], domain: 'telegraph.co.uk', kind: 'news' },
  { name: 'The Observer', aliases: [], domain: 'observer.co.uk', kind: 'news' },
  { name: 'The Independent', aliases: ['Independent', 'independent.co.uk'], domain: 'independent.co.uk', kind: 'news' },
  { name: 'The Sun', aliases: ['thesun.co.uk', 'The Sun on Sunday'], domain: 'thesun.co.uk', kind: 'news' },
  { name: 'Daily Express', aliases: ['The Daily Express', 'Express', 'Sunday Express', 'The Sunday Express', 'express.co.uk'], domain: 'express.co.uk', kind: 'news' },
  { name: 'Daily Star', aliases: ['The Daily Star', 'dailystar.co.uk'], domain: 'dailystar.co.uk', kind: 'news' },
  { name: 'Daily Mirror', aliases: ['The Mirror', 'Mirror', 'The Daily Mirror', 'Sunday Mirror', 'The Sunday Mirror', 'mirror.co.uk'], domain: 'mirror.co.uk', kind: 'news' },
  { name: 'Evening Standard', aliases: ['The Evening Standard', 'London Evening Standard', 'standard.co.uk'], domain: 'standard.co.uk', kind: 'news' },
  { name: 'Financial Times', aliases: ['FT', 'The Financial Times', 'ft.com'], domain: 'ft.com', kind: 'news' },
  { name: 'Sky News', aliases: ['news.sky.com'], domain: 'news.sky.com', kind: 'news' },
  { name: 'ITV News', aliases: ['ITV', 'itv.com'], domain: 'itv.com', kind: 'news' },
  { name: 'Channel 4 News', aliases: ['Channel 4', 'channel4.com'], domain: 'channel4.com', kind: 'news' },
  { name: 'LBC', aliases: ['LBC Radio', 'lbc.co.uk'], domain: 'lbc.co.uk', kind: 'news' },
  { name: 'GB News', aliases: ['gbnews.com'], domain: 'gbnews.com', kind: 'news' },
  { name: 'TalkTV', aliases: ['talkTV', 'Talk TV'], domain: 'talk.tv', kind: 'news' },
  { name: 'France 24', aliases: ['france24.com'], domain: 'france24.com', kind: 'news' },
  { name: 'USA Today', aliases: ['USA TODAY', 'usatoday.com'], domain: 'usatoday.com', kind: 'news' },
  { name: 'Los Angeles Times', aliases: ['LA Times', 'L.A. Times', 'latimes.com'], domain: 'latimes.com', kind: 'news' },
  { name: 'New York Post', aliases: ['NY Post', 'nypost.com'], domain: 'nypost.com', kind: 'news' },
  { name: 'NPR', aliases: ['National Public Radio', 'npr.org'], domain: 'npr.org', kind: 'news' },
  { name: 'PBS', aliases: ['PBS NewsHour', 'pbs.org'], domain: 'pbs.org', kind: 'news' },
  { name: 'MSNBC', aliases: ['msnbc.com'], domain: 'msnbc.com', kind: 'news' },
  { name: 'CNBC', aliases: ['cnbc.com'], domain: 'cnbc.com', kind: 'news' },
  { name: 'The Hill', aliases: ['thehill.com'], domain: 'thehill.com', kind: 'news' },
  { name: 'Axios', aliases: ['axios.com'], domain: 'axios.com', kind: 'news' },
  { name: 'Newsweek', aliases: ['newsweek.com'], domain: 'newsweek.com', kind: 'news' },
  { name: 'The Atlantic', aliases: ['theatlantic.com'], domain: 'theatlantic.com', kind: 'news' },
  { name: 'TechCrunch', aliases: ['techcrunch.com'], domain: 'techcrunch.com', kind: 'news' },
  { name: 'Ars Technica', aliases: ['arstechnica.com'], domain: 'arstechnica.com', kind: 'news' },
  { name: 'Engadget', aliases: ['engadget.com'], domain: 'engadget.com', kind: 'news' },
  { name: '9to5Mac', aliases: ['9to5mac.com'], domain: '9to5mac.com', kind: 'news' },
  { name: 'MacRumors', aliases: ['macrumors.com'], domain: 'macrumors.com', kind: 'news' },
  { name: 'PolitiFact', aliases: ['Politifact', 'politifact.com'], domain: 'politifact.com', kind: 'news' },
  { name: 'FactCheck.org', aliases: ['factcheck.org'], domain: 'factcheck.org', kind: 'news' },
  { name: 'Snopes', aliases: ['snopes.com'], domain: 'snopes.com', kind: 'news' },
  { name: 'Full Fact', aliases: ['fullfact.org'], domain: 'fullfact.org', kind: 'news' },
  { name: 'TMZ', aliases: ['tmz.com'], domain: 'tmz.com', kind: 'news' },
  { name: 'People magazine', aliases: ['people.com'], domain: 'people.com', kind: 'news' },
  { name: 'Variety', aliases: ['variety.com'], domain: 'variety.com', kind: 'news' },
  { name: 'The Hollywood Reporter', aliases: ['Hollywood Reporter', 'hollywoodreporter.com'], domain: 'hollywoodreporter.com', kind: 'news' },
  { name: 'Page Six', aliases: ['pagesix.com'], domain: 'pagesix.com', kind: 'news' },
  { name: 'Us Weekly', aliases: ['usmagazine.com'], domain: 'usmagazine.com', kind: 'news' },
  { name: 'The New Yorker', aliases: ['newyorker.com'], domain: 'newyorker.com', kind: 'news' },
  { name: 'HuffPost', aliases: ['Huffington Post', 'The Huffington Post', 'huffpost.com'], domain: 'huffpost.com', kind: 'news' },
  { name: 'Breitbart News', aliases: ['Breitbart', 'breitbart.com'], domain: 'breitbart.com', kind: 'news' },
  { name: 'The Western Journal', aliases: ['Western Journal', 'westernjournal.com'], domain: 'westernjournal.com', kind: 'news' },
  { name: 'The Daily Caller', aliases: ['Daily Caller', 'dailycaller.com'], domain: 'dailycaller.com', kind: 'news' },
  { name: 'National Review', aliases: ['nationalreview.com'], domain: 'nationalreview.com', kind: 'news' },
  { name: 'Washington Examiner', aliases: ['The Washington Examiner', 'washingtonexaminer.com'], domain: 'washingtonexaminer.com', kind: 'news' },
  { name: 'The Daily Beast', aliases: ['Daily Beast', 'thedailybeast.com'], domain: 'thedailybeast.com', kind: 'news' },
  { name: 'Business Insider', aliases: ['businessinsider.com'], domain: 'businessinsider.com', kind: 'news' },
  { name: 'ProPublica', aliases: ['propublica.org'], domain: 'propublica.org', kind: 'news' },
  { name: 'The Intercept', aliases: ['theintercept.com'], domain: 'theintercept.com', kind: 'news' },
  { name: 'Vox', aliases: ['vox.com'], domain: 'vox.com', kind: 'news' },
  { name: 'Newsmax', aliases: ['newsmax.com'], domain: 'newsmax.com', kind: 'news' },
  { name: 'The Epoch Times', aliases: ['Epoch Times', 'theepochtimes.com'], domain: 'theepochtimes.com', kind: 'news' },
  { name: 'Deutsche Welle', aliases: ['DW', 'DW News', 'dw.com'], domain: 'dw.com', kind: 'news' },
  { name: 'Der Spiegel', aliases: ['Spiegel', 'spiegel.de'], domain: 'spiegel.de', kind: 'news' },
  { name: 'Le Monde', aliases: ['lemonde.fr'], domain: 'lemonde.fr', kind: 'news' },
  { name: 'RT', aliases: ['Russia Today', 'rt.com'], domain: 'rt.com', kind: 'news' },
  { name: 'TASS', aliases: ['Tass', 'tass.com'], domain: 'tass.com', kind: 'agency' },
  { name: 'Sputnik', aliases: ['Sputnik News', 'sputniknews.com'], domain: 'sputniknews.com', kind: 'news' },
  { name: 'Interfax', aliases: ['interfax.com'], domain: 'interfax.com', kind: 'agency' },
  { name: 'The Kyiv Independent', aliases: ['Kyiv Independent', 'kyivindependent.com'], domain: 'kyivindependent.com', kind: 'news' },
  { name: 'The Times of Israel', aliases: ['Times of Israel', 'timesofisrael.com'], domain: 'timesofisrael.com', kind: 'news' },
  { name: 'Haaretz', aliases: ['haaretz.com'], domain: 'haaretz.com', kind: 'news' },
  { name: 'The Jerusalem Post', aliases: ['Jerusalem Post', 'jpost.com'], domain: 'jpost.com', kind: 'news' },
  { name: 'South China Morning Post', aliases: ['SCMP', 'scmp.com'], domain: 'scmp.com', kind: 'news' },
  { name: 'Nikkei Asia', aliases: ['asia.nikkei.com'], domain: 'asia.nikkei.com', kind: 'news' },
  { name: 'Kyodo News', aliases: ['Kyodo'], domain: 'kyodonews.net', kind: 'agency' },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'], domain: 'yna.co.kr', kind: 'agency' },
  { name: 'KCNA', aliases: ['Korean Central News Agency'], domain: 'kcna.kp', kind: 'agency' },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency'], domain: 'irna.ir', kind: 'agency' },
  { name: 'Anadolu Agency', aliases: ['Anadolu'], domain: 'aa.com.tr', kind: 'agency' },
  { name: 'RIA Novosti', aliases: ['RIA'], domain: 'ria.ru', kind: 'agency' },
  { name: 'The Times of India', aliases: ['Times of India', 'timesofindia.indiatimes.com', 'TNN', 'Times News Network'], domain: 'timesofindia.indiatimes.com', kind: 'news' },
  { name: 'The Hindu', aliases: ['thehindu.com'], domain: 'thehindu.com', kind: 'news' },
  { name: 'Dawn', aliases: ['dawn.com'], domain: 'dawn.com', kind: 'news' },
  { name: 'CBC News', aliases: ['CBC', 'cbc.ca'], domain: 'cbc.ca', kind: 'news' },
  { name: 'The Globe and Mail', aliases: ['Globe and Mail', 'theglobeandmail.com'], domain: 'theglobeandmail.com', kind: 'news' },
  { name: 'The Sydney Morning Herald', aliases: ['Sydney Morning Herald', 'smh.com.au'], domain: 'smh.com.au', kind: 'news' },
  { name: 'Yahoo News', aliases: ['news.yahoo.com'], domain: 'news.yahoo.com', kind: 'news' },
  { name: 'Radio Free Europe/Radio Liberty', aliases: ['RFE/RL', 'Radio Free Europe', 'rferl.org'], domain: 'rferl.org', kind: 'news' },
  { name: 'Semafor', aliases: ['semafor.com'], domain: 'semafor.com', kind: 'news' },
  { name: 'Sky Sports', aliases: ['Sky Sports News', 'skysports.com'], domain: 'skysports.com', kind: 'news' },
  { name: 'BBC Sport', aliases: ['BBC Sports'], kind: 'news' },
  { name: 'ESPN', aliases: ['espn.com'], domain: 'espn.com', kind: 'news' },
  { name: 'The Athletic', aliases: ['theathletic.com'], domain: 'theathletic.com', kind: 'news' },
  { name: 'talkSPORT', aliases: ['Talksport', 'talksport.com'], domain: 'talksport.com', kind: 'news' },
  { name: 'La Gazzetta dello Sport', aliases: ['Gazzetta dello Sport', 'Gazzetta', 'gazzetta.it'], domain: 'gazzetta.it', kind: 'news' },
  { name: 'Corriere dello Sport', aliases: ['corrieredellosport.it'], domain: 'corrieredellosport.it', kind: 'news' },
  { name: 'Marca', aliases: ['marca.com'], domain: 'marca.com', kind: 'news' },
  { name: "L'Équipe", aliases: ['L’Équipe', "L'Equipe", 'lequipe.fr'], domain: 'lequipe.fr', kind: 'news' },
  { name: 'Bild', aliases: ['Bild-Zeitung', 'bild.de'], domain: 'bild.de', kind: 'news' },
  { name: 'Mundo Deportivo', aliases: ['mundodeportivo.com'], domain: 'mundodeportivo.com', kind: 'news' },
  // Wire agencies and state media quoted across the world's news (not by "PTI", "AAP" or "CCTV", also a party, a
  // paediatricians' academy and the cameras).
  { name: 'Press Trust of India', aliases: ['ptinews.com'], domain: 'ptinews.com', kind: 'agency' },
  { name: 'ANI', aliases: ['Asian News International', 'aninews.in'], domain: 'aninews.in', kind: 'agency' },
  { name: 'IANS', aliases: ['Indo-Asian News Service'], kind: 'agency' },
  { name: 'dpa', aliases: ['Deutsche Presse-Agentur', 'dpa.com'], domain: 'dpa.com', kind: 'agency' },
  { name: 'Australian Associated Press', aliases: ['aap.com.au'], domain: 'aap.com.au', kind: 'agency' },
  { name: 'EFE', aliases: ['Agencia EFE', 'efe.com'], domain: 'efe.com', kind: 'agency' },
  { name: 'ANSA', aliases: ['ansa.it'], domain: 'ansa.it', kind: 'agency' },
  { name: 'Bernama', aliases: ['bernama.com'], domain: 'bernama.com', kind: 'agency' },
  { name: 'Antara', aliases: ['Antara News', 'antaranews.com'], domain: 'antaranews.com', kind: 'agency' },
  { name: 'Ukrinform', aliases: ['ukrinform.net'], domain: 'ukrinform.net', kind: 'agency' },
  { name: 'Tasnim', aliases: ['Tasnim News Agency'], kind: 'agency' },
  { name: 'Fars', aliases: ['Fars News Agency'], kind: 'agency' },
  { name: 'WAFA', aliases: ['Wafa'], kind: 'agency' },
  { name: 'SANA', aliases: ['Syrian Arab News Agency'], kind: 'agency' },
  { name: 'Press TV', aliases: ['presstv.ir'], domain: 'presstv.ir', kind: 'news' },
  { name: 'China Central Television', aliases: ['cctv.com'], domain: 'cctv.com', kind: 'news' },
  { name: 'CGTN', aliases: ['cgtn.com'], domain: 'cgtn.com', kind: 'news' },
  { name: 'China Daily', aliases: ['chinadaily.com.cn'], domain: 'chinadaily.com.cn', kind: 'news' },
  { name: "People's Daily", aliases: ['Peoples Daily', 'people.com.cn'], domain: 'people.com.cn', kind: 'news' },
  { name: 'NHK', aliases: ['nhk.or.jp'], domain: 'nhk.or.jp', kind: 'news' },
  { name: 'The Asahi Shimbun', aliases: ['Asahi Shimbun', 'asahi.com'], domain: 'asahi.com', kind: 'news' },
  { name: 'Le Figaro', aliases: ['lefigaro.fr'], domain: 'lefigaro.fr', kind: 'news' },
  { name: 'El País', aliases: ['El Pais', 'elpais.com'], domain: 'elpais.com', kind: 'news' },
  { name: 'Frankfurter Allgemeine Zeitung', aliases: ['FAZ', 'faz.net'], domain: 'faz.net', kind: 'news' },
  { name: 'Süddeutsche Zeitung', aliases: ['Suddeutsche Zeitung', 'sueddeutsche.de'], domain: 'sueddeutsche.de', kind: 'news' },
  { name: 'Corriere della Sera', aliases: ['corriere.it'], domain: 'corriere.it', kind: 'news' },
  { name: 'The Irish Times', aliases: ['Irish Times', 'irishtimes.com'], domain: 'irishtimes.com', kind: 'news' },
  { name: 'RTÉ', aliases: ['RTE', 'rte.ie'], domain: 'rte.ie', kind: 'news' },
  { name: 'Al Arabiya', aliases: ['Al-Arabiya', 'alarabiya.net'], domain: 'alarabiya.net', kind: 'news' },
  { name: 'Asharq Al-Awsat', aliases: ['Asharq al-Awsat', 'aawsat.com'], domain: 'aawsat.com', kind: 'news' },
  { name: 'Middle East Eye', aliases: ['middleeasteye.net'], domain: 'middleeasteye.net', kind: 'news' },
  { name: 'Arab News', aliases: ['arabnews.com'], domain: 'arabnews.com', kind: 'news' },
  { name: 'Al-Monitor', aliases: ['Al Monitor', 'al-monitor.com'], domain: 'al-monitor.com', kind: 'news' },
  { name: 'The Boston Globe', aliases: ['Boston Globe', 'bostonglobe.com'], domain: 'bostonglobe.com', kind: 'news' },
  { name: 'Chicago Tribune', aliases: ['The Chicago Tribune', 'chicagotribune.com'], domain: 'chicagotribune.com', kind: 'news' },
  { name: 'The Washington Times', aliases: ['Washington Times', 'washingtontimes.com'], domain: 'washingtontimes.com', kind: 'news' },
  { name: 'The Verge', aliases: ['theverge.com'], domain: 'theverge.com', kind: 'news' },
  { name: 'Kommersant', aliases: ['kommersant.ru'], domain: 'kommersant.ru', kind: 'news' },
  { name: 'Ukrainska Pravda', aliases: ['pravda.com.ua'], domain: 'pravda.com.ua', kind: 'news' },
  { name: 'Meduza', aliases: ['meduza.io'], domain: 'meduza.io', kind: 'news' },
];

/** Lower-cased, with accents, punctuation, "the" and the ampersand folded, so spellings compare equal ("RTÉ" is "RTE", not "RT"). */
export function outletKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
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
  // ("NHK television showed…", "CBS radio": the outlet named with its medium.)
  const medium = /^(.+?)\s+(?:television|TV|radio|newspaper|website)$/i.exec(name.trim());
  return BY_KEY.get(key) ?? (medium ? resolveKnownOutlet(medium[1], extra) : null);
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
