import type { ArgTypes } from '@storybook/web-components-vite';
import { unionMembers } from './union-members.mjs';

/** The parts of a custom elements manifest entry these argTypes read. */
interface Item {
  name: string;
  kind?: string;
  description?: string;
  type?: { text: string };
  default?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  fieldName?: string;
}

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

type ArgType = ArgTypes[string];

const isStringLiteral = (member: string) => /^'[^']*'$/.test(member);

/**
 * The control a type's text calls for (in the object form: enhancers' results are not normalised): a select for a union of strings, a checkbox, a number field, a
 * text field for any string; nothing for objects, which stories that need them edit themselves.
 */
function control(text: string | undefined): Pick<ArgType, 'type' | 'control' | 'options'> {
  const members = unionMembers(text ?? 'string').filter((member) => member !== 'undefined' && member !== 'null');
  if (members.length > 0 && members.every(isStringLiteral)) {
    const options = members.map((member) => member.slice(1, -1));
    return { type: { name: 'enum', value: options }, control: { type: 'select' }, options };
  }
  if (members.length === 1 && (members[0] === 'boolean' || members[0] === 'number')) {
    return { type: { name: members[0] }, control: { type: members[0] } };
  }
  if (members.every((member) => member === 'string' || member === '(string & {})' || isStringLiteral(member))) {
    return { type: { name: 'string' }, control: { type: 'text' } };
  }
  return { type: { name: 'other', value: text ?? '' }, control: false };
}

function row(item: Item, category: string, name = item.name): ArgType {
  return {
    name,
    description: item.description,
    table: {
      category,
      type: item.type ? { summary: item.type.text } : undefined,
      defaultValue: item.default === undefined ? undefined : { summary: item.default },
    },
  };
}

/** Public reactive fields only: not static, private, protected or `_`-named, not methods. */
const isPublicField = (member: Item) =>
  member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !/^[_#]/.test(member.name);

/**
 * Storybook's argTypes for an element, from the manifest: properties under the attribute a page
 * writes (with a select, checkbox, number or text control), then events, slots, parts and custom
 * properties, documented without a control. Parts, slots and events get their own keys, so a part
 * named like an attribute (`time-zone`) no longer replaces the attribute's row.
 */
export function manifestArgTypes(manifest: Manifest, tagName: string): ArgTypes | undefined {
  const element = manifest.modules.flatMap((mod) => mod.declarations ?? []).find((decl) => decl.tagName === tagName);
  if (!element) return undefined;
  const fields = (element.members ?? []).filter(isPublicField);
  const fieldNames = new Set(fields.map((field) => field.name));
  const plainAttributes = (element.attributes ?? []).filter((attribute) => !attribute.fieldName || !fieldNames.has(attribute.fieldName));
  const documented = (items: Item[] | undefined, category: string, key: (name: string) => string) =>
    (items ?? []).map((item) => [key(item.name), { ...row(item, category, item.name || '(default)'), control: false }] as const);
  return Object.fromEntries([
    ...fields.map(
      (field) =>
        [
          field.name,
          { ...row(field, field.attribute ? 'attributes' : 'properties', field.attribute), ...control(field.type?.text) },
        ] as const,
    ),
    ...plainAttributes.map((attribute) => [attribute.name, { ...row(attribute, 'attributes'), ...control(attribute.type?.text) }] as const),
    ...documented(element.events, 'events', (name) => `event:${name}`),
    ...documented(element.slots, 'slots', (name) => `slot:${name}`),
    ...documented(element.cssParts, 'css shadow parts', (name) => `part:${name}`),
    ...documented(element.cssProperties, 'css custom properties', (name) => name),
  ]);
}
