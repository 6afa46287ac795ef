import { expect, html } from '@open-wc/testing';
import '../../src/define/all.js';
import { agendaFixture, captureConsole } from '../helpers/index.js';

declare global {
  interface Window {
    __xss?: string;
  }
}

/** Each payload, if it ever ran, would set the canary to its own index. */
const PAYLOADS = [
  '<script>window.__xss="0"</script>',
  '<img src=x onerror="window.__xss=\'1\'">',
  '"><svg onload="window.__xss=\'2\'">',
  '</style><script>window.__xss="3"</script>',
  '<template><img src=x onerror="window.__xss=\'4\'"></template>',
  '${window.__xss="5"}',
  '{{constructor.constructor(\'window.__xss="6"\')()}}',
  '[click me](javascript:window.__xss="7")',
  '<a href="javascript:window.__xss=\'8\'">x</a>',
  'expression(window.__xss="9") url(javascript:window.__xss="9")',
  '<iframe srcdoc="<script>parent.__xss=\'10\'</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=\'11\'">',
];
const DANGEROUS_URLS = [
  'javascript:window.__xss="u0"',
  'JaVaScRiPt:window.__xss="u1"',
  'data:text/html,<script>window.__xss="u2"</script>',
  'vbscript:msgbox(1)',
  ' javascript:window.__xss="u4"',
];

/** A feed with the payload in every string field and the dangerous URL in every URL field. */
function hostileFeed(text: string, url: string) {
  const session = (id: string, extra = {}) => ({
    id,
    title: text,
    description: text,
    questions: [text],
    room: text,
    track: text,
    tags: [text],
    url,
    speakers: ['s'],
    moderators: ['s'],
    ...extra,
  });
  return {
    version: 1,
    event: {
      title: text,
      subtitle: text,
      description: text,
      series: text,
      language: 'en',
      timeZone: 'Europe/Copenhagen',
      venue: { name: text, address: text, url },
      url,
      registrationUrl: url,
    },
    sessions: [session('a', { start: '2025-05-20T09:00', end: '2025-05-20T10:00', sessions: [session('b')] })],
    speakers: [{ id: 's', name: text, jobTitle: text, organization: text, bio: text, photo: url, links: [{ label: text, url }] }],
    sponsors: [{ id: 'p', name: text, description: text, tier: text, url, logo: url }],
  };
}

/** Every element in the agenda's shadow roots, nested ones included. */
function allElements(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root.shadowRoot!);
  return found;
}

const SAFE_URL = /^(https?:|mailto:|tel:)/;

describe('hostile feed content', () => {
  PAYLOADS.forEach((payload, index) => {
    it(`renders payload ${index} as text everywhere and runs nothing`, async () => {
      delete window.__xss;
      const violations: string[] = [];
      const onViolation = (e: SecurityPolicyViolationEvent) => violations.push(e.violatedDirective);
      document.addEventListener('securitypolicyviolation', onViolation);
      const console = captureConsole();
      const feed = hostileFeed(payload, DANGEROUS_URLS[index % DANGEROUS_URLS.length]!);
      // A payload that ran while rendering sets the canary; one that could run later (a handler,
      // a script, a javascript: URL) is an element or attribute the checks below find.
      const el = await agendaFixture(html`<seminar-agenda .feed=${feed}></seminar-agenda>`).finally(() => {
        console.restore();
        document.removeEventListener('securitypolicyviolation', onViolation);
      });

      expect(window.__xss, 'a payload ran').to.be.undefined;
      expect(violations).to.deep.equal([]);
      const elements = allElements(el);
      const injected = elements.filter((e) =>
        ['SCRIPT', 'IFRAME', 'SVG', 'TEMPLATE', 'MATH', 'OBJECT', 'EMBED'].includes(e.tagName.toUpperCase()),
      );
      expect(injected.map((e) => e.tagName)).to.deep.equal([]);
      const handlers = elements.flatMap((e) => e.getAttributeNames().filter((name) => name.startsWith('on')));
      expect(handlers).to.deep.equal([]);
      const urls = elements.flatMap((e) => ['href', 'src'].flatMap((name) => e.getAttribute(name) ?? []));
      expect(urls.filter((u) => !SAFE_URL.test(u))).to.deep.equal([]);
      expect(console.warnings.join('\n')).to.match(/only http\(s\), mailto and tel links are allowed|not a valid URL/);
      // The payload is visible as text: nothing was silently dropped.
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(payload);
    });
  });
});
