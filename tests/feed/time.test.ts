import { expect } from '@open-wc/testing';
import { isTimeZone, toInstant } from '../../src/feed/time.js';

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
