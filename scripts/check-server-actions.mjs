#!/usr/bin/env node
// Fails when a 'use server' file exports anything but `export const x = action({...})`.
// Server actions are public HTTP endpoints; the wrapper is what checks session, input,
// permission, transaction and audit, so an unwrapped export would skip all of them.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import ts from 'typescript';

const WRAPPER = 'action';

function listSourceFiles() {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx'], {
    encoding: 'utf8',
  });
  return out.split('\n').filter((f) => f && !f.startsWith('lib/generated/'));
}

function isUseServer(source) {
  const first = source.statements[0];
  return Boolean(first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === 'use server');
}

function hasExportModifier(node) {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function isWrapped(declaration) {
  const init = declaration.initializer;
  return Boolean(init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === WRAPPER);
}

export function findUnwrappedExports(fileName, text) {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  if (!isUseServer(source)) return [];
  const problems = [];
  const where = (node) => `${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) {
      problems.push(`${where(statement)} re-exports or default-exports; export only \`const x = ${WRAPPER}(...)\``);
    } else if (ts.isVariableStatement(statement) && hasExportModifier(statement)) {
      for (const d of statement.declarationList.declarations) {
        if (!isWrapped(d)) problems.push(`${where(d)} exports \`${d.name.getText(source)}\` without ${WRAPPER}(...)`);
      }
    } else if (hasExportModifier(statement)) {
      problems.push(`${where(statement)} exports a declaration that is not \`const x = ${WRAPPER}(...)\``);
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = listSourceFiles().flatMap((f) => findUnwrappedExports(f, readFileSync(f, 'utf8')));
  if (problems.length > 0) {
    console.error(`Unwrapped server action exports:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('check-server-actions: every \'use server\' export is wrapped.');
}
