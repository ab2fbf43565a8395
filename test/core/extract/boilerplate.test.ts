import { isAuthorNote, isBracketedCaption, isBylineLine, isCaptionLine, isChromeLine, isCreditLine, isEditorsNote, releaseNoteStart } from '../../../src/core/extract/boilerplate';

describe('isChromeLine', () => {
  it.each([
    ['21.5 C', true],
    ['Related articles', true],
    ['Follow Pam Key on Twitter @pamkeyNEN.', true],
    ['China is prepared to recognize the Taliban.', false],
    // Photo credits are chrome; an outlet's name alone on a line is not.
    ['(Reuters)', true],
    ['REUTERS/Yara Nardi', true],
    ['AP Photo/Evan Vucci', true],
    ['Getty Images', true],
    ['Reuters', false],
    // A line pointing to a link.
    ['Find AP Fact Checks here: https://apnews.com/APFactCheck.', true],
    // A link to another story under its label.
    ['Read more: Storm Bert - what are the weather warnings?', true],
    ['RELATED: Police name victim of Leeds crash', true],
    ['The report is online: it says the budget fell by a third.', false],
    // A newsletter's sign-off; thanks given in a story are no chrome.
    ['Thanks for reading.', true],
    ['The comments below have not been moderated.', true],
    ['Copyright 2026 by WESH.', true],
    ['All rights reserved.', true],
    ['Copyright law protects the work of writers, the court ruled.', false],
    ['Forward this to a friend!', true],
    ['Thanks for reading the report, the minister told MPs.', false],
    // A site's longer notices: a newsletter's pitch, a disclaimer of external links, affiliate links.
    ['Sign up for our morning newsletter and get BBC News in your inbox.', true],
    ['Sign up to Down to Earth, our free weekly newsletter about the environment.', true],
    // A page's buttons and labels, and its paywall; a sentence that uses their words is none.
    ['Listen to this article', true],
    ['5 min read', true],
    ['Story continues below advertisement', true],
    ['Subscribe to continue reading.', true],
    ['This article is for subscribers only.', true],
    ['Already a subscriber? Log in', true],
    ['Get the latest news delivered to your inbox.', true],
    ['Most viewed articles were about the war.', false],
    // A newsletter's own pitch; "subscribe to" a view is a claim.
    ['Subscribe for free to receive new posts and support my work.', true],
    ['Thanks for reading The Ledger!', true],
    ['Subscribe to the theory that it works.', false],
    // A site's menu, share buttons, the time the page was loaded and a picture's labels.
    ['Skip to content', true],
    ['Home News Sport Weather iPlayer', true],
    ['Home > World > Middle East', true],
    ['News › UK', true],
    ['Profits > expectations as sales soar at Tesco', false],
    ['10 hours ago', true],
    ['Image caption,', true],
    ['More on this story', true],
    ['Home secretary resigns', false],
    ['Save the date: the vote is on Friday.', false],
    ['Key points:', true],
    ['The BBC is not responsible for the content of external sites.', true],
    ['This article contains affiliate links, which means we may earn a small commission.', true],
    // A trading tip's disclaimer; advice given in a story is a sentence.
    ['This is not financial advice.', true],
    ['Always do your own research.', true],
    ['Regulators said the app gave financial advice without a licence.', false],
    ['Thousands signed up for the scheme, which the council said was not responsible for the delays.', false],
    // A plea to pass the page on; a story about sharing is none.
    ['Share this before it gets deleted!', true],
    ['Please share far and wide.', true],
    ['Share prices fell sharply on Monday.', false],
    // A plea for money, and an academic's funding note; a story about donors is none.
    ['Support our journalism.', true],
    ['Become a member today and get ad-free access.', true],
    ['Disclosure statement: Sarah Johnson has received funding from the Medical Research Council.', true],
    ['Disclosure: I have no position in TSLA as of this writing.', true],
    ['The Guardian - Back to home', true],
    ['Support the Guardian', true],
    ['This article is more than 1 month old', true],
    ['Culture', true],
    ['World News', true],
    ['Submit Search', true],
    ['Monday, Mar 3rd 2025 9AM 8°C 12PM 11°C 5-Day Forecast', true],
    ['Share or comment on this article:', true],
    ['CNN values your feedback', true],
    ['1. How relevant is this ad to you?', true],
    ['Temperatures reached 40°C in Seville on Tuesday.', false],
    ['Support for the plan has grown.', false],
    ['More information: Janet Voight et al, Four new species of deep-sea octopus, PeerJ (2024). DOI: 10.7717/peerj.17000', true],
    ['More information about the scheme was given to residents.', false],
    ['Donors who support local journalism met on Tuesday.', false],
    // A paper's call for letters under its comment pieces.
    ['Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email to be considered for publication in our letters section, please click here.', true],
    ['If you would like to submit a response of up to 300 words by email to be considered for publication in our letters section, please click here.', true],
    // A cookie banner; a story about cookies is none.
    ['We use cookies to improve your experience.', true],
    ['Good morning and welcome to our live coverage of the war in Ukraine.', true],
    ["I'm Tom Ambrose and I'll be bringing you the latest updates.", true],
    ['Welcome to the club, the coach told the new signing.', false],
    ['This site uses cookies. By continuing to browse you agree to our use of cookies.', true],
    ['Regulators said the firm used cookies to track children.', false],
  ])('when the line is %j, reads it as page chrome: %s', (line, chrome) => {
    expect(isChromeLine(line)).toBe(chrome);
  });
});

describe('isCreditLine', () => {
  it.each([
    ['Bryant Rousseau and Caryn Wilson contributed reporting.', true],
    ['Jane Doe contributed to this report.', true],
    ['Associated Press writers Lisa Mascaro and Farnoush Amiri contributed to this report.', true],
    ['Associated Press writers Danica Coto in San Juan, Puerto Rico, and Evens Sanon in Port-au-Prince, Haiti, contributed to this report.', true],
    ['(Reporting by Ron Bousso and Julia Payne in London; Additional reporting by Camillus Eboh in Abuja; Editing by Jason Neely)', true],
    ['Additional reporting by Jane Doe in London.', true],
    ['Julie Hirschfeld Davis reported from Midway Atoll, and Mark Landler and Coral Davenport from Kaneohe Bay, Hawaii.', true],
    ['This article was produced by the Reuters Fact Check team.', true],
    // Claims that look alike.
    ['The Washington Post reported from Kabul that the talks had failed.', false],
    ['This report was written by officials who had never visited the site.', false],
    ['Smith contributed $5 million to the campaign.', false],
    ['Donors contributed heavily to both campaigns.', false],
  ])('when the line is %j, reads it as a credit for the article: %s', (line, credit) => {
    expect(isCreditLine(line)).toBe(credit);
  });
});

describe('isAuthorNote', () => {
  it.each([
    ['Mark Hensley is a former Treasury official and a senior fellow at the Hoover Institution.', true],
    ['— Jane Doe is a columnist for The Times.', true],
    ['Jane Doe serves as associate editor for the Texas team.', true],
    ['*John Smith writes about energy for the Herald.*', false],
    // A story's own closing sentence about someone.
    ['Smith said he would appeal.', false],
    ['The mayor is a former police officer.', false],
    // A post that is no writer's, for the byline's name only.
    ['Jane Doe is a professor of economics at Harvard.', true],
    ['Jane Doe is the Deputy Prime Minister and Secretary of State for Housing.', true],
    ['Aaron Kall is the Deputy Prime Minister.', false],
    ['Aaron Kall is director of debate at the University of Michigan.', false],
    // The writer by "The author", as the FT prints it; not a book's author in the story.
    ["The author is president of Queens' College, Cambridge, and chief economic adviser at Allianz.", true],
    ['The author was not available for comment.', false],
  ])('when the last line is %j, reads it as a note on the writer: %s', (line, note) => {
    expect(isAuthorNote(line, `By Jane Doe\n\nThe Fed has lost the plot.\n\n${line}`)).toBe(note);
  });

  it('when the body names the person, or the line is the whole text, reads no note', () => {
    const line = 'Aaron Kall is director of debate at the University of Michigan.';
    expect(isAuthorNote(line, `The debate was close, Kall said.\n\n${line}`)).toBe(false);
    expect(isAuthorNote(line, line)).toBe(false);
  });

  it("when an op-ed prints the writer's name alone under its headline, reads the closing line as the note", () => {
    const line = 'Polly Hart is a housing campaigner and author of Priced Out.';
    expect(isAuthorNote(line, `The housing plan is a betrayal\n\nPolly Hart\n\nRents will keep rising.\n\n${line}`)).toBe(true);
  });
});

describe('isBylineLine', () => {
  it.each([
    ['By Maria Rossi', true],
    ["By: *Tomorrow's Affairs Staff*", true],
    ['BY JOHN HAGEE JR.', true],
    ['By the end of the year, the council had spent its whole budget.', false],
    ['by a wide margin', false],
    // A live page's writers after "From", each on a given name.
    ['From Kathryn Armstrong and Tom Bennett', true],
    ['From Kathryn Armstrong, Tom Bennett and Yolande Knell', true],
    ['From Hong Kong and New York', false],
    ['From Kabul to Kandahar', false],
    // Longer when it is all names and posts in capitals.
    ['By Rebecca English, Royal Editor For The Daily Mail', true],
    ['By the time the police arrived at the scene, the men had gone', false],
    // A credit to the paper's staff, with no "By".
    ['Camarillo Acorn staff', true],
    ['Guardian staff and agencies', true],
    ['Times staff writer', true],
    ['From staff reports', true],
    ['Staff and agencies', true],
    ['Dana Whitlock, Staff Writer', true],
    ['The staff wrote the report.', false],
    ['Thank you to our staff', false],
  ])('when the line is %j, reads it as a byline: %s', (line, byline) => {
    expect(isBylineLine(line)).toBe(byline);
  });
});

describe('isCaptionLine', () => {
  it.each([
    ['Firefighters battle a blaze near Athens on Monday. Photograph: Louisa Gouliamaki/Reuters', true],
    ['Image: Tourists cool off in a fountain in Madrid. Pic: Reuters', true],
    ['Photo: Getty Images', true],
    ['The photograph, taken in 1972, shows the president at his desk.', false],
    ['Officials said the image was doctored.', false],
    // A photographer and agency run on after the caption's stop; not any words either side of a slash.
    ['Smoke rises after an Israeli strike on the village of Khiam on Tuesday.Rabih Daher / AFP via Getty Images', true],
    ['Firefighters at the scene. John Smith / Reuters', true],
    ['Prices rose. Analysts / Traders said so', false],
  ])('when the line is %j, reads it as a caption with its credit: %s', (line, caption) => {
    expect(isCaptionLine(line)).toBe(caption);
  });
});

describe('isEditorsNote', () => {
  it.each([
    ["Correction: An earlier version of this article misstated the tanker's flag.", true],
    ["Editor's note: This story has been updated with the minister's response.", true],
    ['Clarification (Dec. 4): An earlier version said the report was published by the agency.', true],
    // A claim the note goes on to state is no note on the article.
    ['Clarification: The first sentence has been clarified to reflect that Fowler is calling for a process.', false],
    ['Corrections officers said the inmate escaped on Tuesday.', false],
  ])('when the line is %j, reads it as an editor\'s note: %s', (line, note) => {
    expect(isEditorsNote(line, line)).toBe(note);
  });
});

describe('isBracketedCaption', () => {
  it.each([
    ['(Pictured: Kate in Cardiff on Wednesday)', true],
    ['(Above: the flooded high street)', true],
    ['(Pictures of the event were shared widely.)', false],
  ])('when the sentence is %j, reads it as a caption: %s', (sentence, caption) => {
    expect(isBracketedCaption(sentence)).toBe(caption);
  });
});

describe('releaseNoteStart', () => {
  const release = 'Acme raises $40m\n\nBOSTON, March 4, 2026 /PRNewswire/ -- Acme today announced it has raised $40 million.\n\nAbout Acme Robotics\n\nAcme builds robots that help warehouses run faster.';

  it("when a press release closes on a note about its issuer, starts at the note's heading", () => {
    expect(release.slice(releaseNoteStart(release))).toMatch(/^About Acme Robotics\n/);
  });

  it.each([
    ['Forward-Looking Statements\n\nThis press release contains forward-looking statements.\n\n'],
    ['Cautionary Statement Regarding Forward-Looking Statements\nActual results may differ materially.\n\n'],
  ])('when a legal notice on its forecasts (%j) comes before the note on its issuer, starts at the notice', (notice) => {
    const [body, about] = release.split('About Acme');
    const withNotice = `${body}${notice}About Acme${about}`;
    expect(withNotice.slice(releaseNoteStart(withNotice))).toBe(`${notice}About Acme${about}`);
  });

  it('when an article that is no release has an "About" line, finds no note', () => {
    const article = 'Acme raises $40m\n\nAcme has raised $40 million, it said on Tuesday.\n\nAbout Acme Robotics\n\nAcme builds robots.';
    expect(releaseNoteStart(article)).toBe(-1);
  });
});
