export function minifyCssText(text: string): string;
export function minifyCssTemplates(source: string): string;
export function minifyHtmlTemplates(source: string): string;
