// A build plugin that minifies the CSS inside lit's css`…` templates of the
// *.styles.ts modules. Bundlers minify JavaScript but leave a template's text
// alone, so without it every widget ships its stylesheets with indentation and
// line breaks (about 1 KB gzip of the attribute-only page).
//
// Only whitespace is removed, and only where CSS ignores it: around braces,
// semicolons, commas, colons that end a property name and `>` combinators.
// Interpolations (`${lightTokens}`) are kept as they are. Descendant
// combinators (`a .b`) and values (`1px solid`) keep their single spaces.

const STYLES = /\/src\/elements\/.+\.styles\.ts$/;

/** Minifies the static text between a css template's interpolations. */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/([{;][\w-]+):\s+/g, '$1:')
    .replace(/;}/g, '}');
}

/** css`…` literals, with `${…}` interpolations that hold no backtick or brace. */
const CSS_LITERAL = /\bcss`([^`]*)`/g;
const INTERPOLATION = /(\$\{[^{}`]*\})/;

export function minifyCssLiterals() {
  return {
    name: 'kpi-minify-css-literals',
    transform(code, id) {
      if (!STYLES.test(id.split('?')[0])) return null;
      const out = code.replace(CSS_LITERAL, (_, body) =>
        'css`' + body.split(INTERPOLATION).map((part, i) => (i % 2 ? part : minifyCssText(part))).join('') + '`');
      return out === code ? null : { code: out, map: null };
    },
  };
}
