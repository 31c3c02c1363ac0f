/**
 * The manifest Storybook's autodocs read (attributes, properties, slots, parts,
 * CSS properties, events), written to .storybook/custom-elements.json.
 *
 * Its own config for two reasons the CLI cannot express:
 * - `packagejson: false`: generating it must leave package.json's
 *   "customElements" field alone.
 * - The elements register through `defineElement('kpi-card', KpiCard)` in
 *   their *.define.ts, a call the analyzer does not recognise, so it would
 *   not know any tag name. The plugin below reads those calls and marks the
 *   classes as custom elements with their tag.
 * - The analyzer also lists the base class's `dispatchEvent(new CustomEvent(type))`
 *   as an event named "type", and the stage-to-funnel message
 *   `funnel-stage-change`; only the public `kpi-*` events are kept.
 */
export default {
  litelement: true,
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.{styles,strings,load,stages,config,labels}.ts', 'src/elements/**/chart-*.ts'],
  outdir: '.storybook',
  packagejson: false,
  quiet: true,
  plugins: [defineElementTags()],
};

function defineElementTags() {
  const tags = new Map(); // class name -> tag name
  return {
    name: 'kpi-define-element-tags',
    analyzePhase({ ts, node }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (tag && ctor && ts.isStringLiteralLike(tag) && ts.isIdentifier(ctor)) tags.set(ctor.text, tag.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const tag = tags.get(declaration.name);
          if (tag) {
            declaration.customElement = true;
            declaration.tagName = tag;
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('kpi-'));
          } else if (declaration.tagName === undefined && declaration.customElement) {
            // The shared base class is no element of its own.
            delete declaration.customElement;
          }
        }
      }
    },
  };
}
