import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';

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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    distPaths(),
    // Editors read this file (html.customData) to complete <seminar-agenda attributes.
    customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
  ],
};
