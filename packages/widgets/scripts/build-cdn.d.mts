export const cdnEntries: Record<string, string>;
