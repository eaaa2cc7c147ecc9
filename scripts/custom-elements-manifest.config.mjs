// Custom Elements Manifest analyzer config (run by scripts/build.mjs → dist/custom-elements.json).
// Our widgets register through defineElement('dcr-x', Class) (src/core/element.ts), which the analyzer does not know:
// the first plugin reads those calls as custom-element definitions; the second spells out local type aliases and
// constants (so every attribute has a plain type and default); the third drops the analyzer's wrong guesses.
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

/**
 * Spells out what an editor cannot look up: a property typed with a local alias of literals (`theme: Theme`) gets the
 * literals (`'light' | 'dark' | 'auto'`), and a default that names a local constant (`limit = DEFAULT_LIMIT`) gets the
 * constant's value (`5`) and, when it had none, its type (`number`). Only module-level `type X = 'a' | 'b'` and `const X = literal` of the same module are used.
 */
function spellOutLocalNames() {
  const byModule = new Map();
  const names = (moduleDoc) => {
    if (!byModule.has(moduleDoc.path)) byModule.set(moduleDoc.path, { types: new Map(), values: new Map() });
    return byModule.get(moduleDoc.path);
  };
  const isLiteral = (ts, n) =>
    ts.isStringLiteral(n) ||
    ts.isNumericLiteral(n) ||
    n.kind === ts.SyntaxKind.TrueKeyword ||
    n.kind === ts.SyntaxKind.FalseKeyword ||
    (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(n.operand));
  return {
    name: 'dcr-spell-out-local-names',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isTypeAliasDeclaration(node) && ts.isSourceFile(node.parent)) {
        const parts = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
        if (parts.every((t) => ts.isLiteralTypeNode(t) && isLiteral(ts, t.literal))) {
          names(moduleDoc).types.set(node.name.text, parts.map((t) => t.getText()).join(' | '));
        }
      }
      if (
        ts.isVariableDeclaration(node) &&
        ts.isIdentifier(node.name) &&
        node.initializer &&
        isLiteral(ts, node.initializer) &&
        node.parent.flags & ts.NodeFlags.Const &&
        ts.isSourceFile(node.parent.parent.parent)
      ) {
        names(moduleDoc).values.set(node.name.text, node.initializer.getText());
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      const { types, values } = names(moduleDoc);
      for (const d of moduleDoc.declarations ?? []) {
        for (const x of [...(d.attributes ?? []), ...(d.members ?? [])]) {
          if (x.type?.text) x.type.text = x.type.text.replace(/\b[A-Z]\w*\b/g, (name) => types.get(name) ?? name);
          if (!values.has(x.default)) continue;
          x.default = values.get(x.default);
          // `limit = DEFAULT_LIMIT` has no type the analyzer can see; the constant's literal gives it.
          x.type ??= { text: /^['"]/.test(x.default) ? 'string' : /^(true|false)$/.test(x.default) ? 'boolean' : 'number' };
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
  plugins: [defineElementCalls(), spellOutLocalNames(), dropGuesses()],
};
