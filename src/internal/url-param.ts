/**
 * The name an agenda's parameter has in the page's address. With one agenda on the page it is the
 * name itself (`seminar-q`), so links shared so far keep working; with more than one, an agenda
 * that has an `id` puts it in front (`<id>.seminar-q`), so each keeps and restores its own.
 */
export function paramName(agenda: Element, name: string): string {
  const shared = agenda.id && [...document.querySelectorAll('seminar-agenda')].some((other) => other !== agenda);
  return shared ? `${agenda.id}.${name}` : name;
}
