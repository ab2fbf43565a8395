import { findImpossibleDates, readDate } from '../../../src/core/extract/dates';

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
    const text = 'Foreign Policy, August 39, 2017\nVOA News, February 9, 2021\nADL, June 24, 2021';
    expect(findImpossibleDates(text)).toEqual(['impossible date "August 39, 2017" in the text']);
  });
});
