/**
 * Splits a TypeScript type's text at its top-level `|`s: `'a' | Foo<'b' | 'c'>` gives two members.
 * Shared by the analyzer config (which spells out aliases) and the Storybook controls (which read them).
 * @param {string} text
 * @returns {string[]}
 */
export function unionMembers(text) {
  const members = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if ('(<{['.includes(text[i])) depth += 1;
    else if (')>}]'.includes(text[i])) depth -= 1;
    else if (text[i] === '|' && depth === 0) {
      members.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return [...members, text.slice(start).trim()].filter(Boolean);
}
