/** The localStorage key under which `<seminar-agenda>` keeps its last good copy of the feed at `src`. */
export function storedFeedKey(src: string): string {
  return `seminar-agenda:feed:${new URL(src, document.baseURI).href}`;
}
