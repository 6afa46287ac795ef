import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import decodeQR from '@paulmillr/qr/decode.js';
import '../../src/define/all.js';
import type { SeminarAgenda } from '../../src/components/seminar-agenda/seminar-agenda.js';
import { agendaFixture, contrast, settled, until } from '../helpers/index.js';

const SEMINAR = '<seminar-agenda src="/demo/feeds/seminar.da.json"></seminar-agenda>';

/** Resolves once the chunk with the handout is in: its print button shows. */
const printButton = (el: SeminarAgenda) => until(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="print"]'));
const handout = (el: SeminarAgenda) => el.shadowRoot!.querySelector<HTMLElement>('[part="handout"]');

/** Switches media and waits for the agenda to re-render: its listener on the print query ran first. */
async function switchTo(media: 'print' | 'screen', el: SeminarAgenda) {
  const changed = oneEvent(matchMedia('print'), 'change');
  await emulateMedia({ media });
  await changed;
  await settled(el);
}

/** What a phone reads from the QR code: the SVG drawn on a canvas, then decoded. */
async function scan(svg: SVGSVGElement): Promise<string> {
  const image = new Image();
  image.src = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 400;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, 400, 400);
  URL.revokeObjectURL(image.src);
  const { width, height, data } = context.getImageData(0, 0, 400, 400);
  return decodeQR({ width, height, data });
}

/** The page-margin rules the handout adds to the document. */
const pageRules = () =>
  document.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .map((rule) => rule.cssText)
    .filter((text) => text.startsWith('@page'))
    .join('\n');

describe('<seminar-agenda> printed handout', () => {
  let el: SeminarAgenda;
  beforeEach(async () => (el = await agendaFixture(SEMINAR)));
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('prints a QR code of the page without its fragment, and the link as text', async () => {
    history.replaceState(null, '', '#welcome');
    await printButton(el);
    expect(handout(el)).to.be.null;
    await switchTo('print', el);
    // The encoder is imported when the page first prints.
    const svg = await until(() => handout(el)?.querySelector('svg'));
    const url = location.href.replace(/#.*$/, '');
    expect(await scan(svg)).to.equal(url);
    expect(handout(el)!.innerText.split('\n')).to.deep.equal(['Programmet online', url]);
    expect(handout(el)!.checkVisibility()).to.be.true;
    await switchTo('screen', el);
    expect(handout(el)).to.be.null;
  });

  it('loads the QR encoder before the print button opens the print dialog, and the page is ready for paper at once', async () => {
    const button = await printButton(el);
    const realPrint = window.print;
    let onPaper: { qr: boolean; text: string } | undefined;
    // What the browser lays out when print() dispatches beforeprint, before any microtask.
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      const shown = handout(el);
      onPaper = { qr: !!shown?.querySelector('svg path[d]'), text: shown?.textContent ?? '' };
      window.dispatchEvent(new Event('afterprint'));
    };
    try {
      button.click();
      await until(() => onPaper);
    } finally {
      window.print = realPrint;
    }
    expect(onPaper!.qr).to.be.true;
    expect(onPaper!.text).to.include(location.href);
    await settled(el);
    expect(handout(el)).to.be.null;
  });

  it('puts the title and date in the top margin of every page but the first, page numbers below, and takes them away with the element', async () => {
    await printButton(el);
    const rules = pageRules();
    expect(rules).to.include('content: "Ansvarlig anvendelse af AI i klinikken"');
    expect(rules).to.include('content: "tirsdag den 20. maj 2025"');
    expect(rules).to.match(/@bottom-center \{[^}]*counter\(page\)/);
    expect(rules).to.match(/@page :first \{[^}]*@top-left \{ content: none/);
    el.remove();
    expect(pageRules()).to.equal('');
  });

  it('shows no control on paper, keeps sessions and speakers whole and headings with what follows', async () => {
    await printButton(el);
    await switchTo('print', el);
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('button')].filter((b) => b.checkVisibility())).to.deep.equal([]);
    const timeline = root.querySelector('seminar-timeline')!.shadowRoot!;
    const actions = [...timeline.querySelectorAll('button')].filter((b) => b.checkVisibility());
    expect(actions).to.deep.equal([]);
    expect(getComputedStyle(timeline.querySelector('li.session')!).breakInside).to.equal('avoid');
    expect(getComputedStyle(root.querySelector('.section-title')!).breakAfter).to.equal('avoid');
    expect(getComputedStyle(root.querySelector('.speakers')!).columnCount).to.equal('2');
    // Sponsors come last.
    const sections = [...root.querySelectorAll('section')];
    expect(sections.at(-1)!.querySelector('seminar-sponsor-strip')).to.exist;
  });

  it('prints dark text on white paper under the dark theme', async () => {
    el.setAttribute('theme', 'dark');
    await settled(el);
    const title = el.shadowRoot!.querySelector('.event-title')!;
    expect(contrast(getComputedStyle(title).color, 'rgb(255, 255, 255)')).to.be.below(3);
    await printButton(el);
    await switchTo('print', el);
    expect(contrast(getComputedStyle(title).color, 'rgb(255, 255, 255)')).to.be.above(7);
  });

  it('has an accessible print button in the program tools', async () => {
    const button = await printButton(el);
    expect(button.textContent).to.equal('Udskriv programmet');
    expect(button.closest('[part="program-tools"]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
