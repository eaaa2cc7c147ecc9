// Minifies the static text of Lit's `css`, `html` and `svg` tagged templates in our TypeScript sources at build time:
// CSS loses comments and layout whitespace; markup loses its indentation. Rendering is unchanged: in markup only runs of
// white space that contain a line break are touched, and they become one space (what the browser shows anyway); text
// inside <pre>, <textarea> and <script> is left alone. Expressions (`${…}`) are never touched.
//
// Use: `minifyLiteralsPlugin()` in a Vite/Rollup `plugins` list (enforce: 'pre', before the TypeScript transform).
// `minifyLiterals(code)` is the pure transform.
import ts from 'typescript';

const TAGS = new Set(['css', 'html', 'svg']);

/** CSS text between expressions: drop comments, fold white space, trim it around punctuation. Quoted strings stay. */
export function minifyCssText(text) {
  let out = '';
  // Split on strings so their content is never changed.
  for (const [i, part] of text.split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/).entries()) {
    if (i % 2) {
      out += part;
      continue;
    }
    out += part
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>~]) ?/g, '$1')
      // `a: b` → `a:b` (a space before a colon may be a descendant selector: `.x :hover`, so it stays).
      .replace(/: /g, ':')
      .replace(/;}/g, '}');
  }
  return out;
}

/** Markup text between expressions: a run of white space with a line break becomes one space. */
export function minifyMarkupText(text) {
  return text.replace(/[ \t]*\r?\n\s*/g, ' ');
}

const PRESERVE = /<(pre|textarea|script)\b/i;

/**
 * Rewrites the tagged templates (`css`…, `html`…, `svg`…) imported from 'lit' in one TypeScript/JavaScript module.
 * Returns the new code, or the input itself when there was nothing to do.
 */
export function minifyLiterals(code, fileName = 'module.ts') {
  if (!/\b(css|html|svg)`/.test(code)) return code;
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  // Only tags imported from lit (a local helper named `html` is someone else's business).
  const litTags = new Map();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier)) continue;
    if (!/^(lit|lit-html|lit-element)(\/|$)/.test(st.moduleSpecifier.text)) continue;
    const named = st.importClause?.namedBindings;
    if (named && ts.isNamedImports(named)) {
      for (const el of named.elements) {
        const imported = (el.propertyName ?? el.name).text;
        if (TAGS.has(imported) && !el.isTypeOnly) litTags.set(el.name.text, imported);
      }
    }
  }
  if (litTags.size === 0) return code;
  /** [start, end, replacement] for each static piece of a template. */
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && litTags.has(node.tag.text)) {
      const isCss = litTags.get(node.tag.text) === 'css';
      const tpl = node.template;
      // Raw source ranges of the static pieces (between the backquote / `}` and the backquote / `${`).
      const pieces = [];
      if (ts.isNoSubstitutionTemplateLiteral(tpl)) {
        pieces.push([tpl.getStart(sf) + 1, tpl.end - 1]);
      } else {
        pieces.push([tpl.head.getStart(sf) + 1, tpl.head.end - 2]);
        for (const span of tpl.templateSpans) {
          const lit = span.literal;
          pieces.push([lit.getStart(sf) + 1, lit.end - (ts.isTemplateTail(lit) ? 1 : 2)]);
        }
      }
      const whole = pieces.map(([s, e]) => code.slice(s, e)).join('');
      const preserve = !isCss && PRESERVE.test(whole);
      if (!preserve) {
        for (const [k, [s, e]] of pieces.entries()) {
          const raw = code.slice(s, e);
          let next = isCss ? minifyCssText(raw) : minifyMarkupText(raw);
          if (isCss && k === 0) next = next.trimStart();
          if (isCss && k === pieces.length - 1) next = next.trimEnd();
          if (next !== raw) edits.push([s, e, next]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (edits.length === 0) return code;
  // Outer pieces are found before the templates nested in their expressions.
  edits.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e, text] of edits) {
    out += code.slice(at, s) + text;
    at = e;
  }
  return out + code.slice(at);
}

const SOURCE = /[\\/]src[\\/].*\.(ts|js)$/;

/** Vite / Rollup plugin: minifies Lit literals in src/ modules before TypeScript is stripped. */
export function minifyLiteralsPlugin() {
  return {
    name: 'dcr-minify-literals',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!SOURCE.test(file) || file.includes('node_modules')) return null;
      const out = minifyLiterals(code, file);
      return out === code ? null : { code: out, map: null };
    },
  };
}
