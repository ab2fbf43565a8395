import fs from 'node:fs';
import path from 'node:path';
import { extractPlainText, plainTextOrigin } from '../../../src/core/extract/plain-text';
import { SEEDS_DIR } from '../../helpers/store';

const seed = (prefix: string) => {
  const name = fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix))!;
  return extractPlainText(fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8'));
};

describe('extractPlainText on the seed articles', () => {
  it.each([
    ['000', 'Daily Mail', null, null, null],
    ['001', 'U.S. News & World Report', '2021-08-13', null, null],
    ['002', null, null, null, 'U.S. News & World Report'],
    ['003', null, null, null, null],
    ['004', "Tomorrow's Affairs", null, "Tomorrow's Affairs Staff", null],
  ])('when reading %s, finds outlet %p, date %p, byline %p, credit %p', (prefix, outlet, date, byline, credit) => {
    const a = seed(prefix);
    expect(a.outlet).toBe(outlet);
    expect(a.date.date).toBe(date);
    expect(a.byline).toBe(byline);
    expect(a.credit).toBe(credit);
  });

  it('when a date header stands under the outlet, reads the date', () => {
    const a = extractPlainText('Associated Press\ndate 2024-03-04\n\nDrought shrinks Panama Canal traffic\n\nThe Panama Canal Authority said Monday it will cut the number of daily crossings.');
    expect([a.outlet, a.date.date, a.title]).toEqual(['Associated Press', '2024-03-04', 'Drought shrinks Panama Canal traffic']);
  });

  it("when a press release closes with its issuer's note, the issuer is the outlet", () => {
    const text = 'Northwind Energy announces new plant\n\nPRESS RELEASE\n\nNorthwind Energy today announced plans for a plant.\n\nAbout Northwind Energy\nNorthwind Energy is a developer based in Newcastle.';
    expect(extractPlainText(text)).toMatchObject({ outlet: 'Northwind Energy', outletBasis: 'press-release' });
    // Without the release's mark, an "About" line is only a heading.
    expect(extractPlainText(text.replace('PRESS RELEASE', 'Business news')).outlet).toBeNull();
  });

  it("when a section's label stands over the headline, it is no outlet and no title", () => {
    const a = extractPlainText('Guest Essay\n\nAmerica Is Sleepwalking Into a Debt Crisis\n\nBy Maya MacGuineas\n\nWashington has a spending problem.');
    expect([a.outlet, a.title, a.byline]).toEqual([null, 'America Is Sleepwalking Into a Debt Crisis', 'Maya MacGuineas']);
  });

  it("when a video story's headline is labelled as a link would be, over the byline, it is the title; alone, a link", () => {
    const a = extractPlainText('WATCH: Moment car crashes into shop\n\nBy Jane Smith\nThe Herald\n\nA car crashed into a shop in Leeds on Tuesday, police said.');
    expect([a.title, a.byline, a.outlet]).toEqual(['WATCH: Moment car crashes into shop', 'Jane Smith', 'The Herald']);
    expect(extractPlainText('Watch: Trump rally highlights\n\nThe president spoke for 90 minutes in Ohio on Saturday.').title).toBe('The president spoke for 90 minutes in Ohio on Saturday.');
  });

  it('when the release mark stands over the headline, the headline is the title', () => {
    const text = 'PRESS RELEASE\n\nNorthwind Energy reports record profit, raises guidance\n\nNorthwind Energy today announced record results for the quarter to September.';
    expect(extractPlainText(text).title).toBe('Northwind Energy reports record profit, raises guidance');
  });

  it.each([
    ['over the headline, the headline is the title', 'Correction: An earlier version of this article misstated the vote.\n\nGreen belt homes approved\nBy Jane Doe\n\nPlans for 400 homes were approved.', 'Green belt homes approved'],
    ['with no headline, the story\'s first sentence is the title', "Correction: An earlier version of this article incorrectly stated that the council had approved the plan. We apologise for the error.\n\nPlans for 400 homes on green belt land near Guildford have been approved despite objections.", 'Plans for 400 homes on green belt land near Guildford have been approved despite objections.'],
  ])('when an editor\'s note opens the text %s', (_, text, title) => {
    expect(extractPlainText(text).title).toBe(title);
  });

  it('when the release mark opens the text and the note says "About the…", the mark is no outlet and the issuer is', () => {
    const text = 'PRESS RELEASE\n\nWalking may cut risk of early death, study suggests\n\nPeople who walk 8,000 steps a day may live longer.\n\nAbout the University of Leeds\nThe University of Leeds is one of the largest universities in the UK.';
    expect(extractPlainText(text)).toMatchObject({ outlet: 'University of Leeds', outletBasis: 'press-release' });
  });

  it('when an agency names itself on the first line, it is the outlet', () => {
    const a = extractPlainText('Reuters\n\nFlooding forces thousands from homes\n\nROME (Reuters) - Heavy rain caused rivers to burst their banks on Wednesday, officials said.');
    expect([a.outlet, a.outletBasis, a.title]).toEqual(['Reuters', 'first-line', 'Flooding forces thousands from homes']);
  });

  it.each([
    ['Flooding forces thousands from homes\n\nBOLOGNA, Italy (AP) — Torrential rain swept across the region on Tuesday.', 'Associated Press'],
    ['Markets slide\n\nLONDON (Reuters) - Shares fell on Monday as investors fretted.', 'Reuters'],
    ['Markets slide\n\nLONDON, May 5 (Reuters) - Shares fell on Monday as investors fretted.', 'Reuters'],
    ['Markets slide\n\nLONDON (pictured) - Shares fell on Monday as investors fretted.', null],
    ['Truce agreed\n\nPORT SUDAN, Nov 18, 2026 (AFP) - The army said on Wednesday that it would respect it.', 'Agence France-Presse'],
    ['Nov 20 (Reuters) - Nvidia on Wednesday forecast revenue above estimates, betting on demand.', 'Reuters'],
    // An Indian wire's dateline: the place in title case, no dash.
    ['Three held for fraud\n\nMumbai, Mar 4 (PTI) The police have arrested three persons, an official said.', 'Press Trust of India'],
    ['Oil slides\n\nDUBAI/LONDON, Nov 20 (Reuters) - Saudi Arabia is considering a further cut.', 'Reuters'],
    // A Russian wire's: the day closed by a stop, the wire between slashes.
    ['Kremlin rejects plan\n\nMOSCOW, November 28. /TASS/. The plan amounts to theft, Dmitry Peskov told reporters.', 'TASS'],
  ])('when a wire dateline opens %j, the outlet is %p', (text, outlet) => {
    const a = extractPlainText(text);
    expect([a.outlet, a.outletBasis]).toEqual([outlet, outlet && 'dateline']);
  });

  it.each([
    ['PORT SUDAN, Nov 18, 2026 (AFP) - The army said on Wednesday that it would respect it.', '2026-11-18'],
    ['WASHINGTON, 3 March 2025 (Reuters) - Lawmakers said on Monday that it would pass.', '2025-03-03'],
    ['WASHINGTON, March 3, 2025 — Lawmakers said on Monday that it would pass.', '2025-03-03'],
    // A date between dashes after the wire's.
    ['CHICAGO (AP) — June 3, 2026 — A federal jury on Wednesday convicted a former alderman.', '2026-06-03'],
    // A town and its state before the date with its year, the wire between slashes.
    ['SAN JOSE, Calif., Oct. 24, 2024 /PRNewswire/ -- Acme Robotics, Inc. today announced results.', '2024-10-24'],
    // No year: placing it would need today's date, which the core does not read.
    ['LONDON, May 5 (Reuters) - Shares fell on Monday as investors fretted.', null],
  ])('when the wire dateline is %j, the date is %p', (dateline, date) => {
    expect(extractPlainText(`Markets slide\n\n${dateline}`).date.date).toBe(date);
  });

  it.each([
    ['Published: 14:02 BST, 18 September 2024 | Updated: 15:10 BST, 18 September 2024', '2024-09-18'],
    ['Updated 3:15 p.m. EDT, Sept. 18, 2024', '2024-09-18'],
    ['Posted at 9:30 on 4 March 2023', '2023-03-04'],
    // A date alone on its line.
    ['March 4, 2024', '2024-03-04'],
    ['5 March 2024', '2024-03-05'],
    ['Tuesday, March 4, 2024 at 10:15 a.m. EST', '2024-03-04'],
  ])('when the date header is %j, reads %p', (header, date) => {
    expect(extractPlainText(`Italy floods: thousands flee\n\n${header}\n\nMore than 10,000 people fled their homes, officials said.`).date.date).toBe(date);
  });

  it.each([
    ['Prophecy Watch\n\nThe Coming War in the Middle East\n\nBy John Hagee Jr.\n\nThe stage is set for the final battle, the writer claims at length.', 'John Hagee Jr.'],
    ['By the end of the year, the council had spent its whole budget on roads and schools.\n\nMore text follows in the second paragraph.', null],
    // The outlet and the date printed beside the name are read as such.
    ['Bird flu spreads to cows\n\nBy Helen Branswell | STAT | June 3, 2024\n\nFederal officials confirmed a third case on Monday.', 'Helen Branswell'],
    // The place the writer filed from is no part of the name.
    ['Ceasefire talks stall\n\nBy Peter Beaumont in Jerusalem\n\nNegotiations over a ceasefire have stalled, officials said.', 'Peter Beaumont'],
    // A writer's post run on after the name, without a comma.
    ['Ultra-processed food linked to early death\n\nBy Linda Geddes Science correspondent\n\nPeople who eat it die earlier, a study found.', 'Linda Geddes'],
    ['Arsenal 3-1 Chelsea\n\nBy James Whitfield at the Emirates Stadium\n\nBukayo Saka scored twice as Arsenal came from behind.', 'James Whitfield'],
    ['Liverpool 2-1 Manchester City\n\nBy Phil McNulty, Chief football writer at Anfield\n\nMohamed Salah scored a late winner.', 'Phil McNulty'],
    ['The truth about fluoride\n\nPosted by Dr. Kevin Marsh | March 12, 2025\n\nFor decades we have been told that it is safe.', 'Dr. Kevin Marsh'],
    // The date of posting after the writer.
    ['Europe is dying\n\nPosted by Mark Sinclair on March 2, 2025\n\nEurope is committing economic suicide.', 'Mark Sinclair'],
    // The writer after the date of posting.
    ['Is the Euphrates drying up\n\nPosted August 4, 2023 by Pastor Mike Reynolds\n\nThe river is drying up at an alarming rate, teachers say.', 'Pastor Mike Reynolds'],
    // A wire's byline in capitals, its name closing it: the writer as a reader writes the name.
    ["Japan's prime minister to step down\n\nBy MARI YAMAGUCHI Associated Press\n\nTOKYO (AP) — The prime minister said Friday he will resign.", 'Mari Yamaguchi'],
    // The writer's post before the name is no part of it.
    ['Bird flu explained\n\nBy Health Correspondent Priya Nair\n\nCases of bird flu have been reported in 17 states.', 'Priya Nair'],
    ['Albanese rules out changes\n\nBy political reporter Tom Lowrey\n\nThe Prime Minister has ruled out changes to negative gearing.', 'Tom Lowrey'],
    // Nor after it, a wire's initials in it.
    ['Starbucks to close stores\n\nBy Dee-Ann Durbin, AP Business Writer\n\nStarbucks is closing hundreds of stores, the company said.', 'Dee-Ann Durbin'],
    ['NHS waiting list falls\n\nBy Nick Triggle, Health correspondent\n\nThe waiting list has fallen for the third month in a row.', 'Nick Triggle'],
    // A name alone under the headline, the post on the line under it, as the BBC prints them.
    ['NHS waiting list falls\n\nNick Triggle\nHealth correspondent\n\nThe waiting list has fallen for the third month in a row.', 'Nick Triggle'],
    // Or where they filed from, over the date, as the FT prints them.
    ['UK inflation falls to 2.1%\n\nDelphine Strauss in London\n\nPublished 15 October 2026\n\nUK inflation fell more than expected in September.', 'Delphine Strauss'],
    // A person's name alone over the date, past a newsletter's subtitle.
    ['The Fed is about to make a huge mistake\nWhy cutting rates now would reignite inflation\nJason Furman\nSep 14, 2025\n\nI have been arguing for months.', 'Jason Furman'],
    // Writers listed alone under the headline, as Axios prints them; an academic with a post and a university.
    ['Scoop: White House weighs pulling troops from Syria\n\nAlex Thompson, Barak Ravid\n\nThe White House is weighing a plan.', 'Alex Thompson, Barak Ravid'],
    ['Why ultra-processed food is so hard to resist\n\nSarah Johnson, Senior Lecturer in Nutrition, University of Leeds\n\nUltra-processed foods now make up half of the calories eaten.', 'Sarah Johnson'],
    // A name and a writer's post run together, as a page copied without its markup has them.
    ['Starmer faces cabinet revolt over welfare cuts\n\nPippa Crerar Political editor\n\nKeir Starmer is facing a growing cabinet revolt.', 'Pippa Crerar'],
    // Not a subtitle of places, nor a name with no known given name.
    ['Storm hits coast\n\nLondon, Paris and Berlin\n\nWinds reached 90mph on Monday.', null],
    // A credit to the staff, with no "By".
    ['Council extends library hours\nCamarillo Acorn staff\n\nThe council voted 4-1 on Wednesday to extend library hours.', 'Camarillo Acorn staff'],
  ])('when the text is %j, the byline is %p', (text, byline) => {
    expect(extractPlainText(text).byline).toBe(byline);
  });

  it('when the byline closes on the date of posting, reads the date', () => {
    expect(extractPlainText('Europe is dying\n\nPosted by Mark Sinclair on March 2, 2025\n\nEurope is committing economic suicide.').date.date).toBe('2025-03-02');
  });

  it('when a dateline gives a day without its year, leaves the date unplaced and says what was written', () => {
    expect(extractPlainText('Oil jumps\n\nLONDON, Dec 3 (Reuters) - Oil prices rose on Thursday.').date).toEqual({ date: null, raw: 'Dec 3', confidence: 'unknown', issues: ['the dateline gives no year ("Dec 3")'] });
    expect(extractPlainText('Truce\n\nPORT SUDAN, Nov 18, 2026 (AFP) - The army agreed to a truce.').date.date).toBe('2026-11-18');
    // A press release's dateline, the wire between slashes.
    expect(extractPlainText('Bank reports record results\n\nSEATTLE, Oct. 24, 2026 /PRNewswire/ -- Northwind Bank today reported record income.').date.date).toBe('2026-10-24');
  });

  it('when a byline prints the outlet and the date beside the name, reads them, and never takes the byline for the title', () => {
    const a = extractPlainText('Bird flu spreads\n\nBy Helen Branswell | STAT | June 3, 2024\n\nFederal officials confirmed a third case on Monday.');
    expect([a.outlet, a.outletBasis, a.date.date, a.title]).toEqual(['STAT', 'byline', '2024-06-03', 'Bird flu spreads']);
  });

  it.each([
    ['TNN | Updated: Sep 12, 2026, 08:14 IST', 'The Times of India', '2026-09-12'],
    ['PTI | Updated: May 28, 2025, 14:05 IST', 'Press Trust of India', '2025-05-28'],
    // A section beside the date is no outlet.
    ['Health | Updated: Sep 12, 2026, 08:14 IST', null, '2026-09-12'],
    ['Home | News | World', null, null],
  ])('when a credit line in parts with no byline stands above the story (%j), reads its date and a known outlet (%p, %p)', (line, outlet, date) => {
    const a = extractPlainText(`Techie loses Rs 1.2 crore in scam\n\n${line}\n\nBENGALURU: A 39-year-old software engineer lost money to fraudsters who posed as officers, police said on Thursday.`);
    expect([a.outlet, a.date.date]).toEqual([outlet, date]);
  });

  it.each([
    ['By JOHN SMITH FOR MAILONLINE', 'John Smith', 'Daily Mail'],
    ['By Sarah Packer, Showbiz Editor For Mailonline', 'Sarah Packer', 'Daily Mail'],
    ['By James Reynolds For Dailymail.Com', 'James Reynolds', 'Daily Mail'],
    ['By Jane Doe for the Guardian', 'Jane Doe', 'The Guardian'],
  ])('when the byline %j names the paper written for, reads the writer %j and the outlet %j', (line, byline, outlet) => {
    const a = extractPlainText(`Residents slam council over bus lane\n\n${line}\n\nThe council said on Monday that it would cut the bus service by half next year.`);
    expect([a.byline, a.outlet, a.outletBasis]).toEqual([byline, outlet, 'byline']);
  });

  it.each([
    // A paper's masthead under the writer's name alone, or over the name and the post.
    ['Council tax to rise\nAdam Postans\nBristol Post\n20 February 2025\n\nCouncil tax will go up.'],
    ['Council tax to rise\nBristol Post\nAdam Postans, Local Democracy Reporter\n20 February 2025\n\nCouncil tax will go up.'],
  ])('when the writer and the masthead stand under the headline without "By" (%j), reads both', (text) => {
    const a = extractPlainText(text);
    expect([a.byline, a.outlet, a.title]).toEqual(['Adam Postans', 'Bristol Post', 'Council tax to rise']);
  });

  it('when the line under the byline prints the outlet and the date, reads them, and the post after the name is no part of it', () => {
    const a = extractPlainText('Minister resigns over expenses row\n\nBy Jane Doe, Political Correspondent\nThe Herald Tribune | 12 March 2025, 10:42 GMT\n\nThe minister resigned on Tuesday.');
    expect([a.byline, a.outlet, a.date.date, a.title]).toEqual(['Jane Doe', 'The Herald Tribune', '2025-03-12', 'Minister resigns over expenses row']);
  });

  it.each([
    ['Council pledges pothole blitz\nBy Gary Lines\nNorthwick Echo, 4 March 2026\n\nDrivers have been promised a blitz.', 'Northwick Echo', '2026-03-04'],
    ['Daily aspirin may cut cancer risk\nBy Priya Shah, Health Correspondent\nBBC News, 8 October 2026\n\nAspirin may help.', 'BBC', '2026-10-08'],
    // A release's label names no publisher.
    ['Council launches pothole fund\nNorthwick Council\nPress release, 3 March 2026\n\nThe council has launched a fund.', null, '2026-03-03'],
    // Below the story, a name and a date are another article's, in a list of links.
    ['China is prepared to recognize the Taliban as the legitimate ruler of Afghanistan if it succeeds in toppling the government.\nRelated\nForeign Policy, August 9, 2017', null, null],
  ])('when a name and a date stand on a line of their own (%j), the outlet is %p and the date %p', (text, outlet, date) => {
    const a = extractPlainText(text);
    expect([a.outlet, a.date.date]).toEqual([outlet, date]);
  });

  it('when the title is a paper\'s editorial ("The Guardian view on…"), the paper is the outlet', () => {
    const a = extractPlainText('The Guardian view on water bills: customers should not pay for failure\n\nEditorial\n\nHouseholds are about to pay more.');
    expect(a.outlet).toBe('The Guardian');
    expect(extractPlainText('The farmer\'s view on water bills\n\nHouseholds are about to pay more.').outlet).toBeNull();
  });

  it('when fields are labelled at the top ("Author:", "Source:"), reads the byline and the outlet, and takes neither for the title', () => {
    const a = extractPlainText('Minister resigns over expenses row\nPublished: 2025-03-12\nAuthor: Jane Doe\nSource: Daily Planet\n\nThe minister resigned on Tuesday.');
    expect([a.byline, a.outlet, a.date.date, a.title]).toEqual(['Jane Doe', 'Daily Planet', '2025-03-12', 'Minister resigns over expenses row']);
  });

  it("when a chart's source is labelled under it, takes it for no outlet", () => {
    const text = "The labor market is cooling, not collapsing\n\nGuy Berger\nSep 7, 2025\n\nPayrolls rose by just 22,000 in August.\n\nChart: Monthly change in nonfarm payrolls\nSource: BLS\n\nBut I think the panic is overdone.";
    expect(extractPlainText(text).outlet).toBeNull();
  });

  it.each([
    ['By Daily Star Reporter', 'Daily Star'],
    ['By Yorkshire Evening Post reporter', 'Yorkshire Evening Post'],
    // Its website's.
    ['By Daily Express Online', 'Daily Express'],
    ['By Sun Online Reporter', 'The Sun'],
    ['By Guardian staff and agencies', 'The Guardian'],
    ['By Political Reporter', null],
    // A wire in the writer's post.
    ['By Dee-Ann Durbin, AP Business Writer', 'Associated Press'],
    // (Or on the line under the byline; "PA" there is the Press Association's.)
    ['By Jane Kirby\nPA Health Correspondent', 'PA Media'],
    // The wire or paper closing the byline, with its desk or not.
    ['By John Smith, Associated Press', 'Associated Press'],
    ['By Sarah Keith-Lucas, BBC Weather', 'BBC'],
    ['By Jane Doe for the Guardian', 'The Guardian'],
    ['By Rebecca English, Royal Editor For The Daily Mail', 'Daily Mail'],
    ['By Jane Doe, Political Correspondent', null],
    ['By Full Fact team', 'Full Fact'],
    ['Posted by Patriot Truth Network', 'Patriot Truth Network'],
    ['By Bristol Post', 'Bristol Post'],
    ['By John Post', null],
    ['By Tomorrow\'s Affairs Staff', "Tomorrow's Affairs"],
    ['By John Smith, Reporter', null],
    // The outlet signing the story itself.
    ['By Global Times', 'Global Times'],
    ['By Reuters', 'Reuters'],
    ['By Reuters Fact Check', 'Reuters'],
    ['Camarillo Acorn staff', 'Camarillo Acorn'],
    // A paper's desk names no paper.
    ['By Political Staff', null],
    ['By City Desk', null],
    // A wire's letters alone where the byline stands.
    ['AAP', 'Australian Associated Press'],
    // A known outlet's name alone on the line under the byline.
    ['By Laura Jenkins and Tom Ashby\nBBC News', 'BBC'],
    ['From Kathryn Armstrong and Tom Bennett\nBBC News', 'BBC'],
    ['By Helen Marsh\nBBC News, Bristol', 'BBC'],
    // Or its section, or a paper's masthead, known or not; not a place or a post.
    ['By Simon King\nBBC Weather', 'BBC'],
    ['By Shayan Sardarizadeh\nBBC Verify', 'BBC'],
    ['By Phil McNulty\nChief football writer, BBC Sport', 'BBC Sport'],
    ['By Phil McNulty\nChief football writer, BBC Sport at the Emirates Stadium', 'BBC Sport'],
    ['By Jane Doe\nReuters Fact Check', 'Reuters'],
    ['By Helen Pidd\nManchester Evening News', 'Manchester Evening News'],
    ['By Helen Pidd\nThe Northern Echo', 'The Northern Echo'],
    ['By Anna Kowalski\nPolitico Europe', 'Politico'],
    ['By CryptoKing\nCoinDegen Daily', 'CoinDegen Daily'],
    ['By Helen Pidd\nManchester', null],
    ['By Helen Pidd\nNorth of England Editor', null],
    // (Or under the writer's post.)
    ['By Patrick Butler\nSocial policy editor\nThe Guardian', 'The Guardian'],
    ['By Mohamed El-Erian\nOpinion\nFinancial Times', 'Financial Times'],
    // Or the masthead between the headline and the byline.
    ['Manchester Evening News\nBy Helen Pidd', 'Manchester Evening News'],
  ])('when the byline is %j, the outlet is %p', (line, outlet) => {
    expect(extractPlainText(`Plastic found in hearts\n\n${line}\n\nDeadly plastic particles have been found in the hearts of patients, a study has revealed.`).outlet).toBe(outlet);
  });

  it("when an op-ed's writer stands alone under the headline and the closing note names them, that is the byline", () => {
    const text = 'The housing plan is a betrayal of a generation\n\nPolly Hart\n\nRents will keep rising.\n\nPolly Hart is a housing campaigner and author of Priced Out.';
    expect(extractPlainText(text).byline).toBe('Polly Hart');
    // Without the note, a line of capitals under a headline may be anything: a section, a place.
    expect(extractPlainText(text.split('\n\n').slice(0, 3).join('\n\n')).byline).toBeNull();
  });

  it.each([
    // A short first line is the headline, a one-word one too, and a date under it is none.
    ['Storm hits coast\n\nPublished 3 December 2026\n\nA storm hit the coast on Tuesday, officials said.', 'Storm hits coast', null],
    ['Hydroxychloroquine\n\nHydroxychloroquine is a medication used to treat malaria.[1]', 'Hydroxychloroquine', null],
    // Two capitalised words or a known name on the first line are the outlet.
    ['Prophecy Watch\n\nThe river is drying up, just as the prophets foretold it would.', 'The river is drying up, just as the prophets foretold it would.', 'Prophecy Watch'],
    // So is one word with a brand's capital inside it, or a site's address.
    ["TechPulse\nApple is abandoning India, and it's a disaster for Modi\nMarch 3, 2026\n\nApple is pulling production out of India.", "Apple is abandoning India, and it's a disaster for Modi", 'TechPulse'],
    ['axios.com\nFed holds rates steady\n\nThe Federal Reserve held rates steady on Wednesday.', 'Fed holds rates steady', 'Axios'],
    // A body's name between the headline and the date, with no byline; a person's there is no outlet.
    ['Plastic in every baby\n\nTruth Health Watch\n4 March 2026\n\nEvery placenta tested contains microplastics.', 'Plastic in every baby', 'Truth Health Watch'],
    ['Plastic in every baby\n\nJane Doe\n4 March 2026\n\nEvery placenta tested contains microplastics.', 'Plastic in every baby', null],
    // (Or under the writer's name, a ministry's blog.)
    ['Are We Living in the Last Days?\n\nPastor Mike Reynolds\nGrace Prophecy Ministries\nNovember 20, 2026\n\nJesus warned that wars would come.', 'Are We Living in the Last Days?', 'Grace Prophecy Ministries'],
    // (A firm issuing its own release, its legal form's stop no sentence's.)
    ['Greenfield Energy to build solar farm in Nevada\n\nGreenfield Energy Inc.\nMarch 3, 2025\n\nGreenfield Energy Inc. today announced plans to build a solar farm.', 'Greenfield Energy to build solar farm in Nevada', 'Greenfield Energy Inc.'],
    // (A headline in Title Case over it is still the headline, and a blog's name the outlet.)
    ["Assad's Army Takes Back Saraqeb\n\nMiddle East Monitor Blog\nPosted on March 5, 2026\n\nSyrian forces recaptured the town of Saraqeb on Wednesday.", "Assad's Army Takes Back Saraqeb", 'Middle East Monitor Blog'],
    // With no headline, the first sentence past the wire's dateline and its abbreviations.
    ['CHICAGO (AP) — June 3, 2026 — A federal jury convicted a former alderman of bribery. He will appeal.', 'A federal jury convicted a former alderman of bribery.', 'Associated Press'],
    ['NEWPORT NEWS, Va. - In a tradition he has kept for 40 years, Rep. Robert C. Scott held a cookout on his farm yesterday.', 'In a tradition he has kept for 40 years, Rep. Robert C. Scott held a cookout on his farm yesterday.', null],
  ])('when the text is %j, the title is %j and the outlet %p', (text, title, outlet) => {
    expect(extractPlainText(text)).toMatchObject({ title, outlet });
  });

  it("when a news site's page is pasted whole, reads past its menu, share buttons and picture labels to the headline, writer and outlet", () => {
    const text = 'Skip to content\nBBC\nHome News Sport Weather iPlayer\nBus fares capped at £3 as government extends scheme\n10 hours ago\nShare\nSave\nTom Edgington\nBBC News\nGetty Images\nImage caption,\nThe cap was introduced in January 2023\nThe £2 cap on single bus fares in England will rise to £3 from January, the government has announced.';
    expect(extractPlainText(text)).toMatchObject({ title: 'Bus fares capped at £3 as government extends scheme', outlet: 'BBC', byline: 'Tom Edgington' });
  });

  it.each([
    [
      'a Guardian page (its link home names the site; the writer stands past the subtitle, over the date)',
      "The Guardian - Back to home\nSupport the Guardian\nSupport us\nNews\nOpinion\nSport\nCulture\n\nClimate crisis\nThis article is more than 1 month old\nGlobal heating pushing world into 'uncharted territory', say scientists\n\nPlanet's vital signs worse than at any time in human history, report finds\n\nDamian Carrington Environment editor\nTue 8 Oct 2024 12.00 BST\n\nThe climate crisis has pushed the planet into uncharted territory, scientists say.",
      { title: "Global heating pushing world into 'uncharted territory', say scientists", outlet: 'The Guardian', byline: 'Damian Carrington', date: { date: '2024-10-08' } },
    ],
    [
      'an AP page (past its menu, search box and caption; the writers in capitals)',
      'AP\nMenu\nSearch Query\nSubmit Search\nShow Search\n\nWorld News\nUS News\nPolitics\n\nSupreme Court allows Trump administration to end legal protections for Venezuelan migrants\n\nFILE - Venezuelan migrants wait at a shelter in Chicago, Oct. 3, 2023. (AP Photo/Erin Hooley, File)\n\nBY MARK SHERMAN AND REBECCA SANTANA\nUpdated 6:35 PM GMT, May 19, 2025\n\nWASHINGTON (AP) — The Supreme Court on Monday allowed the administration to strip protections from migrants.',
      { title: 'Supreme Court allows Trump administration to end legal protections for Venezuelan migrants', outlet: 'Associated Press', byline: 'Mark Sherman and Rebecca Santana', date: { date: '2025-05-19' } },
    ],
    [
      "a Mail page (past its weather widget and the summary's points; the date labelled beside the byline)",
      "Privacy Policy Feedback\nMonday, Mar 3rd 2025 9AM 8°C 12PM 11°C 5-Day Forecast\nAdvertisement\n\n'Heartbroken' mother slams council after son's grave is bulldozed by mistake\n\nWorkers cleared the plot at Southern Cemetery in Manchester\nCouncil apologised and said it would pay for a new headstone\n\nBy JANE SMITH FOR MAILONLINE\nPublished: 10:21, 3 March 2025 | Updated: 12:02, 3 March 2025\n\ne-mail\n12\nView comments\n\nA grieving mother has told of her horror after discovering that her son's grave had been bulldozed.",
      { title: "'Heartbroken' mother slams council after son's grave is bulldozed by mistake", outlet: 'Daily Mail', byline: 'Jane Smith', date: { date: '2025-03-03' } },
    ],
    [
      'a Reuters page (its banner over a long menu is no headline; the site named by its link home)',
      'Skip to main content\nExclusive news, data and analytics for financial market professionals\nLearn more about\nRefinitiv\nReuters home\nWorld\nBusiness\nMarkets\nSustainability\nLegal\nMore\nMy View\nRegister\n\nOil prices jump 4% after Israel strikes Iran\n\nBy Florence Tan and Anna Hirtenstein\n\nJune 13, 2025 7:48 AM GMT+1\nUpdated 2 hours ago\n\nOil prices surged on Friday after Israel said it had struck Iran.',
      { title: 'Oil prices jump 4% after Israel strikes Iran', outlet: 'Reuters', byline: 'Florence Tan and Anna Hirtenstein', date: { date: '2025-06-13' } },
    ],
    [
      "an NBC page (its logo's label names the site; the wire writing with the reporter is no part of her name)",
      'NBC News Logo\nSponsored By\nPolitics\nU.S. News\nWorld\nShare & Save —\nSearch\nSECTIONS\nIsrael strikes Hezbollah targets in Lebanon after rocket fire\nThe Israeli military said it hit dozens of sites in southern Lebanon.\nDec. 3, 2026, 8:45 AM EST\nBy Chantal Da Silva and Reuters\nTEL AVIV — Israel carried out a wave of airstrikes across southern Lebanon on Tuesday, the Israeli military said.',
      { title: 'Israel strikes Hezbollah targets in Lebanon after rocket fire', outlet: 'NBC News', byline: 'Chantal Da Silva', date: { date: '2026-12-03' } },
    ],
    [
      'a Fox News page (the headline over its subtitle, under the date; the offer to hear it read is chrome)',
      "Skip to main content\nFox News\nWatch TV\nMenu\nU.S.\nPolitics\nWorld\nOpinion\nMedia\nPolitics\nPublished December 5, 2026 6:12pm EST\nHouse GOP unveils plan to avert shutdown as deadline looms\nSpeaker says the stopgap bill will keep the government open through January\nBy Elizabeth Elkind Fox News\nclose\nVideo\nNEWYou can now listen to Fox News articles!\nHouse Republicans on Thursday unveiled a short-term spending bill that would keep the federal government funded through Jan. 30.",
      { title: 'House GOP unveils plan to avert shutdown as deadline looms', outlet: 'Fox News', byline: 'Elizabeth Elkind', date: { date: '2026-12-05' } },
    ],
    [
      "a CNN page (an advert's survey and the section over the headline are no headline)",
      'CNN values your feedback\n1. How relevant is this ad to you?\n\nPolitics\nTrump says he will sign order to end birthright citizenship on day one\n\nBy Alayna Treene, CNN\n3 minute read\nUpdated 5:41 PM EST, Sun December 8, 2024\n\nPresident-elect Donald Trump said Sunday he plans to sign an executive order.',
      { title: 'Trump says he will sign order to end birthright citizenship on day one', outlet: 'CNN', byline: 'Alayna Treene', date: { date: '2024-12-08' } },
    ],
    [
      'a Times page (its masthead; the headline without its section; the writers past the subtitle and share buttons)',
      'Skip to content\nThe New York Times\nSKIP ADVERTISEMENT\nU.S.|Texas Floods Kill at Least 24, With Dozens Missing\nhttps://www.nytimes.com/2025/07/04/us/texas-floods.html\nTexas Floods Kill at Least 24, With Dozens Missing\nHeavy rains caused the Guadalupe River to rise 26 feet in 45 minutes, officials said.\n\nListen to this article · 5:12 min Learn more\nShare full article\n\nBy J. David Goodman and Edgar Sandoval\nReporting from Kerrville, Texas\n\nJuly 4, 2025\n\nAt least 24 people were killed after torrential rains sent the river surging, officials said.',
      { title: 'Texas Floods Kill at Least 24, With Dozens Missing', outlet: 'The New York Times', byline: 'J. David Goodman and Edgar Sandoval', date: { date: '2025-07-04' } },
    ],
  ])('when %s is pasted whole, reads its headline, outlet, writers and date', (_, text, expected) => {
    expect(extractPlainText(text)).toMatchObject(expected);
  });

  it("when a government page names its issuers over the date, the first body among them is the outlet; a person named after \"From:\" is none", () => {
    const text = 'Press release\n\nNew powers to tackle knife crime come into force\n\nFrom: Home Office and The Rt Hon Yvette Cooper MP\nPublished 24 September 2024\n\nThe ban makes it illegal to possess the weapons.';
    expect(extractPlainText(text)).toMatchObject({ outlet: 'Home Office', date: { date: '2024-09-24' } });
    expect(extractPlainText('Meeting moved\n\nFrom: John Smith\nTo: Jane\n\nThe meeting is moved to Friday.').outlet).toBeNull();
    // (A body's own "and" stays in its name; a comma before another body ends it.)
    expect(extractPlainText(text.replace('Home Office and The Rt Hon Yvette Cooper MP', 'Department of Health and Social Care and The Rt Hon Wes Streeting MP')).outlet).toBe('Department of Health and Social Care');
    expect(extractPlainText(text.replace('Home Office and', 'HM Treasury, Department for Business and Trade and')).outlet).toBe('HM Treasury');
  });

  it('when the menu is pasted one item a line, eight lines or more over the headline, reads past it: no menu item is the outlet', () => {
    const text = 'Skip to main content\nSign in\nSubscribe\nWorld\nUS & Canada\nUK\nBusiness\nTech\n\nHurricane Milton: Millions told to evacuate as storm nears Florida\n\n2 hours ago\nShare\nSave\n\nJames FitzGerald\nBBC News\n\nMillions of people in Florida have been ordered to leave their homes.';
    expect(extractPlainText(text)).toMatchObject({ title: 'Hurricane Milton: Millions told to evacuate as storm nears Florida', outlet: 'BBC', byline: 'James FitzGerald' });
  });

  it('when a known outlet stands alone where the byline would, it is the outlet', () => {
    const a = extractPlainText('Council to close three libraries in £4m savings plan\n\nLocal Democracy Reporting Service\n\nThree libraries in Sheffield will close next year, the city council has confirmed.');
    expect([a.outlet, a.title]).toEqual(['Local Democracy Reporting Service', 'Council to close three libraries in £4m savings plan']);
  });

  it.each([
    ['Pop star engaged to footballer\n\nPop sensation Ava Lane is secretly engaged, The Sun can reveal.', 'The Sun'],
    ['Minister to quit\n\nThe Cabinet minister will resign next week, the BBC understands.', 'BBC'],
    // (By its desk, asking for comment.)
    ['Fans fume as tickets sell out\n\nFans were left fuming.\n\nThe Sun Online has contacted See Tickets for comment.', 'The Sun'],
  ])('when the story names its own outlet in %j, the outlet is %p', (text, outlet) => {
    expect(extractPlainText(text)).toMatchObject({ outlet, outletBasis: 'self-reference' });
  });

  it.each([
    ['Storm Bert: thousands without power\n\nThousands of homes are without power after Storm Bert brought flooding to Wales.\n\nCopyright 2024 BBC. All rights reserved.', 'BBC'],
    ['Oil slips\n\nOil prices slipped on Tuesday as traders weighed the chances of a ceasefire in the region.\n\n© 2026 Reuters', 'Reuters'],
    // A name no outlet is known by is the writer's, or anyone's.
    ['Garden notes\n\nThe roses came early this year, and the first frost came late in the autumn too.\n\nCopyright 2026 Jane Smith', null],
  ])('when a copyright notice closes %j, the outlet is %p', (text, outlet) => {
    expect(extractPlainText(text)).toMatchObject({ outlet, outletBasis: outlet && 'copyright' });
  });

  it('when a headline of two sentences stands over the byline, takes the whole line as the title', () => {
    const a = extractPlainText('Opinion | The four-day week is coming. Employers should stop fighting it.\n\nBy Dana Whitlock\n\nEvery few decades, the working week changes.');
    expect([a.title, a.byline]).toEqual(['Opinion | The four-day week is coming. Employers should stop fighting it.', 'Dana Whitlock']);
  });

  it('when a headline follows page chrome, takes it as the title', () => {
    expect(seed('003').title).toBe('Beijing and Taliban Build an Alliance as U.S Credibility Wanes');
  });

  it('when the text lists an impossible date, flags it and stores no date', () => {
    const a = seed('002');
    expect(a.date.date).toBeNull();
    expect(a.date.issues).toEqual(['impossible date "August 39, 2017" in the text']);
  });

  it('keeps the text exactly as read, so offsets point into the file', () => {
    const raw = fs.readFileSync(path.join(SEEDS_DIR, fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith('001'))!), 'utf8');
    expect(extractPlainText(raw).text).toBe(raw);
  });
});

describe('plainTextOrigin', () => {
  it.each(['000', '001', '002', '003', '004'])('when reading seed %s, gives the outlet and date extractPlainText finds', (prefix) => {
    const name = fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix))!;
    const a = seed(prefix);
    expect(plainTextOrigin(fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8'))).toEqual({ outlet: a.outlet, date: a.date.date });
  });
});
