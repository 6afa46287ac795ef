/** Writes text to the clipboard; false when the page may not (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The page address with `#id`, for a link to one session. */
export function linkTo(id: string): string {
  const url = new URL(location.href);
  url.hash = id;
  return url.href;
}
