import { DATE_HEADER, DATE_LINE, dateFromUrl, findImpossibleDates, readDate, weekdayIssue } from '../../../src/core/extract/dates';

describe('readDate', () => {
  it.each([
    ['2021-08-13', '2021-08-13', 'stated'],
    ['August 13, 2021', '2021-08-13', 'stated'],
    ['Feb 9, 2021', '2021-02-09', 'stated'],
    ['13 August 2021', '2021-08-13', 'stated'],
    ['2021-08-13T23:30:00-04:00', '2021-08-13', 'stated'],
    ['2021-08-13T10:00:00Z', '2021-08-13', 'stated'],
    ['2021-08-13T10:00:00.250Z', '2021-08-13', 'stated'],
    ['2021-08-13T10:00', '2021-08-13', 'stated'],
    ['2021/08/13', '2021-08-13', 'stated'],
    ['2021-8-3', '2021-08-03', 'stated'],
    ['13 Aug 2021', '2021-08-13', 'stated'],
    // A comma before the year, as Indian papers print it.
    ['13 August, 2021', '2021-08-13', 'stated'],
    ['31 June, 2021', null, 'invalid'],
    ['Aug. 13, 2021', '2021-08-13', 'stated'],
    ['Sept. 18, 2024', '2024-09-18', 'stated'],
    ['18 Sept 2024', '2024-09-18', 'stated'],
    ['Sept. 31, 2024', null, 'invalid'],
    ['August 13 2021', '2021-08-13', 'stated'],
    ['Friday, August 13, 2021', '2021-08-13', 'stated'],
    ['Fri, 13 Aug 2021 10:00:00 +0000', '2021-08-13', 'stated'],
    ['August 39, 2017', null, 'invalid'],
    ['2021-02-30', null, 'invalid'],
    ['2020-02-29', '2020-02-29', 'stated'],
    ['1900-02-29', null, 'invalid'],
    ['2021-13-01', null, 'invalid'],
    ['yesterday-ish', null, 'invalid'],
    ['25/12/2021', '2021-12-25', 'stated'],
    ['12/25/2021', '2021-12-25', 'stated'],
    ['03/04/2021', null, 'invalid'],
    ['05/05/2021', '2021-05-05', 'stated'],
    ['31/02/2021', null, 'invalid'],
    // A day's ordinal and "of".
    ['3rd December 2026', '2026-12-03', 'stated'],
    ['3rd of December 2026', '2026-12-03', 'stated'],
    ['December 3rd, 2026', '2026-12-03', 'stated'],
    ['39th December 2026', null, 'invalid'],
    ['', null, 'unknown'],
    [null, null, 'unknown'],
  ])('when given %p, reads %p (%s)', (raw, date, confidence) => {
    const reading = readDate(raw);
    expect(reading.date).toBe(date);
    expect(reading.confidence).toBe(confidence);
  });

  it('when a date is impossible, keeps the raw text and says why', () => {
    expect(readDate('August 39, 2017')).toEqual({
      date: null,
      raw: 'August 39, 2017',
      confidence: 'invalid',
      issues: ['impossible date "August 39, 2017"'],
    });
  });
});

it('when day and month could be either way round, flags the date as ambiguous instead of guessing', () => {
  expect(readDate('03/04/2021').issues).toEqual(['ambiguous date "03/04/2021": day and month could be either way round']);
});

describe('findImpossibleDates', () => {
  it('when a text lists real and impossible dates, reports only the impossible ones', () => {
    const text = 'Foreign Policy, August 39, 2017\nVOA News, February 9, 2021\nADL, June 24, 2021\nThe Hindu, 12 March, 2026';
    expect(findImpossibleDates(text)).toEqual(['impossible date "August 39, 2017" in the text']);
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://www.theguardian.com/politics/2023/jul/03/sunak-vote', '2023-07-03'],
    ['https://www.nytimes.com/2024/04/12/us/politics/x.html', '2024-04-12'],
    // No real date in the address: none read.
    ['https://example.com/2024/02/30/x', null],
    ['https://www.bbc.co.uk/news/uk-2024', null],
    [null, null],
  ])('reads %j as %j', (url, date) => {
    expect(dateFromUrl(url).date).toBe(date);
  });
});

describe('weekdayIssue', () => {
  it.each([
    ['Monday, April 12, 2024 at 5:30 PM ET', 'April 12, 2024', 'the weekday "Monday" does not match April 12, 2024, a Friday'],
    ['Tue 12 Apr 2024', '12 Apr 2024', 'the weekday "Tue" does not match 12 Apr 2024, a Friday'],
    ['Friday, April 12, 2024', 'April 12, 2024', null],
    ['April 12, 2024', 'April 12, 2024', null],
  ])('when the text reads %j, the issue is %j', (line, raw, issue) => {
    expect(weekdayIssue(`Headline\n${line}\n\nBody.`, readDate(raw))).toBe(issue);
  });
});

describe('DATE_HEADER and DATE_LINE', () => {
  it.each([
    ['First published on Tue 3 Dec 2026 14.02 GMT', '3 Dec 2026'],
    ['Updated 2026-12-03T14:02:00Z', '2026-12-03T14:02:00Z'],
    ['Last modified on Wed 4 Dec 2026 09.10 GMT', '4 Dec 2026'],
    ['Published: 14:02 BST, 18 September 2024', '18 September 2024'],
    // A broadcast transcript's.
    ['Aired March 8, 2026 - 09:00 ET', 'March 8, 2026'],
    // A university's release.
    ['Press release issued: 10 June 2026', '10 June 2026'],
  ])('reads the header %j as the date %j, the whole line', (line, date) => {
    const m = DATE_HEADER.exec(line);
    expect(m?.[1]).toBe(date);
    expect(m?.[0].trim()).toBe(line);
  });

  it.each([
    ['3rd December 2026', '3rd December 2026'],
    ['December 3rd, 2026 at 2:02 PM', 'December 3rd, 2026'],
    ['Tuesday, March 4, 2024 at 10:15 a.m. EST', 'March 4, 2024'],
    ['03/12/2026', '03/12/2026'],
    // A blog's reading time beside the date.
    ['Mar 3, 2026 · 5 min read', 'Mar 3, 2026'],
    // The time before it.
    ['12:47, 9 NOV 2026', '9 NOV 2026'],
    ['December was wet in 2026', undefined],
  ])('reads the line %j as the date %p', (line, date) => {
    expect(DATE_LINE.exec(line)?.[1]).toBe(date);
  });
});
