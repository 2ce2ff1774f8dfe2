import { describe, expect, it } from 'vitest';
import { minifyCssTemplates, minifyHtmlTemplates } from '../../scripts/minify-css.mjs';

// The build shrinks the CSS of css`…` templates in dist/ (scripts/minify-css.mjs): it must drop
// comments and white space only, never change a value, an interpolation or another template.
describe('minifyCssTemplates', () => {
  it('drops comments (with what they contain), indentation, line breaks and needless spaces', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a module, interpolations included
    const source = 'const a = css `\n  /* why ${x} */\n  :host {\n    color: red;\n  }\n`;';
    expect(minifyCssTemplates(source)).toBe('const a = css ` :host{color:red}`;');
  });

  it('keeps interpolations and the spaces beside them, escapes and other templates', () => {
    const source =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a module, interpolations included
      'css`\n  .a { margin: 0 ${gap}; inline-size: ${f({ a: "}" })}px; content: "\\`"; }\n` + `/* kept */`';
    expect(minifyCssTemplates(source)).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a module, interpolations included
      'css` .a{margin:0 ${gap};inline-size:${f({ a: "}" })}px;content:"\\`"}` + `/* kept */`',
    );
  });

  it('keeps the space of a descendant pseudo-class, strings and calc operators', () => {
    const source =
      "css`\n  .a :focus,\n  .b > .c {\n    grid-template-areas: 'a b' 'c d';\n    margin: calc(1px + 2px)\n      0;\n  }\n`";
    expect(minifyCssTemplates(source)).toBe(
      "css` .a :focus,.b>.c{grid-template-areas:'a b' 'c d';margin:calc(1px + 2px) 0}`",
    );
  });
});

describe('minifyHtmlTemplates', () => {
  it('turns white space with a line break into one line break, in nested templates too, and nothing else', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a module, interpolations included
    const source = 'html`<p>\n    ${x ? html`<b>\n      a  b</b>` : "\\n  kept"}\n  </p>\n` + `\n  plain`';
    expect(minifyHtmlTemplates(source)).toBe(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a module, interpolations included
      'html`<p>\n${x ? html`<b>\na  b</b>` : "\\n  kept"}\n</p>\n` + `\n  plain`',
    );
  });
});
