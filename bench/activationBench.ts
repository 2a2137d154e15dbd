/**
 * Extension start-up: `require('dist/extension.js')` + `activate(context)` with an in-process stub of `vscode`
 * (bench/vscodeStub.ts), timed inside fresh `node` processes (a second require in one process would hit the module
 * cache), median of several cold samples.
 *
 * Baseline, measured the same way in the same run: a fresh process loading what a naive extension loads eagerly at
 * start — citation-js (core, BibTeX, CSL), unified + remark (parse, GFM, math, front matter), latex-utensils and yaml
 * from node_modules — and doing nothing else. That answers "is our activation cheap": our whole activation (bundle
 * load, every provider registered, the venue read) against a naive extension's library loading alone. (The other
 * candidate, importing src/extension.ts through tsx, would mostly time tsx's transpiler, which users never run.)
 * Samples alternate between the two sides so a busy moment of the machine hits both alike.
 * The bundle timed is whatever `node scripts/build.mjs` left in dist/ (run.ts builds first); a development build
 * is unminified, so a packaged (`--production`) build loads somewhat faster than measured here.
 * Run: `node --import tsx bench/activationBench.ts` (needs dist/extension.js).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { benchRow, median, runIfDirect, type BenchRow } from './benchRow';

const repo = path.resolve(__dirname, '..');

/** activationProbe.ts as one plain CommonJS file (the stub bundled in, the extension and libraries required at run time). */
async function bundleProbe(directory: string): Promise<string> {
  const outfile = path.join(directory, 'activationProbe.cjs');
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'activationProbe.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    logLevel: 'warning',
  });
  return outfile;
}

function sample(probe: string, mode: 'extension' | 'naive'): Record<string, number | string | undefined> {
  const result = spawnSync(process.execPath, [probe, mode, repo], { encoding: 'utf8', cwd: repo });
  if (result.status !== 0) throw new Error(`activation probe (${mode}) failed with ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '') as Record<string, number | string | undefined>;
}

export async function runActivationBench(samples = 7): Promise<BenchRow[]> {
  const bundle = path.join(repo, 'dist', 'extension.js');
  if (!existsSync(bundle)) throw new Error('dist/extension.js is missing: run node scripts/build.mjs first');
  const directory = mkdtempSync(path.join(tmpdir(), 'biofm-bench-'));
  try {
    const probe = await bundleProbe(directory);
    // One untimed round first: it fills the OS file cache for both sides.
    sample(probe, 'extension');
    sample(probe, 'naive');
    const ours: Record<string, number | string | undefined>[] = [];
    const naive: number[] = [];
    for (let i = 0; i < samples; i++) {
      ours.push(sample(probe, 'extension'));
      naive.push(Number(sample(probe, 'naive').totalMs));
    }
    const pick = (key: string) => median(ours.map((o) => Number(o[key])));
    const source = readFileSync(bundle, 'utf8');
    const kB = Math.round(Buffer.byteLength(source) / 1024);
    const kind = source.split('\n').length < source.length / 1000 ? 'minified' : 'development build';
    const note =
      `require ${pick('requireMs').toFixed(1)} + activate ${pick('activateMs').toFixed(1)} ms (medians of ${samples} fresh processes); ` +
      `${ours[0].commands} commands, ${ours[0].providers} providers registered; bundle ${kB} kB (${kind}); ` +
      'baseline: a fresh process loading citation-js + unified/remark + latex-utensils + yaml from node_modules, no activation';
    return [benchRow('extension activation (require + activate, vscode stubbed)', 1, pick('totalMs'), median(naive), { note })];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

runIfDirect('activationBench.ts', runActivationBench);
