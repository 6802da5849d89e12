import { describe, expect, it } from 'vitest';
import { convertPeriod, dueDate, parsePeriod, periodFromParts } from './deadline';

describe('due date of a deadline', () => {
  it('is the day itself for a day', () => {
    expect(dueDate('DAY', '2017-06-15')).toBe('2017-06-15');
  });

  it('is the last day of the month, leap years included', () => {
    expect(dueDate('MONTH', '2017-06')).toBe('2017-06-30');
    expect(dueDate('MONTH', '2017-02')).toBe('2017-02-28');
    expect(dueDate('MONTH', '2020-02')).toBe('2020-02-29');
    expect(dueDate('MONTH', '2017-12')).toBe('2017-12-31');
  });

  it('is the last day of the quarter', () => {
    expect(dueDate('QUARTER', '2017-Q1')).toBe('2017-03-31');
    expect(dueDate('QUARTER', '2017-Q2')).toBe('2017-06-30');
    expect(dueDate('QUARTER', '2017-Q3')).toBe('2017-09-30');
    expect(dueDate('QUARTER', '2017-Q4')).toBe('2017-12-31');
  });

  it('is 31 December for a year and for a recurring duty', () => {
    expect(dueDate('YEAR', '2017')).toBe('2017-12-31');
    expect(dueDate('RECURRING', '2018')).toBe('2018-12-31');
  });

  it('is none for an ongoing duty ("постоянно"), whose period is still its year', () => {
    expect(dueDate('ONGOING', '2018')).toBeNull();
    expect(parsePeriod('ONGOING', '2018')).toEqual({ year: 2018 });
    expect(convertPeriod('YEAR', '2018', 'ONGOING', 2000)).toBe('2018');
  });

  it('is null for a period that does not fit the precision or does not exist', () => {
    expect(dueDate('DAY', '2017-02-30')).toBeNull();
    expect(dueDate('DAY', '2017-06')).toBeNull();
    expect(dueDate('MONTH', '2017-13')).toBeNull();
    expect(dueDate('QUARTER', '2017-Q5')).toBeNull();
    expect(dueDate('YEAR', '17')).toBeNull();
    expect(dueDate('YEAR', '1989')).toBeNull();
    expect(dueDate('YEAR', '')).toBeNull();
  });
});

describe('periods', () => {
  it('reads and writes the parts of each precision', () => {
    expect(parsePeriod('QUARTER', '2017-Q2')).toEqual({ year: 2017, quarter: 2 });
    expect(parsePeriod('MONTH', '2017-06')).toEqual({ year: 2017, month: 6 });
    expect(periodFromParts('QUARTER', { year: 2017, quarter: 3 })).toBe('2017-Q3');
    expect(periodFromParts('MONTH', { year: 2017, month: 6 })).toBe('2017-06');
    expect(periodFromParts('RECURRING', { year: 2017, month: 6 })).toBe('2017');
  });

  it('keeps the due date when the precision changes', () => {
    expect(convertPeriod('DAY', '2017-05-15', 'MONTH', 2030)).toBe('2017-05');
    expect(convertPeriod('DAY', '2017-05-15', 'QUARTER', 2030)).toBe('2017-Q2');
    expect(convertPeriod('QUARTER', '2017-Q2', 'MONTH', 2030)).toBe('2017-06');
    expect(convertPeriod('QUARTER', '2017-Q2', 'DAY', 2030)).toBe('2017-06-30');
    expect(convertPeriod('MONTH', '2017-06', 'RECURRING', 2030)).toBe('2017');
    expect(convertPeriod('YEAR', '2017', 'QUARTER', 2030)).toBe('2017-Q4');
  });

  it('starts from the fallback year without a valid period', () => {
    expect(convertPeriod('DAY', '', 'QUARTER', 2018)).toBe('2018-Q4');
    expect(convertPeriod('YEAR', 'x', 'YEAR', 2018)).toBe('2018');
  });
});
