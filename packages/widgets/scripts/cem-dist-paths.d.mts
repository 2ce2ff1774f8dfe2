export function toDistPaths(value: unknown): unknown;
