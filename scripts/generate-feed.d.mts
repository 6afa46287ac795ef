import type { FeedInput } from '../src/feed/schema.js';

/** See generate-feed.mjs: a deterministic feed v1 program of the given size. */
export function generateFeed(options?: { sessions?: number; days?: number; rooms?: number; seed?: number }): FeedInput;
