// Finds, in one TypeScript source text, imports of vendor folders and quoted string literals equal to a vendor id.
// Uses the TypeScript parser, so comments, identifiers and object keys never count.
import path from 'node:path';
import ts from 'typescript';

export interface Violation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly kind: 'vendor-import' | 'vendor-literal';
  readonly text: string;
}

/**
 * `file` is the path of the source (used to resolve relative imports); `connectorsDir` the absolute path of
 * src/connectors; `vendorIds` the registered type ids.
 */
export function scanSource(file: string, text: string, connectorsDir: string, vendorIds: ReadonlySet<string>): Violation[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: Violation[] = [];
  const report = (node: ts.Node, kind: Violation['kind'], what: string) => {
    const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
    out.push({ file, line: line + 1, column: character + 1, kind, text: what });
  };
  const isVendorModule = (specifier: string) => {
    if (!specifier.startsWith('.')) return false;
    const resolved = path.resolve(path.dirname(file), specifier);
    return resolved === connectorsDir || resolved.startsWith(`${connectorsDir}${path.sep}`);
  };

  const visit = (node: ts.Node): void => {
    // import … from '…', export … from '…', import('…'), require('…')
    const specifier =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)
        ? node.moduleSpecifier
        : ts.isCallExpression(node) &&
            (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
            node.arguments[0] &&
            ts.isStringLiteralLike(node.arguments[0])
          ? node.arguments[0]
          : ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)
            ? node.argument.literal
            : undefined;
    if (specifier) {
      if (isVendorModule(specifier.text)) report(specifier, 'vendor-import', specifier.text);
      return; // a module path is not a vendor literal
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && vendorIds.has(node.text) && !isPropertyKey(node)) {
      report(node, 'vendor-literal', node.getText(source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** `{ 'jira': 1 }`, `interface X { 'jira': string }`: a key names a property, not a value. */
function isPropertyKey(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent) ||
      ts.isEnumMember(parent) || ts.isGetAccessor(parent) || ts.isSetAccessor(parent)) &&
    parent.name === node
  );
}
