// Reads a file or an http(s) URL as text; every failure becomes a UserError with a plain message.
import { readFile } from 'node:fs/promises';
import { loadFeed } from '../../dist/feed/index.js';

/** A mistake of the person running the command: printed as one line, never as a stack trace. */
export class UserError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

const FILE_ERRORS = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  EACCES: 'cannot be read (permission denied)',
};

/** Fetched through loadFeed for its timeout and size limit; it keeps the body even when it is not a feed. */
async function readUrl(url) {
  const outcome = await loadFeed(url);
  if (outcome.text === undefined) throw new UserError(outcome.result.errors[0].message);
  return { text: outcome.text, baseUrl: url };
}

async function readLocal(path) {
  try {
    return { text: await readFile(path, 'utf8') };
  } catch (error) {
    throw new UserError(`${path}: ${FILE_ERRORS[error.code] ?? `cannot be read (${error.code ?? error.message})`}`);
  }
}

/** `{ text, baseUrl? }` of a path or an http(s) URL. */
export async function readInput(source) {
  const { text, baseUrl } = /^https?:\/\//i.test(source) ? await readUrl(source) : await readLocal(source);
  // A byte order mark is invisible in editors and breaks JSON.parse.
  return { text: text.replace(/^\uFEFF/, ''), baseUrl };
}
