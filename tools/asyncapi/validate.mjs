// Validates an AsyncAPI document with the official parser: prints every diagnostic and exits
// non-zero on any error. Usage: node validate.mjs <path/to/asyncapi.yaml>
// fromFile passes the file's path as the source, so relative $refs resolve against the document.
import { Parser, fromFile, DiagnosticSeverity } from '@asyncapi/parser';
import { resolve } from 'node:path';
import { createRequire } from 'node:module';

const file = process.argv[2];
if (!file) {
  console.error('usage: node validate.mjs <asyncapi.yaml>');
  process.exit(2);
}
const path = resolve(file);
const { version } = createRequire(import.meta.url)('@asyncapi/parser/package.json');

const severities = ['error', 'warning', 'info', 'hint'];
const { document, diagnostics } = await fromFile(new Parser(), path).parse();

for (const d of diagnostics) {
  const where = d.path && d.path.length ? ` at ${d.path.join('/')}` : '';
  const line = d.range ? ` (line ${d.range.start.line + 1})` : '';
  console.log(`${severities[d.severity] ?? d.severity} ${d.code}: ${d.message}${where}${line}`);
}
const errors = diagnostics.filter(d => d.severity === DiagnosticSeverity.Error).length;
if (errors > 0 || !document) {
  console.error(`${path}: INVALID (${errors} error(s)), @asyncapi/parser ${version}`);
  process.exit(1);
}
const channels = document.channels().all().map(c => c.address()).join(', ');
console.log(`${path}: valid AsyncAPI ${document.version()} (${diagnostics.length} non-error diagnostic(s)), `
  + `@asyncapi/parser ${version}; channels: ${channels}`);
