import { expect } from '@open-wc/testing';
import type { Place } from 'schema-dts';
import { structuredData, withOffset } from '../../src/feed/structured-data.js';
import type { SessionModel } from '../../src/feed/model.js';
import { minimalFeed, modelOf, seminarFeed } from '../helpers/index.js';

/** The JSON a page carries, read back as plain objects: what a crawler sees. */
type Json = Record<string, unknown>;
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Json;
const subEvents = (event: Json) => event['subEvent'] as Json[];

describe('structured data (schema.org JSON-LD)', () => {
  describe('of the seminar', () => {
    let data: Json;
    before(async () => (data = asJson(structuredData(modelOf(await seminarFeed())))));

    it('is one schema.org Event with the title, language and dates with the Copenhagen summer offset', () => {
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('Event');
      expect(data['name']).to.equal('Ansvarlig anvendelse af AI i klinikken');
      expect(data['inLanguage']).to.equal('da');
      expect(data['startDate']).to.equal('2025-05-20T08:30:00+02:00');
      expect(data['endDate']).to.equal('2025-05-20T12:30:00+02:00');
      expect(data['description']).to.match(/^Kom med til seminar/);
    });

    it('names the organizer tier as organizers, each an Organization', () => {
      const organizers = data['organizer'] as Json[];
      expect(organizers.map((o) => o['name'])).to.deep.equal([
        'Innovationsfonden',
        'Radiologisk AI Testcenter',
        '2021.ai',
        'Enversion',
        'DataFair',
        'Danish Life Science Cluster',
        'Microsoft',
      ]);
      expect(organizers.every((o) => o['@type'] === 'Organization')).to.be.true;
      expect(data).not.to.have.property('sponsor');
    });

    it('has every top-level session as a subEvent, in order, with its times', async () => {
      const feed = await seminarFeed();
      const events = subEvents(data);
      expect(events.map((e) => e['name'])).to.deep.equal(feed.sessions.map((s) => s.title));
      expect(events[0]).to.include({ '@type': 'Event', startDate: '2025-05-20T08:30:00+02:00', endDate: '2025-05-20T09:00:00+02:00' });
    });

    it('lists the speakers as performers with job title and employer, leaving out those to be confirmed', () => {
      const welcome = subEvents(data)[1]!;
      const panel = subEvents(data)[3]!;
      expect(welcome['performer']).to.deep.equal([
        {
          '@type': 'Person',
          name: 'Line Sinding Skött',
          jobTitle: 'Direktør for Offentlig Sektor',
          worksFor: { '@type': 'Organization', name: 'Microsoft Danmark' },
        },
        {
          '@type': 'Person',
          name: 'Troels Bierman Mortensen',
          jobTitle: 'Direktør og Projektleder for CLIC projektet',
          worksFor: { '@type': 'Organization', name: 'DataFair' },
        },
      ]);
      // The first panel names three speakers and one still to be confirmed.
      expect((panel['performer'] as Json[]).map((p) => p['name'])).to.deep.equal([
        'Henriette Raaschou',
        'Steen Werner Hansen',
        'Ismail Gögenur',
      ]);
    });

    it('nests the talks of a session with talks inside it, without times of their own', () => {
      const regions = subEvents(data)[2]!;
      const talks = subEvents(regions);
      expect(talks.map((t) => t['name'])).to.include('Erfaringer med anvendelse af AI i Radiologien i Region Nord');
      expect(talks[0]).not.to.have.property('startDate');
      expect(talks[0]!['performer']).to.have.length(1);
    });
  });

  it('gives the venue as the location, rooms as session locations, other tiers as sponsors, links as url', () => {
    const feed = minimalFeed();
    feed.event.venue = { name: 'Aula', address: 'Nørre Allé 1, København' };
    feed.event.url = 'https://example.org/day';
    feed.sessions[0]!.room = 'Room 2';
    feed.sessions[0]!.url = 'https://example.org/day#open';
    const data = asJson(structuredData(modelOf(feed)));
    expect(data['location']).to.deep.equal({ '@type': 'Place', name: 'Aula', address: 'Nørre Allé 1, København' } satisfies Place);
    expect(data['url']).to.equal('https://example.org/day');
    expect(data['sponsor']).to.deep.equal([{ '@type': 'Organization', name: 'Acme', url: 'https://acme.example/' }]);
    expect(data).not.to.have.property('organizer');
    const [open, coffee] = subEvents(data);
    expect(open).to.deep.include({ location: { '@type': 'Place', name: 'Room 2' }, url: 'https://example.org/day#open' });
    expect(coffee).not.to.have.property('location');
  });

  it('marks a cancelled session EventCancelled, and only that one', () => {
    const model = modelOf(minimalFeed());
    (model.sessions[1] as SessionModel & { status?: 'cancelled' }).status = 'cancelled';
    const [open, coffee] = subEvents(asJson(structuredData(model)));
    expect(open).not.to.have.property('eventStatus');
    expect(coffee!['eventStatus']).to.equal('https://schema.org/EventCancelled');
  });

  it('writes instants with the zone offset in force at that instant', () => {
    const cases: [string, string, string][] = [
      ['2025-05-20T06:30:00Z', 'Europe/Copenhagen', '2025-05-20T08:30:00+02:00'],
      ['2025-01-20T07:30:00Z', 'Europe/Copenhagen', '2025-01-20T08:30:00+01:00'],
      // Across the spring-forward change: 01:30 +01:00, then 03:30 +02:00.
      ['2025-03-30T00:30:00Z', 'Europe/Copenhagen', '2025-03-30T01:30:00+01:00'],
      ['2025-03-30T01:30:00Z', 'Europe/Copenhagen', '2025-03-30T03:30:00+02:00'],
      ['2025-05-20T13:00:00Z', 'America/New_York', '2025-05-20T09:00:00-04:00'],
      ['2025-05-20T03:30:00Z', 'Asia/Kolkata', '2025-05-20T09:00:00+05:30'],
      ['2025-05-20T03:30:00Z', 'America/St_Johns', '2025-05-20T01:00:00-02:30'],
      ['2025-05-20T09:00:00Z', 'UTC', '2025-05-20T09:00:00+00:00'],
      ['2025-12-31T23:30:00Z', 'Australia/Melbourne', '2026-01-01T10:30:00+11:00'],
    ];
    for (const [instant, zone, expected] of cases)
      expect(withOffset(Date.parse(instant), zone), `${instant} in ${zone}`).to.equal(expected);
  });
});
