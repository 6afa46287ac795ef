/**
 * Two adapters to one small element tree, so the frab importer stays DOM-free:
 * DOMParser where the platform has one (browsers), fast-xml-parser elsewhere (Node),
 * loaded only when needed so browser bundles do not carry it.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text nodes joined (CDATA included), not its descendants'. */
  text: string;
}

export function fromDom(element: Element): XmlElement {
  const nodes = Array.from(element.childNodes);
  return {
    name: element.localName,
    attributes: Object.fromEntries(Array.from(element.attributes, (attribute) => [attribute.localName, attribute.value])),
    children: nodes.filter((node): node is Element => node.nodeType === 1).map(fromDom),
    text: nodes
      .filter((node) => node.nodeType === 3 || node.nodeType === 4)
      .map((node) => node.nodeValue)
      .join(''),
  };
}

export function parseXmlWithDom(source: string, Parser: typeof DOMParser): XmlElement {
  const document = new Parser().parseFromString(source, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(error.textContent?.trim() || 'not well-formed XML');
  return fromDom(document.documentElement);
}

/** One node of fast-xml-parser's `preserveOrder` output: `{ tag: children, ':@': attributes }` or `{ '#text': … }`. */
type OrderedNode = Record<string, unknown>;

function fromOrdered(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
  if (name === undefined) return undefined;
  const children = (node[name] as OrderedNode[]) ?? [];
  return {
    name,
    attributes: (node[':@'] as Record<string, string> | undefined) ?? {},
    children: children.flatMap((child) => fromOrdered(child) ?? []),
    text: children.map((child) => (typeof child['#text'] === 'string' ? child['#text'] : '')).join(''),
  };
}

export async function parseXmlWithFastXmlParser(source: string): Promise<XmlElement> {
  const { XMLParser, XMLValidator } = await import('fast-xml-parser');
  const valid = XMLValidator.validate(source);
  if (valid !== true) throw new Error(`${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  const nodes: OrderedNode[] = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    // Decodes numeric character references (&#252;) as well as the five XML entities.
    htmlEntities: true,
  }).parse(source);
  const root = nodes.flatMap((node) => fromOrdered(node) ?? []).find((element) => !element.name.startsWith('?'));
  if (!root) throw new Error('no root element');
  return root;
}

/** Parses XML text with the platform's DOMParser when there is one, else with fast-xml-parser. */
export function parseXml(source: string): Promise<XmlElement> {
  const Parser = globalThis.DOMParser;
  return typeof Parser === 'function' ? Promise.resolve().then(() => parseXmlWithDom(source, Parser)) : parseXmlWithFastXmlParser(source);
}
