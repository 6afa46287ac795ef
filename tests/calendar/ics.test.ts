import { expect, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../src/define/all.js';
import { calendarFileName, escapeText, foldLine, slugify, toICalendar, utcStamp } from '../../src/calendar/ics.js';
import { agendaFixture, catchDownloads, dstFeed, minimalFeed, modelOf, seminarFeed, timelineOf, until } from '../helpers/index.js';

const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('escapeText', () => {
  const cases: Array<[string, string]> = [
    ['plain', 'plain'],
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines', 'two\\nlines'],
    ['crlf\r\nline', 'crlf\\nline'],
    ['\\,;', '\\\\\\,\\;'],
    ['colon: stays', 'colon: stays'],
  ];
  for (const [input, output] of cases) it(JSON.stringify(input), () => expect(escapeText(input)).to.equal(output));
});

describe('foldLine', () => {
  const cases: Array<[string, string]> = [
    ['short', 'SUMMARY:Hello'],
    ['exactly 75 octets', `SUMMARY:${'a'.repeat(67)}`],
    ['76 octets', `SUMMARY:${'a'.repeat(68)}`],
    ['two-byte letters', `SUMMARY:${'æøå'.repeat(40)}`],
    ['three-byte characters', `SUMMARY:${'€'.repeat(60)}`],
    ['four-byte emoji at the boundary', `SUMMARY:${'a'.repeat(66)}${'😀'.repeat(30)}`],
  ];
  for (const [name, line] of cases) {
    it(name, () => {
      const folded = foldLine(line);
      const lines = folded.split('\r\n');
      for (const physical of lines) expect(octets(physical)).to.be.at.most(75);
      lines.slice(1).forEach((physical) => expect(physical.startsWith(' ')).to.be.true);
      expect(unfold(folded)).to.equal(line);
      expect(lines.length > 1).to.equal(octets(line) > 75);
    });
  }

  it('fills lines up to 75 octets before folding', () => {
    expect(
      foldLine(`SUMMARY:${'a'.repeat(68)}`)
        .split('\r\n')
        .map(octets),
    ).to.deep.equal([75, 2]);
  });
});

describe('slugify and file names', () => {
  const cases: Array<[string, string]> = [
    ['Ansvarlig anvendelse af AI i klinikken', 'ansvarlig-anvendelse-af-ai-i-klinikken'],
    ['Grøn æblekage på Ærø', 'groen-aeblekage-pa-aeroe'],
    ['  Café: Tech & Talk!  ', 'cafe-tech-talk'],
    ['東京', 'program'],
  ];
  for (const [title, slug] of cases) it(title, () => expect(slugify(title)).to.equal(slug));

  it('names the file after the event, and the session for one session', () => {
    const model = modelOf(minimalFeed());
    expect(calendarFileName(model)).to.equal('test-day.ics');
    expect(calendarFileName(model, model.sessions[1])).to.equal('test-day-coffee.ics');
  });
});

describe('toICalendar', () => {
  const stamp = Date.parse('2025-05-01T12:00:00Z');

  it('writes a valid calendar that ical.js reads back with the same summaries and instants', async () => {
    const model = modelOf(await seminarFeed());
    const text = toICalendar(model, model.sessions, stamp);
    expect(text.endsWith('\r\n')).to.be.true;
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).to.be.at.most(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((e) => e.summary)).to.deep.equal(model.sessions.map((s) => s.title));
    expect(events.map((e) => e.startDate.toJSDate().getTime())).to.deep.equal(model.sessions.map((s) => s.start));
    expect(events.map((e) => e.endDate.toJSDate().getTime())).to.deep.equal(model.sessions.map((s) => s.end));
    expect(new Set(events.map((e) => e.uid)).size).to.equal(events.length);
    expect(calendar.getAllSubcomponents('vevent').every((v) => v.getFirstPropertyValue('dtstamp')!.toString() === '2025-05-01T12:00:00Z'))
      .to.be.true;
  });

  it('keeps text with commas, semicolons, backslashes and newlines intact through a parser', () => {
    const feed = minimalFeed();
    Object.assign(feed.sessions[0]!, {
      title: 'Q&A; risks, limits \\ and more',
      description: 'First paragraph, with a comma.\n\nSecond; with a semicolon.',
      room: 'Aud. 1, ground floor',
    });
    const model = modelOf(feed);
    const [event] = new ICAL.Component(ICAL.parse(toICalendar(model, [model.sessions[0]!], stamp)))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(event!.summary).to.equal('Q&A; risks, limits \\ and more');
    expect(event!.description).to.equal('First paragraph, with a comma.\n\nSecond; with a semicolon.\n\nAda Lovelace');
    expect(event!.location).to.equal('Aud. 1, ground floor');
  });

  it('gives a session the same UID every time, and writes UTC instants across DST', () => {
    const model = modelOf(dstFeed());
    const first = toICalendar(model, model.sessions, stamp);
    const later = toICalendar(model, model.sessions, stamp + 86_400_000);
    const uid = (text: string) => /UID:(.*)/.exec(unfold(text))![1];
    expect(uid(first)).to.equal('night@night-of-the-clocks.seminar-agenda');
    expect(uid(later)).to.equal(uid(first));
    expect(first).to.include('DTSTART:20250330T003000Z\r\nDTEND:20250330T013000Z\r\n');
    expect(utcStamp(Date.parse('2025-05-20T06:30:00.000Z'))).to.equal('20250520T063000Z');
  });
});

describe('calendar downloads', () => {
  const downloads = catchDownloads();

  it('downloads the whole program and single sessions as .ics files named after the event', async () => {
    const el = await agendaFixture(html`<seminar-agenda lang="en" .feed=${minimalFeed()}></seminar-agenda>`);
    const timeline = timelineOf(el);
    // A session's calendar file is an item of its actions menu; breaks have no menu.
    const menuButton = timeline.shadowRoot!.querySelector<HTMLButtonElement>('#open [part="action"]')!;
    const programButton = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="calendar"]')!;
    expect(programButton.textContent).to.equal('Add the whole program to calendar');
    expect(timeline.shadowRoot!.querySelector('#coffee [part="action"]')).to.equal(null);
    programButton.click();
    // The calendar writer is a module loaded on the first click; its arrival tells the page nothing to await.
    await until(() => downloads.length === 1);
    menuButton.click();
    // The menu is rendered once it opens, which its controller (loaded on this first press) does.
    const sessionItem = await until(() => timeline.shadowRoot!.querySelector<HTMLButtonElement>('#open [part="menu-item"]'));
    expect(menuButton.getAttribute('aria-label')).to.equal('Actions for Opening');
    expect(sessionItem.textContent).to.equal('Add to calendar');
    sessionItem.click();
    await until(() => downloads.length === 2);
    expect(downloads.map((d) => [d.name, d.blob.type])).to.deep.equal([
      ['test-day.ics', 'text/calendar'],
      ['test-day-open.ics', 'text/calendar'],
    ]);
    const single = new ICAL.Component(ICAL.parse(await downloads[1]!.blob.text()));
    expect(single.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('summary'))).to.deep.equal(['Opening']);
    await expect(el).to.be.accessible();
  });
});
