export const cdnEntries: Record<string, string>;
export function cdnBuildOptions(root: string): import('esbuild').BuildOptions & { metafile: true };
