import { expect } from '@open-wc/testing';
import { isTimeZone, toInstant, zoneOffset } from '../../src/feed/time.js';

describe('toInstant', () => {
  const cases: Array<[string, string, string]> = [
    ['2025-05-20T09:10', 'Europe/Copenhagen', '2025-05-20T07:10:00.000Z'],
    ['2025-01-15T09:10', 'Europe/Copenhagen', '2025-01-15T08:10:00.000Z'],
    ['2025-05-20T09:10', 'America/New_York', '2025-05-20T13:10:00.000Z'],
    ['2025-05-20T09:10', 'Asia/Kolkata', '2025-05-20T03:40:00.000Z'],
    ['2025-05-20T09:10+05:00', 'Europe/Copenhagen', '2025-05-20T04:10:00.000Z'],
    ['2025-05-20T09:10Z', 'Europe/Copenhagen', '2025-05-20T09:10:00.000Z'],
    // Spring forward: 02:30 does not exist in Copenhagen and resolves to 03:30 CEST.
    ['2025-03-30T02:30', 'Europe/Copenhagen', '2025-03-30T01:30:00.000Z'],
    ['2025-03-30T03:00', 'Europe/Copenhagen', '2025-03-30T01:00:00.000Z'],
    ['2025-10-26T03:00', 'Europe/Copenhagen', '2025-10-26T02:00:00.000Z'],
  ];
  for (const [local, zone, utc] of cases) {
    it(`${local} in ${zone} is ${utc}`, () => {
      expect(new Date(toInstant(local, zone)).toISOString()).to.equal(utc);
    });
  }

  it('knows real zones and rejects invented ones', () => {
    expect(isTimeZone('Europe/Copenhagen')).to.be.true;
    expect(isTimeZone('Mars/Olympus')).to.be.false;
  });
});

describe('zoneOffset, cached per quarter hour', () => {
  /** The offset straight from Intl, as "GMT+10:30". */
  const named = (instant: number, timeZone: string) =>
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')!.value;
  const asName = (offset: number) => {
    const minutes = Math.abs(offset) / 60_000;
    const hhmm = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return offset === 0 ? 'GMT' : `GMT${offset < 0 ? '-' : '+'}${hhmm}`;
  };
  // Around the changes of Copenhagen (one hour), Lord Howe (half an hour) and Kathmandu (none, +05:45),
  // every seven minutes, so the instants fall anywhere in their quarter hours, each asked twice.
  const around: Array<[string, string]> = [
    ['Europe/Copenhagen', '2025-03-30T00:00:00Z'],
    ['Europe/Copenhagen', '2025-10-26T00:00:00Z'],
    ['Australia/Lord_Howe', '2025-04-05T14:00:00Z'],
    ['Asia/Kathmandu', '2025-05-20T00:00:00Z'],
  ];
  for (const [zone, from] of around) {
    it(`agrees with Intl around ${from} in ${zone}`, () => {
      for (let instant = Date.parse(from); instant < Date.parse(from) + 4 * 3_600_000; instant += 7 * 60_000 + 13_000) {
        for (const ask of [1, 2])
          expect(asName(zoneOffset(instant, zone)), `${new Date(instant).toISOString()}, ask ${ask}`).to.equal(named(instant, zone));
      }
    });
  }
});
