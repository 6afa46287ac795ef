import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { unionMembers } from './.storybook/union-members.mjs';

/**
 * The analyzer reads src/*.ts; consumers load dist/*.js, so paths are rewritten to match.
 */
function distPaths() {
  const toDist = (path) => path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  return {
    name: 'seminar-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.path = toDist(mod.path);
        for (const exp of mod.exports ?? []) if (exp.declaration?.module) exp.declaration.module = toDist(exp.declaration.module);
        for (const decl of mod.declarations ?? []) {
          if (decl.superclass?.module) decl.superclass.module = toDist(decl.superclass.module);
          // `dispatchEvent(new SeminarLoadEvent())` yields a nameless entry beside the documented @fires.
          if (decl.events) decl.events = decl.events.filter((event) => event.name);
        }
      }
    },
  };
}

/**
 * Spells out type aliases that are unions of strings (`SeminarTheme` becomes `'light' | 'dark' | 'auto'`):
 * Storybook turns such a type into a select and editors offer its values, neither of which can
 * follow an alias name.
 */
function expandStringAliases() {
  const aliases = new Map();
  const isStringy = (member) => /^'[^']*'$/.test(member) || member === 'string' || member === '(string & {})' || aliases.has(member);
  const expand = (text, seen = new Set()) =>
    unionMembers(text)
      .flatMap((member) =>
        aliases.has(member) && !seen.has(member) ? [expand(aliases.get(member), new Set([...seen, member]))] : [member],
      )
      .join(' | ');
  return {
    name: 'seminar-expand-string-aliases',
    collectPhase({ ts, node }) {
      if (ts.isTypeAliasDeclaration(node)) aliases.set(node.name.text, node.type.getText());
      // `const FORMATS = ['a', 'b'] as const` read as `(typeof FORMATS)[number]`.
      const list = ts.isVariableDeclaration(node) && node.initializer && ts.isAsExpression(node.initializer) && node.initializer.expression;
      if (list && ts.isArrayLiteralExpression(list)) {
        aliases.set(`(typeof ${node.name.getText()})[number]`, list.elements.map((e) => e.getText().replaceAll('"', "'")).join(' | '));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const [name, text] of aliases) if (!unionMembers(text).every(isStringy)) aliases.delete(name);
      const items = customElementsManifest.modules
        .flatMap((mod) => mod.declarations ?? [])
        .flatMap((decl) => [...(decl.members ?? []), ...(decl.attributes ?? [])]);
      for (const item of items) if (item.type?.text) item.type.text = expand(item.type.text);
    },
  };
}

/**
 * Gives a Lit property declared `@property({ type: Number }) timeout = SOME_CONSTANT` the type the
 * analyzer cannot infer from the constant, so it gets a number control rather than none.
 */
function litPropertyTypes() {
  const LIT_TYPES = { Number: 'number', Boolean: 'boolean', String: 'string' };
  return {
    name: 'seminar-lit-property-types',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isPropertyDeclaration(node) || !ts.isClassDeclaration(node.parent) || !node.parent.name) return;
      const options = ts
        .getDecorators?.(node)
        ?.map((d) => d.expression)
        .find((call) => ts.isCallExpression(call) && call.expression.getText() === 'property')?.arguments[0];
      const typeOption =
        options &&
        ts.isObjectLiteralExpression(options) &&
        options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'type');
      const type = typeOption && LIT_TYPES[typeOption.initializer.getText()];
      const member = moduleDoc.declarations
        .find((d) => d.name === node.parent.name.text)
        ?.members?.find((m) => m.name === node.name.getText());
      if (!type || !member || member.type) return;
      member.type = { text: type };
      const attribute = moduleDoc.declarations
        .find((d) => d.name === node.parent.name.text)
        ?.attributes?.find((a) => a.fieldName === member.name);
      if (attribute) attribute.type = { text: type };
    },
  };
}

/**
 * The abstract bases (SeminarElement, ProgramElement) extend LitElement, so the analyzer calls them
 * custom elements; with no tag they would show as nameless elements in editors and Storybook. They stay
 * in the manifest as classes, so the five elements still inherit their documented members.
 */
function basesAreNotElements() {
  return {
    name: 'seminar-bases-are-not-elements',
    packageLinkPhase({ customElementsManifest }) {
      for (const decl of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
        if (decl.customElement && !decl.tagName) delete decl.customElement;
      }
    },
  };
}

/**
 * An element lists its own parts in @csspart lines; the parts it forwards from the elements it
 * renders (exportparts) are added here from theirs, so that editors and Storybook offer
 * `seminar-agenda::part(session-title)` too.
 */
function forwardedParts() {
  const FORWARDS = {
    'seminar-timeline': ['seminar-day-tabs', 'seminar-program-grid'],
    'seminar-agenda': ['seminar-timeline', 'seminar-speaker-card', 'seminar-speaker-directory', 'seminar-sponsor-strip'],
  };
  return {
    name: 'seminar-forwarded-parts',
    packageLinkPhase({ customElementsManifest }) {
      const byTag = new Map(
        customElementsManifest.modules
          .flatMap((mod) => mod.declarations ?? [])
          .filter((d) => d.tagName)
          .map((d) => [d.tagName, d]),
      );
      // Timeline first: the agenda forwards what the timeline forwards from its day tabs.
      for (const [tag, inner] of Object.entries(FORWARDS)) {
        const outer = byTag.get(tag);
        const own = outer.cssParts ?? [];
        const ownNames = new Set(own.map((part) => part.name));
        // The grid's cells share the timeline's session parts (same templates): listed once, as the timeline's.
        const forwarded = inner.flatMap((name) =>
          (byTag.get(name).cssParts ?? [])
            .filter((part) => !ownNames.has(part.name))
            .map((part) => ({
              ...part,
              description: part.description.startsWith('Forwarded') ? part.description : `Forwarded from ${name}: ${part.description}`,
            })),
        );
        outer.cssParts = [...own, ...forwarded];
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The CLI runs in Node and defines no element.
  exclude: ['src/**/*.styles.ts', 'src/cli/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    litPropertyTypes(),
    distPaths(),
    expandStringAliases(),
    basesAreNotElements(),
    forwardedParts(),
    // Editors read this file (html.customData) to complete <seminar-agenda attributes.
    customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
  ],
};
