// Mocha entry the extension host loads (extensionTestsPath): the same `run()` contract as @vscode/test-electron, so
// the suites run unchanged in code-server (CI) and desktop VS Code (runDesktop.mjs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/** Suites that must run first: activation is only observable before anything else opens a draft. */
const FIRST = ['activation.test.js'];

/** Runs every bundled `*.test.js` next to this file; rejects when any test fails. */
export function run(): Promise<void> {
  // The host forwards console output as one joined string without printf formatting, so format mocha's `%s` lines here.
  Mocha.reporters.Base.consoleLog = (...data: unknown[]) => console.log(format(...data));
  const mocha = new Mocha({
    ui: 'bdd',
    // Generous: the first document open in a fresh host also loads language services and grammars.
    timeout: 60_000,
    color: false,
    reporter: 'spec',
    ...(process.env.BIOFM_TEST_GREP ? { grep: process.env.BIOFM_TEST_GREP } : {}),
  });
  const files = fs
    .readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const file of files) mocha.addFile(path.join(__dirname, file));

  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

function rank(file: string): number {
  const index = FIRST.indexOf(path.basename(file));
  return index === -1 ? FIRST.length : index;
}
