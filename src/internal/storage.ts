/**
 * localStorage that never throws: it is missing or throws on access with
 * cookies blocked, in sandboxed frames and in some private modes.
 */
export function readStored(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // The choice then lasts for this page view only.
  }
}
