import { fixtureSync } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import type { SeminarTimeline } from '../../src/components/seminar-timeline/seminar-timeline.js';
import { loaded, settled, until } from './settle.js';

// fixtureSync() puts elements in the page synchronously, before their first update, so a
// listener added right after it cannot miss the load; fixtureCleanup removes them after
// each test, failed ones included.

/** An English `<seminar-agenda>` with these attributes, added to the page as a CMS page would. */
export function agendaWith(attributes: Record<string, string>): SeminarAgenda {
  const el = document.createElement('seminar-agenda');
  el.lang = 'en';
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return fixtureSync<SeminarAgenda>(el);
}

/** Renders an agenda and resolves once its feed is shown and every element inside has rendered. */
export async function agendaFixture(template: TemplateResult | string): Promise<SeminarAgenda> {
  const el = fixtureSync<SeminarAgenda>(template);
  await loaded(el);
  return el;
}

/** The timeline of a rendered agenda. */
export function timelineOf(el: SeminarAgenda): SeminarTimeline {
  const timeline = el.shadowRoot!.querySelector('seminar-timeline');
  if (!timeline) throw new Error('the agenda shows no timeline');
  return timeline;
}

/** Resolves once a shown program's List/Grid switch, whose module is imported with the first program, is rendered. */
export async function viewSwitchIn(el: SeminarAgenda): Promise<void> {
  await until(() => el.shadowRoot!.querySelector('[part="view-switch"]'));
  await settled(el);
}
