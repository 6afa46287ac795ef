/** Registers every element; the package's root entry, with the classes, events and feed helpers. */
export * from './elements.js';
export * from '../index.js';
