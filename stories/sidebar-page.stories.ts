import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import '../src/define/all.ts';
import { SEMINAR_URL } from './support.js';

interface Args {
  speakerId: string;
}

/** The host events that reach the page, newest first: what a host's analytics would see. */
function logEvent(event: Event) {
  const log = document.getElementById('host-events')!;
  const { detail } = event as CustomEvent<Record<string, unknown>>;
  // seminar-load carries the whole model; its title says enough here.
  const shown = event.type === 'seminar-load' ? { title: (detail['model'] as { event: { title: string } }).event.title } : detail;
  const item = document.createElement('li');
  render(html`<code>${event.type}</code> ${JSON.stringify(shown)}`, item);
  log.prepend(item);
}

const HOST_EVENTS = ['seminar-load', 'seminar-day-select', 'seminar-time-zone-change', 'seminar-calendar-download', 'seminar-link-copy'];

const meta: Meta<Args> = {
  title: 'Pages/Sidebar page',
  args: { speakerId: 'stine-sofia-korreman' },
  argTypes: { speakerId: { control: 'select', options: ['stine-sofia-korreman', 'line-sinding-skott', 'christian-pedersen'] } },
  parameters: { docs: { story: { inline: false, height: '40rem' } } },
  render: ({ speakerId }) => {
    // Listening on the document: the events bubble and cross the shadow roots.
    for (const type of HOST_EVENTS) {
      document.removeEventListener(type, logEvent);
      document.addEventListener(type, logEvent);
    }
    return html`<div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); gap: 2rem; align-items: start">
      <main style="grid-column: span 2; min-inline-size: 0">
        <seminar-agenda id="program" src=${SEMINAR_URL} no-store></seminar-agenda>
      </main>
      <aside aria-label="Sidebar" style="display: grid; gap: 1.5rem; padding-block-start: 1rem">
        <h2 style="margin: 0; font-size: 1.1rem">Featured speaker</h2>
        <seminar-speaker-card for="program" speaker-id=${speakerId} heading-level="3"></seminar-speaker-card>
        <h2 style="margin: 0; font-size: 1.1rem">With thanks to</h2>
        <seminar-sponsor-strip for="program" heading-level="3"></seminar-sponsor-strip>
        <h2 style="margin: 0; font-size: 1.1rem">Host events</h2>
        <ol id="host-events" aria-label="Host events" style="margin: 0; padding-inline-start: 1.25rem; font-size: 0.875rem"></ol>
      </aside>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/**
 * The program in the main column; a speaker and the sponsors in the sidebar, each with `for="program"`:
 * they show the agenda's program from its one request, in its language and zone. The list under
 * them shows the host events the page hears as you use the program.
 */
export const SidebarPage: Story = {};
