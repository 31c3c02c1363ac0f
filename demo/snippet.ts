/**
 * The text the snippet builder hands to an editor: one element with its
 * attributes, and the script line that loads the kit. Kept apart from the
 * builder's DOM code so what gets pasted is easy to read and to check.
 */

/** An attribute value as it may stand between double quotes in HTML. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** `true` writes a boolean attribute (`sparkline`), a string a valued one. */
export type SnippetAttribute = readonly [name: string, value: string | true];

/**
 * `<kpi-card label="…" kpi="…"></kpi-card>`, wrapped before an attribute when
 * a line would pass `width` characters, continuation lines indented by two
 * spaces. A rich-text editor's source view keeps it readable that way.
 */
export function elementSnippet(tag: string, attributes: readonly SnippetAttribute[], width = 88): string {
  const lines: string[] = [];
  let line = `<${tag}`;
  for (const [name, value] of attributes) {
    const part = value === true ? name : `${name}="${escapeAttribute(value)}"`;
    if (line.length + 1 + part.length > width && line.trim() !== `<${tag}`) {
      lines.push(line);
      line = `  ${part}`;
    } else {
      line += ` ${part}`;
    }
  }
  lines.push(`${line}></${tag}>`);
  return lines.join('\n');
}

/** The line that loads the kit; it belongs once in a page template. */
export function scriptSnippet(url: string): string {
  return `<script type="module" src="${escapeAttribute(url.trim() || 'kpi-widgets.js')}"></script>`;
}
