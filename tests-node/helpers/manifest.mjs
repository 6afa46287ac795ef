// custom-elements.json as the checks read it: the whole file, every declaration, the elements by tag.
// Read from the working directory, where `npm run build` (cem analyze) writes it.
import { readFile } from 'node:fs/promises';

export const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
export const declarations = manifest.modules.flatMap((mod) => mod.declarations ?? []);
export const elementsByTag = new Map(declarations.filter((decl) => decl.tagName).map((decl) => [decl.tagName, decl]));
