import { expect } from '@open-wc/testing';
import { importFeed } from '../../../src/feed/importers/index.js';
import { parseXml, parseXmlWithDom, parseXmlWithFastXmlParser } from '../../../src/feed/importers/xml.js';

const SCHEDULE = `<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference><title>Caf&#233; &amp; Con</title><time_zone_name>Europe/Berlin</time_zone_name>
    <track color="#00a356" name="Science" slug="science"/></conference>
  <day date="2024-06-01" index="1">
    <room name="Saal 1">
      <event guid="e1" id="1"><date>2024-06-01T10:00:00+02:00</date><duration>00:30</duration>
        <title>Gr&#252;&#223;e</title><type>lecture</type><abstract><![CDATA[<b>raw</b>]]> text</abstract>
        <persons><person guid="p1">Bob</person></persons><links/></event>
    </room>
  </day>
</schedule>`;

describe('XML adapters', () => {
  it('DOMParser and fast-xml-parser give the same tree', async () => {
    expect(parseXmlWithDom(SCHEDULE, DOMParser)).to.deep.equal(await parseXmlWithFastXmlParser(SCHEDULE));
  });

  it('parseXml uses DOMParser in the browser and reports malformed XML', async () => {
    const parsed: string[] = [];
    const Platform = globalThis.DOMParser;
    // A spy: the fast-xml-parser fallback gives the same tree, so only the calls tell them apart.
    globalThis.DOMParser = class extends Platform {
      override parseFromString(source: string, type: DOMParserSupportedType): Document {
        parsed.push(source);
        return super.parseFromString(source, type);
      }
    };
    let message = '';
    try {
      expect((await parseXml(SCHEDULE)).name).to.equal('schedule');
      await parseXml('<schedule><day></schedule>').catch((error: Error) => (message = error.message));
    } finally {
      globalThis.DOMParser = Platform;
    }
    expect(parsed).to.deep.equal([SCHEDULE, '<schedule><day></schedule>']);
    expect(message).to.not.equal('');
  });

  it('importFeed reads a frab schedule.xml in the browser', async () => {
    const { feed, problems } = await importFeed(SCHEDULE);
    expect(feed?.event.title).to.equal('Café & Con');
    expect(feed?.sessions.map((session) => [session.title, session.description, session.end])).to.deep.equal([
      ['Grüße', '<b>raw</b> text', '2024-06-01T10:30+02:00'],
    ]);
    expect(problems.map((problem) => problem.path)).to.deep.equal(['schedule.conference.tracks[0].color']);
  });
});
