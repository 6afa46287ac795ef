import { expect, fixtureSync } from '@open-wc/testing';
import '../../src/define/all.js';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import { agendaFixture, loaded, minimalFeed, seminarFeed, settled, until } from '../helpers/index.js';

const scripts = (el: Element) => [...el.querySelectorAll(':scope > script[type="application/ld+json"]')];

/** The agenda's JSON-LD, once the chunk it loads when idle has written it. */
async function jsonLd(el: SeminarAgenda): Promise<Record<string, unknown>> {
  const script = await until(() => scripts(el)[0]);
  return JSON.parse(script.textContent!) as Record<string, unknown>;
}

/** Resolves once the chunk with the structured data and the handout is in (its print button shows). */
const extrasIn = (el: SeminarAgenda) => until(() => el.shadowRoot!.querySelector('[part="print"]'));

describe('<seminar-agenda> structured data', () => {
  it('writes the seminar as one schema.org Event in its light DOM once idle', async () => {
    const el = await agendaFixture('<seminar-agenda src="/demo/feeds/seminar.da.json"></seminar-agenda>');
    const data = await jsonLd(el);
    const feed = await seminarFeed();
    expect(data['@type']).to.equal('Event');
    expect(data['name']).to.equal(feed.event.title);
    expect(data['startDate']).to.equal('2025-05-20T08:30:00+02:00');
    expect(data['subEvent']).to.have.length(feed.sessions.length);
    expect(scripts(el)).to.have.length(1);
  });

  it('rewrites the one script when the feed changes, and takes it away with the element', async () => {
    const el = fixtureSync<SeminarAgenda>('<seminar-agenda lang="en"></seminar-agenda>');
    el.feed = minimalFeed();
    await loaded(el);
    expect((await jsonLd(el))['name']).to.equal('Test day');
    const next = minimalFeed();
    next.event.title = 'Test day, moved';
    next.sessions.push({ id: 'late', start: '2025-05-20T10:00', end: '2025-05-20T10:30', title: 'Late talk' });
    el.feed = next;
    await loaded(el);
    const data = await jsonLd(el);
    expect(data['name']).to.equal('Test day, moved');
    expect(data['subEvent']).to.have.length(3);
    expect(scripts(el)).to.have.length(1);
    el.remove();
    expect(document.querySelector('script[type="application/ld+json"]')).to.be.null;
  });

  it('writes nothing under no-structured-data, and goes and comes with the attribute', async () => {
    const el = await agendaFixture('<seminar-agenda no-structured-data src="/demo/feeds/seminar.da.json"></seminar-agenda>');
    await extrasIn(el);
    await settled(el);
    expect(scripts(el)).to.deep.equal([]);
    el.removeAttribute('no-structured-data');
    expect((await jsonLd(el))['@type']).to.equal('Event');
    el.noStructuredData = true;
    await settled(el);
    expect(scripts(el)).to.deep.equal([]);
  });

  it('escapes "<" so that a serialised page cannot end the script early', async () => {
    const feed = minimalFeed();
    feed.event.title = 'Day </script><b>x</b>';
    const el = fixtureSync<SeminarAgenda>('<seminar-agenda lang="en"></seminar-agenda>');
    el.feed = feed;
    await loaded(el);
    await jsonLd(el);
    const script = scripts(el)[0]!;
    expect(script.textContent).not.to.include('</script>');
    expect((JSON.parse(script.textContent!) as { name: string }).name).to.equal('Day </script><b>x</b>');
  });
});
