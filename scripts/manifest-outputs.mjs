// Runs after `cem analyze` (scripts/build.mjs step 4). From dist/custom-elements.json:
// 1. corrects the manifest itself (see fixManifest), and writes it back;
// 2. VS Code HTML custom data;
// 3. the JSX typings dist/jsx.d.ts, and their twin test/types/kpi-jsx.generated.ts
//    (the same declarations over src/, which `npm run typecheck` checks without a
//    build: see test/types/jsx.typecheck.ts; commit it when a build changes it).
// So all of them stay in step with the elements' JSDoc without a hand-kept copy.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const manifest = JSON.parse(await readFile('dist/custom-elements.json', 'utf8'));
await fixManifest(manifest);
await writeFile('dist/custom-elements.json', JSON.stringify(manifest, null, 2));

const modules = manifest.modules;
const declarations = modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

/**
 * What the analyzer gets wrong about this kit:
 * - `KpiElement.emit()` dispatches `new CustomEvent(type, …)`, which it lists as an
 *   event named "type" on every widget; `<funnel-stage>` tells its funnel about a
 *   change with the internal `funnel-stage-change`. Only the public `kpi-*` events
 *   (each with its JSDoc `@event {CustomEvent<Detail>}`) stay.
 * - The elements register through `defineElement('kpi-card', KpiCard)` in their
 *   *.define.ts (not analyzed); the analyzer sees only the `customElements.define(tag, …)`
 *   inside defineElement and exports a definition of "tag" as "anonymous_0". That one
 *   goes; each *.define.ts becomes a module whose custom-element-definition maps the
 *   tag to its class.
 */
async function fixManifest(manifest) {
  const classes = new Map(); // class name -> { module path, declaration }
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (d.kind === 'class') classes.set(d.name, { path: mod.path, declaration: d });
      if (d.kind === 'class' && d.events) {
        d.events = d.events.filter((e) => /^kpi-[a-z-]+$/.test(e.name ?? ''));
        for (const e of d.events) if (!e.type?.text) throw new Error(`${d.name}: event ${e.name} has no type; give its @event a {CustomEvent<Detail>}`);
        if (!d.events.length) delete d.events;
      }
    }
    if (mod.exports) {
      mod.exports = mod.exports.filter((x) => !(x.kind === 'custom-element-definition' && /^anonymous_/.test(x.declaration?.name ?? '')));
    }
  }
  const defined = new Set();
  const elementsDir = 'src/elements';
  for (const dir of (await readdir(elementsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    for (const file of (await readdir(join(elementsDir, dir))).filter((f) => f.endsWith('.define.ts')).sort()) {
      const path = `${elementsDir}/${dir}/${file}`;
      const source = await readFile(path, 'utf8');
      const exports = [];
      for (const [, tag, name] of source.matchAll(/defineElement\(\s*['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]\s*,\s*([A-Za-z_$][\w$]*)\s*\)/g)) {
        const found = classes.get(name);
        if (!found) throw new Error(`${path}: defineElement('${tag}', ${name}) but the manifest has no class ${name}`);
        if (found.declaration.tagName !== tag) throw new Error(`${path}: ${name} is defined as <${tag}> but its JSDoc @tag says <${found.declaration.tagName}>`);
        const declaration = { name, module: found.path };
        if (new RegExp(`export\\s*\\{[^}]*\\b${name}\\b`).test(source)) exports.push({ kind: 'js', name, declaration });
        exports.push({ kind: 'custom-element-definition', name: tag, declaration });
        defined.add(tag);
      }
      if (exports.length) {
        manifest.modules = manifest.modules.filter((m) => m.path !== path);
        manifest.modules.push({ kind: 'javascript-module', path, declarations: [], exports });
      }
    }
  }
  for (const { declaration } of classes.values()) {
    if (declaration.tagName && !defined.has(declaration.tagName)) throw new Error(`<${declaration.tagName}> (${declaration.name}) has no defineElement call in a *.define.ts`);
  }
  // The analyzer lists modules in the order the file system returns them, which differs
  // between clones; sorted, every output (and the tracked JSX twin) is the same everywhere.
  manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// --- VS Code HTML custom data ---------------------------------------------------------

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

// --- JSX typings ----------------------------------------------------------------------

// Names a type text may use without an import.
const globals = new Set([
  'string', 'number', 'boolean', 'object', 'unknown', 'any', 'null', 'undefined', 'void', 'never', 'bigint', 'symbol',
  'true', 'false', 'readonly', 'keyof', 'typeof', 'Array', 'ReadonlyArray', 'Record', 'Partial', 'Readonly', 'Date',
  'RequestCredentials', 'Event', 'CustomEvent', 'HTMLElement',
]);

/** Every type the package's declarations export: name -> module path under dist/types, without extension (null: ambiguous). */
async function exportedTypes() {
  const found = new Map();
  const walk = async (dir) => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.d.ts')) {
        const text = await readFile(path, 'utf8');
        for (const [, name] of text.matchAll(/^export (?:declare )?(?:interface|type|class|abstract class|enum|const enum) ([A-Za-z_$][\w$]*)/gm)) {
          const module = relative('dist/types', path).replace(/\\/g, '/').replace(/\.d\.ts$/, '');
          // Two modules exporting one name: which one a type text means is unknown, so neither (the caller falls back).
          found.set(name, found.has(name) && found.get(name) !== module ? null : module);
        }
      }
    }
  };
  await walk('dist/types');
  return found;
}
const exported = await exportedTypes();

/** The type names in a type text, leaving out string literals and object keys (`value:`, `value?:`). */
function typeNames(text) {
  const bare = text.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, "''");
  return [...bare.matchAll(/(?<![\w$.])[A-Za-z_$][\w$]*(?![\w$])(?!\s*\??\s*:)/g)].map((m) => m[0]);
}

const withoutUndefined = (text) =>
  text
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'undefined')
    .join(' | ');

/**
 * Turns a manifest type text into JSX typings over `root` (the package's types):
 * names it uses are imported from the declaration that exports them. A name no
 * declaration exports makes it `undefined` here, and the caller falls back.
 */
function makeResolver(root) {
  const imports = new Map(); // name -> module
  return {
    imports,
    resolve(text) {
      if (!text) return undefined;
      const clean = withoutUndefined(text);
      for (const name of new Set(typeNames(clean))) {
        if (globals.has(name)) continue;
        const module = exported.get(name);
        if (!module) return undefined;
        imports.set(name, `${root}/${module}.js`);
      }
      return clean;
    },
  };
}

/** Attributes are text in HTML; typed here as the field's type when that is plain text, numbers or flags. */
const plainAttribute = (text) =>
  text && text.split('|').every((s) => /^(string|number|boolean|'[^']*'|"[^"]*"|-?\d+(\.\d+)?|true|false)$/.test(s.trim())) ? text : 'string';

function jsxTypes(root, { react }) {
  const { imports, resolve } = makeResolver(root);
  const elements = declarations.map((d) => {
    const fields = new Map((d.members ?? []).filter((m) => m.kind === 'field').map((m) => [m.name, m]));
    const lines = [];
    const seen = new Set();
    const add = (name, type, doc) => {
      if (seen.has(name)) return;
      seen.add(name);
      if (doc) lines.push(`    /** ${doc.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim()} */`);
      lines.push(`    '${name}'?: ${type};`);
    };
    for (const a of d.attributes ?? []) {
      const field = a.fieldName ? fields.get(a.fieldName) : undefined;
      const text = field?.type?.text ?? a.type?.text;
      // The class's own declared type, or (a name the package does not export) the class's property type itself.
      const type = resolve(text) ?? (a.fieldName ? `Kit.${d.name}['${a.fieldName}']` : 'string');
      if (a.fieldName) add(a.fieldName, type, field?.description ?? a.description);
      if (a.name !== a.fieldName) add(a.name, plainAttribute(resolve(text)), `Attribute of \`${a.fieldName ?? a.name}\`.`);
    }
    for (const e of d.events ?? []) {
      const detail = /^CustomEvent<([\s\S]*)>$/.exec(e.type?.text ?? '')?.[1];
      const resolved = detail === undefined ? undefined : resolve(detail);
      const event = detail === undefined ? 'Event' : `CustomEvent<${resolved ?? 'unknown'}>`;
      add(`on${e.name}`, `(event: ${event}) => void`, e.description);
    }
    return `  '${d.tagName}': KitCommon & {\n${lines.join('\n')}\n  };`;
  });
  const importLines = [...imports]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, module]) => `import type { ${name} } from '${module}';`);
  return `// Generated from custom-elements.json by scripts/manifest-outputs.mjs; do not edit.
import type * as Kit from '${root}/classes.js';
${importLines.join('\n')}

/** What JSX may put on any of the kit's elements besides its own properties and events. */
export type KitCommon = {
  class?: string;
  className?: string;
  id?: string;
  slot?: string;
  lang?: string;
  dir?: string;
  title?: string;
  hidden?: boolean;
  role?: string;
  tabIndex?: number;
  style?: string | Record<string, string | number>;
  children?: unknown;
  key?: string | number;
  ref?: unknown;
  [attribute: \`aria-\${string}\`]: string | number | boolean | undefined;
  [attribute: \`data-\${string}\`]: string | number | boolean | undefined;
};

/**
 * Each element's properties (rich data such as \`series\` or \`stages\` as arrays and
 * objects, which React 19 sets as properties), its dashed attributes, and its events
 * (\`onkpi-load\`…) with their \`detail\` types.
 */
export interface KpiIntrinsicElements {
${elements.join('\n')}
}
${
  react
    ? `
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends KpiIntrinsicElements {}
  }
}
`
    : ''
}`;
}

await writeFile('dist/jsx.d.ts', jsxTypes('./types', { react: true }));
const twinPath = 'test/types/kpi-jsx.generated.ts';
const twin = jsxTypes('../../src', { react: false });
const before = await readFile(twinPath, 'utf8').catch(() => '');
if (before !== twin) {
  await writeFile(twinPath, twin);
  console.log(`${twinPath} updated: commit it with the change that caused it`);
}
console.log(`manifest outputs for ${declarations.length} elements`);
