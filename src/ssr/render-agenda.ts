import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { LitElementRenderer, renderThunked } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import '../define/elements.js';
import { parseFeed, readJson, type ParseFailure } from '../feed/parse.js';
import type { AgendaModel } from '../feed/model.js';
import type { FeedProblem } from '../feed/problem.js';
import type { TimeZoneChoice } from '../i18n/time-zone.js';
import { serverModels } from '../internal/server-models.js';

export interface RenderAgendaOptions {
  /** The `lang` attribute: the UI language, Danish or English (default: the feed's language). */
  lang?: string;
  /** The `time-zone` attribute: `event` (default), `local` or an IANA name; `local` is rendered in the event's zone until the browser knows the visitor's. */
  timeZone?: TimeZoneChoice;
  /** The `view` attribute, `list` or `grid`. */
  view?: string;
  /** Address of the page the fragment goes on; relative URLs in the feed resolve against it, as they will in the browser. */
  baseUrl?: string;
}

export type RenderAgendaResult = { ok: true; html: string; model: AgendaModel; warnings: FeedProblem[] } | ParseFailure;

/** The program being rendered; renders are synchronous, so one at a time. */
let rendering: AgendaModel | undefined;

// connectedCallback runs on the server so that the program reaches the elements inside through
// context, as in the browser; the agenda takes the parsed program instead of loading one.
LitElementRenderer.renderOptions.push((element) => {
  if (!element.localName.startsWith('seminar-')) return undefined;
  // Lit's DOM shim keeps attributes without reflecting lang, which picks the UI language.
  element.lang = element.getAttribute('lang') ?? '';
  if (element.localName === 'seminar-agenda' && rendering) serverModels.set(element, rendering);
  return { connectedCallback: true };
});

/**
 * The elements inside the agenda, renamed in the rendered markup to hosts that are never defined:
 * their declarative shadow roots show the same, and they do not start up in the browser only to
 * be replaced when the agenda takes over (their names never occur in text, which Lit escapes).
 */
const NESTED_TAGS = /(<\/?)(seminar-(?:timeline|speaker-card|sponsor-strip|day-tabs))(?=[\s>])/g;

/**
 * Markers for hydration and the hint that defers it; the elements take over by replacing the
 * rendered program instead (docs/decisions.md), so they are only bytes. Feed text cannot contain
 * them: Lit escapes every `<` it renders from data.
 */
const HYDRATION_MARKS = /<!--\/?lit-(?:part|node)[^>]*-->|<\?lit\$\d+\$>| defer-hydration/g;

/** Comments and runs of white space in the styles, which each shadow root repeats (the styles quote no text but `''`). */
const STYLE = /<style>([^<]*)<\/style>/g;

function minifyStyles(markup: string): string {
  return markup.replace(STYLE, (_, css: string) => {
    const minified = css
      .replace(/\/\*[^]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};]) ?/g, '$1');
    return `<style>${minified}</style>`;
  });
}

/** JSON inside a script element: no `<`, so neither `</script>` nor `<!--` can end or bend it. */
function scriptJson(feed: unknown): string {
  return `<script type="application/json">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script>`;
}

/**
 * Renders `<seminar-agenda>` with the program of a feed v1 (an object or its JSON text) to an HTML
 * fragment: declarative shadow DOM, readable without JavaScript, with the feed inline, so the
 * element takes over in the browser without fetching it. A feed that cannot be shown gives its
 * problems with their JSON paths instead, like parseFeed.
 */
export function renderAgenda(feed: unknown, options: RenderAgendaOptions = {}): RenderAgendaResult {
  const json = typeof feed === 'string' ? readJson(feed) : { ok: true as const, value: feed };
  if (!json.ok) return json;
  const result = parseFeed(json.value, { baseUrl: options.baseUrl });
  if (!result.ok) return result;
  const { lang, timeZone, view } = options;
  rendering = result.model;
  try {
    const template = html`<seminar-agenda lang=${lang ?? nothing} time-zone=${timeZone ?? nothing} view=${view ?? nothing}
      >${unsafeHTML(scriptJson(json.value))}</seminar-agenda
    >`;
    const rendered = collectResultSync(renderThunked(template)).replace(HYDRATION_MARKS, '').replace(NESTED_TAGS, '$1$2-ssr');
    return { ok: true, html: minifyStyles(rendered), model: result.model, warnings: result.warnings };
  } finally {
    rendering = undefined;
  }
}
