import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addDays,
  calendarDateAt,
  endOfDay,
  epochDay,
  formatIsoDate,
  parseFixedOffset,
  parseIsoDate,
  resolveTimeZone,
  startOfDay,
  timeZoneProblem,
} from '../../src/core/deadlines/zonedDate';

const zones = ['UTC-12', 'UTC+14', 'UTC+05:30', 'UTC-09:30', 'Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kolkata', 'Pacific/Apia'];

describe('zonedDate', () => {
  it('reads strict ISO dates and refuses days that do not exist', () => {
    assert.deepEqual(parseIsoDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
    assert.equal(parseIsoDate('2023-02-29'), undefined);
    assert.equal(parseIsoDate('2024-02-30'), undefined);
    assert.equal(parseIsoDate('2024-13-01'), undefined);
    assert.equal(parseIsoDate('2024-2-01'), undefined);
    assert.equal(parseIsoDate('2024-02-01T00:00'), undefined);
    assert.equal(formatIsoDate(addDays({ year: 2024, month: 12, day: 31 }, 1)), '2025-01-01');
  });

  it('reads fixed offsets within UTC−12 … UTC+14', () => {
    assert.equal(parseFixedOffset('UTC-12'), -720);
    assert.equal(parseFixedOffset('UTC+05:30'), 330);
    assert.equal(parseFixedOffset('UTC+0545'), 345);
    assert.equal(parseFixedOffset('UTC'), 0);
    assert.equal(parseFixedOffset('UTC+14'), 840);
    assert.equal(parseFixedOffset('UTC+14:30'), undefined);
    assert.equal(parseFixedOffset('UTC-13'), undefined);
    assert.equal(parseFixedOffset('UTC+05:75'), undefined);
    assert.equal(parseFixedOffset('Europe/London'), undefined);
  });

  it('explains an unknown zone and accepts IANA names', () => {
    assert.match(timeZoneProblem('Europe/Londn') ?? '', /Unknown time zone 'Europe\/Londn'.*UTC\+05:30.*America\/New_York/);
    assert.equal(timeZoneProblem('America/New_York'), undefined);
    assert.notEqual(timeZoneProblem(''), undefined);
  });

  it('follows the 2011 Samoa date-line jump: 30 December never began in Apia', () => {
    const apia = resolveTimeZone('Pacific/Apia');
    const skipped = { year: 2011, month: 12, day: 30 };
    assert.equal(new Date(endOfDay({ year: 2011, month: 12, day: 29 }, apia)).toISOString(), '2011-12-30T09:59:59.999Z');
    assert.equal(new Date(startOfDay({ year: 2011, month: 12, day: 31 }, apia)).toISOString(), '2011-12-30T10:00:00.000Z');
    assert.ok(endOfDay(skipped, apia) < startOfDay(skipped, apia));
  });

  it('starts a day at the DST change when the change skips midnight (Santiago, 8 September 2024)', () => {
    const santiago = resolveTimeZone('America/Santiago');
    assert.equal(new Date(startOfDay({ year: 2024, month: 9, day: 8 }, santiago)).toISOString(), '2024-09-08T04:00:00.000Z');
    assert.equal(new Date(endOfDay({ year: 2024, month: 9, day: 7 }, santiago)).toISOString(), '2024-09-08T03:59:59.999Z');
  });

  it('property: a day runs from its start to its end in its zone, and the milliseconds around it are other days', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 365 * 22 }), (zoneName, offset) => {
        const zone = resolveTimeZone(zoneName);
        const date = addDays({ year: 2010, month: 1, day: 1 }, offset);
        const [start, end] = [startOfDay(date, zone), endOfDay(date, zone)];
        if (end < start) {
          // A day the zone skipped (Apia, 30 December 2011): no clock there ever showed it.
          assert.notEqual(formatIsoDate(calendarDateAt(start, zone)), formatIsoDate(date));
          return;
        }
        assert.equal(formatIsoDate(calendarDateAt(start, zone)), formatIsoDate(date));
        assert.equal(formatIsoDate(calendarDateAt(end, zone)), formatIsoDate(date));
        assert.ok(epochDay(calendarDateAt(end + 1, zone)) > epochDay(date));
        assert.ok(epochDay(calendarDateAt(start - 1, zone)) < epochDay(date));
      }),
      { numRuns: 1000, examples: [['Pacific/Apia', 727], ['Pacific/Apia', 729], ['America/Santiago', 5364]] },
    );
  });
});
