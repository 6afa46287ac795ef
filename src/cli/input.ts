// Reads a file or an http(s) URL as text; every failure becomes a UserError with a plain message.
import { readFile } from 'node:fs/promises';
import { fetchText } from '../feed/load.js';
import { UserError } from './user-error.js';

export interface Input {
  text: string;
  /** Where a fetched feed ended up after redirects; relative URLs in it resolve against it. */
  baseUrl?: string;
}

const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'cannot be read (permission denied)',
};

/** The same fetch, time limit and size limit as the elements' loadFeed; the body is parsed once, by the command. */
async function readUrl(url: string): Promise<Input> {
  const fetched = await fetchText(url);
  if (fetched.status === 'failed') throw new UserError(fetched.failure.errors[0]?.message ?? `${url} could not be fetched`);
  // No etag is sent, so the server has no reason to answer 304.
  if (fetched.status === 'unchanged') throw new UserError(`${url} answered 304 Not Modified without a body`);
  return { text: fetched.text, baseUrl: fetched.url };
}

async function readLocal(path: string): Promise<Input> {
  try {
    // A byte order mark is invisible in editors and breaks JSON.parse (fetchText's decoder drops it).
    return { text: (await readFile(path, 'utf8')).replace(/^\uFEFF/, '') };
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new UserError(`${path}: ${(code && FILE_ERRORS[code]) ?? `cannot be read (${code ?? message})`}`);
  }
}

/** The text of a path or an http(s) URL. */
export function readInput(source: string): Promise<Input> {
  return /^https?:\/\//i.test(source) ? readUrl(source) : readLocal(source);
}
