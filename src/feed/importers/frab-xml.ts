/**
 * frab schedule.xml → feed v1. The tree is mapped onto the schedule.json shape and
 * imported by the c3voc importer, so both formats map the same way; problem paths
 * therefore use schedule.json names (`days[0]` is the first <day>, `rooms.One` the
 * <room name="One">, `[3]` its fourth <event>).
 */
import { importConference } from './c3voc.js';
import type { JsonObject } from './read.js';
import { failure } from './result.js';
import type { ImportOptions, ImportResult } from './types.js';
import { parseXml, type XmlElement } from './xml.js';

const childrenNamed = (element: XmlElement | undefined, name: string) => element?.children.filter((child) => child.name === name) ?? [];

/** XML exports indent multi-line text with the markup; strip that indent from every line. */
function dedent(value: string): string {
  return value
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

/** Leaf elements become text fields, as in schedule.json (`<title>x</title>` → `title: "x"`). */
function leafFields(element: XmlElement): JsonObject {
  return Object.fromEntries(element.children.filter((child) => !child.children.length).map((child) => [child.name, dedent(child.text)]));
}

function references(element: XmlElement, listName: string, itemName: string) {
  const container = childrenNamed(element, listName)[0];
  return childrenNamed(container, itemName).map((item) => ({ url: item.attributes.href, title: leafFields(item).title }));
}

function toEvent(element: XmlElement): JsonObject {
  return {
    ...leafFields(element),
    ...element.attributes,
    persons: childrenNamed(childrenNamed(element, 'persons')[0], 'person').map((person) => ({
      ...person.attributes,
      public_name: dedent(person.text),
    })),
    links: references(element, 'links', 'link'),
    attachments: references(element, 'attachments', 'attachment'),
  };
}

function toDay(day: XmlElement): JsonObject {
  const rooms = childrenNamed(day, 'room').map((room) => [room.attributes.name ?? '', childrenNamed(room, 'event').map(toEvent)]);
  return { ...day.attributes, rooms: Object.fromEntries(rooms) };
}

/** Maps a parsed frab schedule.xml tree (from either adapter in xml.ts). */
export function importFrabXmlTree(root: XmlElement, options: ImportOptions = {}): ImportResult {
  const conference = childrenNamed(root, 'conference')[0];
  if (root.name !== 'schedule' || !conference) return failure('schedule.conference', 'is missing: this is not a frab schedule.xml');
  const fields = leafFields(conference);
  return importConference(
    {
      ...fields,
      tracks: childrenNamed(conference, 'track').map((track) => track.attributes),
      days: childrenNamed(root, 'day').map(toDay),
    },
    typeof fields.base_url === 'string' ? fields.base_url : undefined,
    options,
  );
}

export async function importFrabXml(source: string, options: ImportOptions = {}): Promise<ImportResult> {
  let root: XmlElement;
  try {
    root = await parseXml(source);
  } catch (error) {
    return failure('', `is not well-formed XML: ${(error as Error).message}`);
  }
  return importFrabXmlTree(root, options);
}
