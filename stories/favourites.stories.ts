import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { waitFor } from 'storybook/test';
import '../src/define/all.ts';

interface Args {
  src: string;
  format: string;
  lang: string;
}

/** The agenda's timeline, once its program is rendered. */
async function timelineIn(canvas: HTMLElement) {
  const agenda = canvas.querySelector('seminar-agenda')!;
  return waitFor(() => {
    const timeline = agenda.shadowRoot!.querySelector('seminar-timeline');
    if (!timeline?.shadowRoot?.querySelector('[part="favourite"]')) throw new Error('no program yet');
    return { agenda, timeline };
  });
}

// Favourites on a large program: the 39C3 export (215 sessions over four days). `no-store`, so
// nothing a story does stays in the browser's localStorage.
const meta: Meta<Args> = {
  title: 'Features/Favourites',
  component: 'seminar-agenda',
  args: { src: '/feeds/39c3.schedule.xml', format: 'frab-xml', lang: 'en' },
  argTypes: { lang: { control: 'inline-radio', options: ['da', 'en'] } },
  parameters: { docs: { story: { inline: false, height: '36rem' } } },
  render: ({ src, format, lang }) => html`<seminar-agenda src=${src} format=${format} lang=${lang} no-store></seminar-agenda>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A star beside each session's actions button; breaks have none. */
export const Stars: Story = {};

/** Four sessions starred, then "My program" on: only they are shown, with their calendar file and share link. */
export const MyProgram: Story = {
  play: async ({ canvasElement }) => {
    const { agenda, timeline } = await timelineIn(canvasElement);
    // Rows past the first screen are built when the browser is idle.
    const stars = await waitFor(() => {
      const built = [...timeline.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="favourite"]')];
      if (built.length < 13) throw new Error('row 13 not built yet');
      return built;
    });
    for (const index of [0, 3, 7, 12]) stars[index]!.click();
    await waitFor(() => {
      if (stars[12]!.getAttribute('aria-pressed') !== 'true') throw new Error('not starred yet');
    });
    agenda.shadowRoot!.querySelector<HTMLButtonElement>('[part="my-program"]')!.click();
    await waitFor(() => {
      if (!agenda.shadowRoot!.querySelector('[part="my-program-tools"]')) throw new Error('My program not shown yet');
    });
  },
};
