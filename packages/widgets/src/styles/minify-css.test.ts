import { describe, expect, it } from 'vitest';
import { minifyCssTemplates } from '../../scripts/minify-css.mjs';

// The build shrinks the CSS of css`…` templates in dist/ (scripts/minify-css.mjs): it must drop
// comments and indentation only, never change a value, an interpolation or another template.
describe('minifyCssTemplates', () => {
  it('drops comments (with what they contain) and indentation', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a module, interpolations included
    const source = 'const a = css `\n  /* why ${x} */\n  :host {\n    color: red;\n  }\n`;';
    expect(minifyCssTemplates(source)).toBe('const a = css `\n:host {\ncolor: red;\n}\n`;');
  });

  it('keeps interpolations and the spaces beside them, escapes and other templates', () => {
    const source =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a module, interpolations included
      'css`\n  .a { margin: 0 ${gap}; inline-size: ${f({ a: "}" })}px; content: "\\`"; }\n` + `/* kept */`';
    expect(minifyCssTemplates(source)).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a module, interpolations included
      'css`\n.a { margin: 0 ${gap}; inline-size: ${f({ a: "}" })}px; content: "\\`"; }\n` + `/* kept */`',
    );
  });
});
