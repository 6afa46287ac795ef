// Where each value of a JSON text starts, by the same paths problems use (`sessions[3].end`),
// so the CLI can point at line:column. JSON.parse gives neither, nor a reliable error position.

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    /** Where in the text the mistake is. */
    readonly offset: number,
  ) {
    super(message);
  }
}

// JSON strings may not hold raw control characters; the class names them to exclude them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** Returns a Map of path → offset; throws JsonSyntaxError with the offset of the first mistake. */
export function locateValues(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  let at = 0;
  const found = () => (at < text.length ? `, found ${JSON.stringify(text[at])}` : ' before the end of the text');
  const fail = (expected: string): never => {
    throw new JsonSyntaxError(`expected ${expected}${found()}`, at);
  };
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at += 1;
  };
  const token = (pattern: RegExp, expected: string): string => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (!match) return fail(expected);
    at = pattern.lastIndex;
    return match[0];
  };
  /** Reads `open item (, item)* close`, calling item for each entry. */
  const sequence = (close: string, item: (index: number) => void): void => {
    at += 1;
    skipSpace();
    if (text[at] === close) return void (at += 1);
    for (let index = 0; ; index += 1) {
      item(index);
      skipSpace();
      if (text[at] === close) return void (at += 1);
      if (text[at] !== ',') fail(`"," or "${close}"`);
      at += 1;
    }
  };
  const value = (path: string): void => {
    skipSpace();
    offsets.set(path, at);
    if (text[at] === '{') {
      return sequence('}', () => {
        skipSpace();
        const key = JSON.parse(token(STRING, 'a property name in double quotes')) as string;
        skipSpace();
        if (text[at] !== ':') fail('":" after the property name');
        at += 1;
        value(path ? `${path}.${key}` : key);
      });
    }
    if (text[at] === '[') return sequence(']', (index) => value(`${path}[${index}]`));
    if (text[at] === '"') token(STRING, 'a closed string (line breaks, tabs and backslashes must be escaped)');
    else token(LITERAL, 'a value (text in double quotes, number, true, false, null, object or list)');
  };
  value('');
  skipSpace();
  if (at < text.length) fail('the end of the text after the JSON value');
  return offsets;
}

/** The offset of a path, or of its nearest ancestor when the value is missing (`start` "is required"). */
export function offsetOf(offsets: ReadonlyMap<string, number>, path: string): number {
  let current = path;
  while (!offsets.has(current)) {
    const parent = current.replace(/(?:\[\d+\]|\.?[^.[\]]+)$/, '');
    if (parent === current) return 0;
    current = parent;
  }
  return offsets.get(current) ?? 0;
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
