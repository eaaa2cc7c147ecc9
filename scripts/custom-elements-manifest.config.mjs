// Custom Elements Manifest analyzer config (run by scripts/build.mjs → dist/custom-elements.json).
// Our widgets register through defineElement('dcr-x', Class) (src/core/element.ts), which the analyzer does not know:
// the first plugin reads those calls as custom-element definitions; the second drops the analyzer's wrong guesses.
// scripts/build.mjs then points the module paths at the files the package ships (src/ is not packed).

/** `defineElement('dcr-x', Class)` → a custom-element-definition export, like `customElements.define` gets. */
function defineElementCalls() {
  return {
    name: 'dcr-define-element-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (node.kind !== ts.SyntaxKind.CallExpression) return;
      const callee = node.expression;
      const [tag, klass] = node.arguments;
      if (!ts.isIdentifier(callee) || callee.text !== 'defineElement') return;
      if (!tag || !ts.isStringLiteral(tag) || !klass || !ts.isIdentifier(klass)) return;
      const imported = context.imports?.find((i) => i.name === klass.text);
      const where = !imported
        ? { module: moduleDoc.path }
        : imported.isBareModuleSpecifier
          ? { package: imported.importPath }
          : { module: new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname.slice(1) };
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, ...where } },
      ];
    },
  };
}

const TAG = /^[a-z][a-z0-9]*-[a-z0-9-]*$/;

/**
 * Drops what the analyzer guesses wrongly from our code: the `customElements.define(tag, ctor)` inside defineElement
 * itself (its tag is a variable), and events read off `dispatchEvent(new XEvent(…))` calls (they come out unnamed or
 * named after the first argument). Our events are all `dcr-*` and documented with `@fires`.
 */
function dropGuesses() {
  return {
    name: 'dcr-drop-guesses',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter((e) => e.kind !== 'custom-element-definition' || TAG.test(e.name));
        for (const d of mod.declarations ?? []) {
          if (d.events) d.events = d.events.filter((e) => e.name?.startsWith('dcr-'));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls(), dropGuesses()],
};
