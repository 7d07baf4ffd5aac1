// Resolution of parsed date meanings against a publication date: calendars, inferred years,
// weekday direction and the precision of spans that are not one day, month or year.
import { describe, expect, it } from 'vitest';
import { resolve, type Anchor } from '../src/dates/calendar.js';

describe('resolve', () => {
  it.each<[string, Anchor, string | null, string | null, 'day' | 'month' | 'year', boolean]>([
    ['1 Ramadan 1438 (Umm al-Qura)', { t: 'day', cal: 'hijri', m: 9, d: 1, year: { y: 1438 }, dir: null }, null, '2017-05-27', 'day', false],
    ['1 Muharram 1439', { t: 'day', cal: 'hijri', m: 1, d: 1, year: { y: 1439 }, dir: null }, null, '2017-09-21', 'day', false],
    ['30 Ramadan 1438 does not exist (29-day month)', { t: 'day', cal: 'hijri', m: 9, d: 30, year: { y: 1438 }, dir: null }, null, null, 'day', false],
    ['Hijri day outside the tables', { t: 'day', cal: 'hijri', m: 1, d: 1, year: { y: 1200 }, dir: null }, null, null, 'day', false],
    ['Ramadan 1439 straddles May and June 2018', { t: 'month', cal: 'hijri', m: 9, year: { y: 1439 }, dir: null }, null, '2018', 'year', false],
    ['a Hijri year straddles two Gregorian years', { t: 'year', cal: 'hijri', y: 1439 }, null, null, 'year', false],
    ['29 February in a common year', { t: 'day', cal: 'gregorian', m: 2, d: 29, year: null, dir: null }, '2018-03-11', null, 'day', true],
    ['29 February, published in a leap year', { t: 'day', cal: 'gregorian', m: 2, d: 29, year: null, dir: null }, '2016-03-01', '2016-02-29', 'day', true],
    ['a day after published goes back a year', { t: 'day', cal: 'gregorian', m: 12, d: 20, year: null, dir: null }, '2018-01-05', '2017-12-20', 'day', true],
    ['"المقبل" on a past day goes forward a year', { t: 'day', cal: 'gregorian', m: 1, d: 3, year: null, dir: 'next' }, '2018-12-31', '2019-01-03', 'day', true],
    ['month of published, no modifier: this year', { t: 'month', cal: 'gregorian', m: 7, year: null, dir: null }, '2018-07-02', '2018-07', 'month', true],
    ['month of published, "الماضي": last year', { t: 'month', cal: 'gregorian', m: 7, year: null, dir: 'past' }, '2018-07-02', '2017-07', 'month', true],
    ['month shifted by "من العام الماضي"', { t: 'month', cal: 'gregorian', m: 5, year: { shift: -1 }, dir: null }, '2018-07-02', '2017-05', 'month', true],
    ['weekday on published itself', { t: 'weekday', dow: 5, dir: null }, '2018-04-20', '2018-04-20', 'day', true],
    ['weekday "الماضي" on published itself', { t: 'weekday', dow: 5, dir: 'past' }, '2018-04-20', '2018-04-13', 'day', true],
    ['weekday "المقبل" on published itself', { t: 'weekday', dow: 5, dir: 'next' }, '2018-04-20', '2018-04-27', 'day', true],
    ['weekday without published', { t: 'weekday', dow: 5, dir: null }, null, null, 'day', true],
    ['day 31 of a 30-day month', { t: 'dayInMonth', d: 31, shift: 0 }, '2018-06-10', null, 'day', true],
    ['a week across New Year has no month or year', { t: 'week', n: 0 }, '2019-01-02', null, 'year', true],
    ['a week inside one month', { t: 'week', n: -1 }, '2019-01-16', '2019-01', 'month', true],
    ['two years back', { t: 'shift', unit: 'year', n: -2 }, '2018-07-02', '2016', 'year', true],
    ['a month back across New Year', { t: 'shift', unit: 'month', n: -1 }, '2018-01-05', '2017-12', 'month', true],
  ])('%s', (_, anchor, published, value, precision, relative) => {
    expect(resolve(anchor, published)).toEqual({ value, precision, relative });
  });
});
