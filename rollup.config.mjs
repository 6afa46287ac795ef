import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const sources = {
  index: 'src/index.ts',
  'feed/index': 'src/feed/index.ts',
  'feed/importers/index': 'src/feed/importers/index.ts',
  'define/all': 'src/define/all.ts',
  'define/elements': 'src/define/elements.ts',
  'define/seminar-agenda': 'src/define/seminar-agenda.ts',
  'define/seminar-timeline': 'src/define/seminar-timeline.ts',
  'define/seminar-speaker-card': 'src/define/seminar-speaker-card.ts',
  'define/seminar-sponsor-strip': 'src/define/seminar-sponsor-strip.ts',
  'define/seminar-day-tabs': 'src/define/seminar-day-tabs.ts',
  'define/seminar-speaker-directory': 'src/define/seminar-speaker-directory.ts',
  'define/seminar-program-grid': 'src/define/seminar-program-grid.ts',
  // Server rendering in Node (seminar-agenda/ssr); not part of the CDN build.
  'ssr/index': 'src/ssr/index.ts',
  // The command-line tool; bin/seminar-agenda.js imports it. Not part of the CDN build.
  'cli/main': 'src/cli/main.ts',
};

export default [
  // npm build: unbundled ESM so apps dedupe lit and zod with their own copies.
  {
    input: sources,
    output: { dir: 'dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    external: [/^lit/, /^@lit\//, /^@lit-labs\//, /^zod/, /^tslib/, /^fast-xml-parser/, /^uqr/, /^node:/],
    plugins: [
      typescript({ tsconfig: './tsconfig.build.json', module: 'NodeNext', outDir: 'dist', rootDir: 'src', declarationDir: 'dist' }),
    ],
  },
  // CDN build: one self-contained, minified module for a single <script type="module">. Code
  // only some pages use (calendar files, importers) is split into chunks beside it that the
  // module imports, relative to itself, the first time it is needed.
  {
    input: { 'seminar-agenda': 'src/define/cdn.ts' },
    // Modules a few chunks share (a helper, an event class) join a chunk rather than cost a request of their own.
    output: { dir: 'dist/cdn', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js', experimentalMinChunkSize: 1000 },
    // Lets the entry also export what the chunks import from it, instead of becoming a facade.
    preserveEntrySignatures: 'allow-extension',
    // Browsers parse frab XML with DOMParser; the Node parser is only imported there.
    external: ['fast-xml-parser'],
    plugins: [
      resolve(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist/cdn', rootDir: 'src' }),
      // Whitespace in html`` and css`` templates is a third of the elements' bytes.
      minifyHTML(),
      terser({
        module: true,
        ecma: 2022,
        format: { comments: false },
        compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true, unsafe: true, pure_getters: true },
      }),
    ],
  },
];
