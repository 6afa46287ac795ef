/** Kept in step with package.json by tests-node/version.test.mjs (changesets bump package.json only). */
export const VERSION = '0.1.0';
