// From dist/custom-elements.json: VS Code HTML custom data and React JSX typings,
// so both stay in step with the elements' JSDoc without a hand-kept copy.
import { readFile, writeFile } from 'node:fs/promises';

const manifest = JSON.parse(await readFile('dist/custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

const vscode = {
  version: 1.1,
  tags: declarations.map((d) => ({
    name: d.tagName,
    description: d.summary ?? d.description ?? '',
    attributes: (d.attributes ?? []).map((a) => ({
      name: a.name,
      description: a.description ?? '',
      ...(a.type?.text?.includes("'") ? { values: [...a.type.text.matchAll(/'([^']+)'/g)].map(([, v]) => ({ name: v })) } : {}),
    })),
  })),
};
await writeFile('dist/vscode.html-custom-data.json', JSON.stringify(vscode, null, 2));

// Attributes are strings in HTML; JSX may also pass numbers and booleans, which React 19 sets as properties.
const attrType = (a) => (a.type?.text && /^('[^']*'\s*\|?\s*)+$/.test(a.type.text) ? a.type.text : 'string | number | boolean');
const jsx = `// Generated from custom-elements.json by scripts/manifest-outputs.mjs.
import type * as Kit from './types/classes.js';

type KitEvents = {
  'onkpi-load'?: (event: CustomEvent<{ value: number | null }>) => void;
  'onkpi-error'?: (event: CustomEvent<import('./types/elements/shared/problems.js').KpiErrorDetail>) => void;
};

type Attrs<E> = Partial<Omit<E, keyof HTMLElement>> & KitEvents & {
  class?: string;
  className?: string;
  id?: string;
  slot?: string;
  style?: string | Record<string, string | number>;
  children?: unknown;
  key?: string | number;
  ref?: unknown;
};

export interface KpiIntrinsicElements {
${declarations
  .map(
    (d) => `  '${d.tagName}': Attrs<Omit<Kit.${d.name}, ${(d.attributes ?? []).map((a) => `'${a.fieldName ?? a.name}'`).join(' | ') || 'never'}>> & {
${(d.attributes ?? []).map((a) => `    '${a.name}'?: ${attrType(a)};`).join('\n')}
  };`,
  )
  .join('\n')}
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends KpiIntrinsicElements {}
  }
}
`;
await writeFile('dist/jsx.d.ts', jsx);
console.log(`manifest outputs for ${declarations.length} elements`);
