/** Readers for a value of unknown shape, for the checks that walk a feed before or without the schema. */
export type JsonObject = Record<string, unknown>;

export function record(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
