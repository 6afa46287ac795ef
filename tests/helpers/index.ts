// The one helpers module of the browser tests: feeds, rendering, waiting and reading shadow trees.
export * from './console.js';
export * from './contrast.js';
export * from './dom.js';
export * from './downloads.js';
export * from './feeds.js';
export * from './render.js';
export * from './settle.js';
export * from './storage.js';
export * from './tabs.js';
