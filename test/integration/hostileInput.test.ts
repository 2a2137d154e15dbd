// Hostile input in a real editor: a bibliography deleted under an open draft, a .bib with a broken entry in the middle,
// a venue file with values of the wrong type, and a 10 MB single-line Markdown file. Each must leave the extension
// working: diagnostics that say what is wrong, the rest still completed and checked, and a host that answers.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import {
  acceptCompletion,
  biofmApi,
  completionsAt,
  currentAnalysis,
  hoverTextAt,
  labelOf,
  openDoc,
  waitFor,
  waitForDiagnostics,
  workspaceFile,
  writeWorkspaceFile,
} from './helpers';

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);

function texDraft(body: string): string {
  return ['\\documentclass{article}', '\\begin{document}', body, '', '\\bibliography{refs}', '\\end{document}', ''].join('\n');
}

const BIB = [
  '@article{alpha2020first,',
  '  author = {Alpha, Ann},',
  '  title = {The first study},',
  '  journal = {Journal of Tests},',
  '  year = {2020}',
  '}',
  '',
].join('\n');

async function openEditor(relativePath: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(relativePath)));
}

function positionAfter(document: vscode.TextDocument, before: string): vscode.Position {
  const at = document.getText().indexOf(before);
  if (at === -1) throw new Error(`'${before}' is not in ${document.uri.fsPath}`);
  return document.positionAt(at + before.length);
}

/**
 * Completion requests at `position`, back to back, each a round trip through the workbench to the extension's
 * provider, until `stop()`; each must still offer `label`. `stop()` says how many ran and the slowest.
 */
function completionRoundTrips(uri: vscode.Uri, position: vscode.Position, label: string): { stop(): Promise<{ trips: number; slowest: number }> } {
  let done = false;
  let trips = 0;
  let slowest = 0;
  const running = (async () => {
    while (!done) {
      const sent = performance.now();
      const items = await completionsAt(uri, position);
      slowest = Math.max(slowest, performance.now() - sent);
      trips++;
      assert.ok(items.some((i) => labelOf(i) === label), `${uri.path} still completes ${label}`);
    }
  })();
  return {
    async stop() {
      done = true;
      await running;
      return { trips, slowest };
    },
  };
}

describe('hostile input', () => {
  before(() => biofmApi());

  it('reports the keys of a draft whose .bib is deleted while it is open as undefined, and citing still works', async () => {
    await writeWorkspaceFile('hostile/deleted/refs.bib', BIB);
    await writeWorkspaceFile('hostile/deleted/draft.tex', texDraft('The first study \\cite{alpha2020first} and a protein model \\cite{esm}.'));
    const editor = await openEditor('hostile/deleted/draft.tex');
    const uri = editor.document.uri;
    // Defined while the file is there.
    await currentAnalysis(editor.document);
    assert.match(await hoverTextAt(uri, positionAfter(editor.document, '\\cite{alpha')), /A\. Alpha, “The first study,” Journal of Tests, 2020\./);
    assert.ok(!vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === 'undefined-citation' && editor.document.getText(d.range) === 'alpha2020first'));

    await vscode.workspace.fs.delete(workspaceFile('hostile/deleted/refs.bib'), { useTrash: false });
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'undefined-citation' && editor.document.getText(x.range) === 'alpha2020first'));
    const alpha = diagnostics.find((d) => codeOf(d) === 'undefined-citation' && editor.document.getText(d.range) === 'alpha2020first');
    assert.equal(alpha?.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(alpha?.message ?? '', /'alpha2020first' is not defined in any bibliography of this draft/);
    assert.ok(!diagnostics.some((d) => codeOf(d) === 'no-bibliography'), 'the draft names its bibliography: it is missing, not absent');
    assert.match(await hoverTextAt(uri, positionAfter(editor.document, '\\cite{alpha')), /alpha2020first.* is not defined in this draft's bibliography/);

    // Completion and citing a catalog model still work: the named file is created again with the one entry.
    const items = await completionsAt(uri, positionAfter(editor.document, '\\cite{esm'));
    const esm2 = items.find((i) => labelOf(i) === 'lin2023esm2');
    assert.ok(esm2, `no ESM-2 among ${JSON.stringify(items.map(labelOf).slice(0, 20))}`);
    assert.equal(await acceptCompletion(editor, esm2), true);
    assert.match(editor.document.getText(), /\\cite\{lin2023esm2\}/);
    const recreated = await waitFor('refs.bib to be created again', () => {
      const file = workspaceFile('hostile/deleted/refs.bib').fsPath;
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    });
    assert.match(recreated, /^@article\{lin2023esm2,\n/);
    assert.equal(recreated.split('@article{').length - 1, 1);
    // The re-created file counts again: the new key is defined, the deleted one is still not.
    await waitForDiagnostics(uri, (d) => {
      const undefinedKeys = d.filter((x) => codeOf(x) === 'undefined-citation').map((x) => editor.document.getText(x.range));
      return undefinedKeys.length === 1 && undefinedKeys[0] === 'alpha2020first';
    });
  });

  it('still completes and checks the entries after a broken entry in the middle of a .bib', async () => {
    const bib = [
      BIB,
      '@article{broken2021,',
      '  title = {An unclosed {brace in the title,',
      '  year = 2021,',
      '',
      '@article{zeta2022after,',
      '  author = {Zeta, Zoe},',
      '  title = {The study after the broken one},',
      '  journal = {Journal of Tests},',
      '  year = {2022}',
      '}',
      '',
      '@misc{omega2023last, title = {The last one}, year = {2023}}',
      '',
    ].join('\n');
    await writeWorkspaceFile('hostile/broken/refs.bib', bib);
    await writeWorkspaceFile('hostile/broken/draft.tex', texDraft('See \\cite{zeta2022after} and \\cite{omega2023last}; more in \\cite{zet}.'));
    const editor = await openEditor('hostile/broken/draft.tex');
    const bibUri = workspaceFile('hostile/broken/refs.bib');

    const syntax = await waitForDiagnostics(bibUri, (d) => d.some((x) => codeOf(x) === 'syntax'));
    const problem = syntax.find((d) => codeOf(d) === 'syntax');
    assert.equal(problem?.severity, vscode.DiagnosticSeverity.Error);
    const brokenLine = bib.split('\n').indexOf('@article{broken2021,');
    const zetaLine = bib.split('\n').indexOf('@article{zeta2022after,');
    assert.ok(problem && problem.range.start.line >= brokenLine && problem.range.start.line < zetaLine, `the problem is in the broken entry (lines ${brokenLine}–${zetaLine - 1}), not at line ${problem?.range.start.line}`);

    const items = await completionsAt(editor.document.uri, positionAfter(editor.document, '\\cite{zet'));
    const zeta = items.find((i) => labelOf(i) === 'zeta2022after');
    assert.ok(zeta, `the entry after the broken one completes: ${JSON.stringify(items.map(labelOf).slice(0, 20))}`);
    assert.match(zeta.detail ?? '', /Zeta, 2022 — The study after the broken one/);
    const analysis = await currentAnalysis(editor.document);
    const undefinedKeys = analysis.findings.filter((f) => f.code === 'undefined-citation').map((f) => (f.data as { key: string }).key);
    assert.deepEqual(undefinedKeys, ['zet'], 'the entries after the broken one are defined');
  });

  describe('a venue file with values of the wrong type', () => {
    const venueFile = () => workspaceFile('.biofm/venue.json');
    const valid = {
      name: 'Workshop on Clinical Foundation Models',
      shortName: 'CFM-W',
      timeZone: 'America/New_York',
      topics: [{ id: 1, title: 'Clinical foundation models' }],
      milestones: [{ id: 'submission', label: 'Paper submission', date: '2027-01-15' }],
    };
    const bundledText = '$(calendar) J-BHI FM · submission closed 1 Feb 2024';

    async function statusBarText(expected: string): Promise<void> {
      const { statusBar } = await biofmApi();
      await waitFor(`the status bar to read "${expected}"`, () => {
        statusBar.update();
        return statusBar.text === expected;
      });
    }

    before(async () => {
      (await biofmApi()).clock.set('2027-01-10T12:00:00Z');
      await openDoc('paper.tex');
    });

    after(async () => {
      const api = await biofmApi();
      api.clock.set(undefined);
      await vscode.workspace.fs.delete(workspaceFile('.biofm'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
      await api.refresh();
      api.statusBar.update();
    });

    it('drops a workspace venue that turns invalid, shows each wrong value in the file, and keeps the bundled venue', async () => {
      await writeWorkspaceFile('.biofm/venue.json', JSON.stringify(valid, null, 2));
      await (await biofmApi()).refresh();
      await statusBarText('$(calendar) CFM-W · 5 days left');

      const text = [
        '{',
        '  "name": ["Workshop"],',
        '  "shortName": "CFM-W",',
        '  "timeZone": "America/New_York",',
        '  "topics": "all of them",',
        '  "milestones": [',
        '    { "id": "submission", "label": "Paper submission", "date": 20270115 }',
        '  ]',
        '}',
        '',
      ].join('\n');
      await writeWorkspaceFile('.biofm/venue.json', text);
      const diagnostics = (await waitForDiagnostics(venueFile(), (d) => d.filter((x) => codeOf(x) === 'venue-file').length === 3, 20_000)).filter((d) => codeOf(d) === 'venue-file');
      assert.deepEqual(
        diagnostics.map((d) => [d.range.start.line, d.severity, d.message]),
        [
          [1, vscode.DiagnosticSeverity.Error, '"name" must be a non-empty string, found an array — the bundled venue stays in force until this is fixed.'],
          [4, vscode.DiagnosticSeverity.Error, '"topics" must be an array, found the string "all of them" — the bundled venue stays in force until this is fixed.'],
          [6, vscode.DiagnosticSeverity.Error, '"date" of milestone 1 must be a non-empty string, found 20270115 — the bundled venue stays in force until this is fixed.'],
        ],
      );
      // The invalid file's venue is not used, and neither is the valid one it replaced.
      await statusBarText(bundledText);
    });

    it('reports JSON that is not a venue at all, and follows unsaved edits of the open file', async () => {
      await writeWorkspaceFile('.biofm/venue.json', '[1, 2]\n');
      const [notObject] = await waitForDiagnostics(venueFile(), (d) => d.some((x) => codeOf(x) === 'venue-file' && /must be an object/.test(x.message)), 20_000);
      assert.match(notObject.message, /^A venue file must be an object, found an array/);
      await statusBarText(bundledText);

      const truncated = '{\n  "name": "Workshop on Clinical Foundation Models",\n  "milestones": [\n';
      await writeWorkspaceFile('.biofm/venue.json', truncated);
      const [endOfFile] = await waitForDiagnostics(venueFile(), (d) => d.some((x) => codeOf(x) === 'venue-file' && /end of the file/.test(x.message)), 20_000);
      assert.equal(endOfFile.range.start.line, 3);
      await statusBarText(bundledText);

      // Typing in the open file re-checks it before it is saved.
      const editor = await openEditor('.biofm/venue.json');
      await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), JSON.stringify({ ...valid, timeZone: 7 }, null, 2)));
      const live = await waitForDiagnostics(venueFile(), (d) => d.some((x) => codeOf(x) === 'venue-file' && /timeZone/.test(x.message)));
      assert.deepEqual(
        live.filter((d) => codeOf(d) === 'venue-file').map((d) => editor.document.lineAt(d.range.start.line).text.trim()),
        ['"timeZone": 7,'],
      );
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    it('goes back to the bundled venue, with no problems left, once the file is deleted', async () => {
      // The file, not the .biofm folder: the venue watcher does not see a folder deleted with the file in it.
      await vscode.workspace.fs.delete(venueFile(), { useTrash: false });
      await waitForDiagnostics(venueFile(), (d) => !d.some((x) => codeOf(x) === 'venue-file'), 20_000);
      await openDoc('paper.tex');
      await statusBarText(bundledText);
    });
  });

  // Last: the workbench needs a few seconds to render a 10 MB line, which would slow whatever comes next.
  describe('a 200k-word LaTeX draft', () => {
    after(async () => {
      await vscode.workspace.fs.delete(workspaceFile('hostile/long'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    });

    it('stays current while it is typed into quickly, and the extension keeps answering requests meanwhile', async function () {
      this.timeout(180_000);
      const sentence = 'Foundation models pretrained on chest radiographs and clinical notes adapt to new tasks with few labels. ';
      const paragraph = `\\section{Results}\n${sentence.repeat(12)}It reaches $x^2$~\\cite{alpha2020first} on 10\\% of labels. % note\n${sentence.repeat(12)}\n\n`;
      const body = paragraph.repeat(Math.ceil(200_000 / (paragraph.split(/\s+/).length - 1)));
      await writeWorkspaceFile('hostile/long/refs.bib', BIB);
      await writeWorkspaceFile('hostile/long/draft.tex', texDraft(body));
      // LaTeX, not Markdown: opening a .md file would start VS Code's own Markdown extension in this host meanwhile.
      await writeWorkspaceFile('hostile/long/small.tex', texDraft('As in \\cite{alpha}.'));
      const editor = await openEditor('hostile/long/draft.tex');
      const document = editor.document;
      assert.ok(document.getText().split(/\s+/).length > 200_000);
      await currentAnalysis(document, 60_000);
      const small = await vscode.workspace.openTextDocument(workspaceFile('hostile/long/small.tex'));
      const smallPosition = positionAfter(small, '\\cite{alpha');

      const roundTrips = completionRoundTrips(small.uri, smallPosition, 'alpha2020first');
      // The analysis runs meanwhile, finished or overtaken by a newer edit, with what each cost the host (their own
      // account, see TaskBudget).
      const { analyzer } = await biofmApi();
      const runsBefore = analyzer.recentRuns(document.uri).length;
      // Typed at paragraph starts spread over the draft, one edit after another with no wait between them; the last
      // one cites a key the bibliography lacks, so its diagnostic shows which text the final analysis read.
      const started = performance.now();
      let trips = 0;
      let slowest = 0;
      try {
        for (let i = 1; i <= 6; i++) {
          const text = document.getText();
          const at = text.indexOf('\n\n', Math.floor((text.length * i) / 7)) + 2;
          const insertion = i === 6 ? 'As shown \\cite{nosuchkey2099}. ' : 'Typed. ';
          assert.ok(await editor.edit((edit) => edit.insert(document.positionAt(at), insertion)));
        }
        const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => codeOf(x) === 'undefined-citation' && document.getText(x.range) === 'nosuchkey2099'), 60_000);
        assert.equal(diagnostics.filter((d) => codeOf(d) === 'undefined-citation').length, 1);
        const analysis = await currentAnalysis(document, 60_000);
        assert.equal(analysis.draft.prose.filter((run) => run.text.includes('Typed.')).length, 5);
      } finally {
        ({ trips, slowest } = await roundTrips.stop());
      }
      const runs = analyzer
        .recentRuns(document.uri)
        .slice(runsBefore)
        .map((run) => `${run.outcome} in ${run.tasks} tasks, busy ${run.busyMs.toFixed(0)} ms, longest ${run.longestTaskMs.toFixed(0)} ms`);
      console.log(`      [measure] 200k-word LaTeX: 6 edits analysed ${(performance.now() - started).toFixed(0)} ms after the first; ${trips} completion round trips meanwhile, slowest ${slowest.toFixed(0)} ms; analysis runs meanwhile: ${runs.join('; ')}`);
      assert.ok(runs.some((run) => run.startsWith('finished')), 'an analysis run finished');
      assert.ok(trips >= 2, `only ${trips} round trip(s) ran while the draft was edited and analysed`);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  });

  describe('a 10 MB single-line Markdown file', () => {
    after(async () => {
      await vscode.workspace.fs.delete(workspaceFile('hostile/huge.md'), { useTrash: false }).then(undefined, () => undefined);
    });

    it('opens and is analysed (and declared too large) while the extension keeps answering requests', async function () {
      this.timeout(180_000);
      const sentence = 'Foundation models pretrained on clinical notes are evaluated on many downstream benchmarks. ';
      const text = sentence.repeat(Math.ceil((10 * 1024 * 1024) / sentence.length));
      fs.writeFileSync(workspaceFile('hostile/huge.md').fsPath, text);
      // A small draft whose citation completion the extension must keep serving meanwhile.
      await writeWorkspaceFile('hostile/small.md', '---\nbibliography: refs.bib\n---\n\nCells from [@gene].\n');
      const small = await vscode.workspace.openTextDocument(workspaceFile('hostile/small.md'));
      const smallPosition = positionAfter(small, '[@gene');
      const hugeUri = workspaceFile('hostile/huge.md');

      // Round trips through the workbench to the extension's completion provider, back to back, from before the big
      // file is opened until it is shown and its analysis is published: none may take long.
      const roundTrips = completionRoundTrips(small.uri, smallPosition, 'theodoris2023geneformer');
      let trips = 0;
      let slowest = 0;
      const started = performance.now();
      let analysedAfter = 0;
      const tooLarge = waitForDiagnostics(hugeUri, (d) => d.some((x) => codeOf(x) === 'markdown/too-large'), 120_000).then((d) => {
        analysedAfter = performance.now() - started;
        return d;
      });
      try {
        const document = await vscode.workspace.openTextDocument(hugeUri);
        assert.equal(document.languageId, 'markdown');
        assert.equal(document.lineCount, 1);
        assert.equal(document.getText().length, text.length);
        await vscode.window.showTextDocument(document);
        const [problem] = (await tooLarge).filter((d) => codeOf(d) === 'markdown/too-large');
        assert.equal(problem.severity, vscode.DiagnosticSeverity.Warning);
        assert.equal(problem.message, `Not analysed: the draft has ${text.length} characters (at most 4000000 are read).`);
        assert.ok(problem.range.start.isEqual(new vscode.Position(0, 0)));
      } finally {
        ({ trips, slowest } = await roundTrips.stop());
      }
      console.log(`      [measure] 10 MB line: analysed ${analysedAfter.toFixed(0)} ms after opening began; ${trips} completion round trips meanwhile, slowest ${slowest.toFixed(0)} ms`);
      assert.ok(trips >= 2, `only ${trips} round trip(s) ran while the big file was opened`);
      assert.ok(slowest < 15_000, `a completion round trip took ${slowest.toFixed(0)} ms while the big file was opened and analysed`);
      // The analysis is of the whole, current text.
      const analysis = await currentAnalysis(await vscode.workspace.openTextDocument(hugeUri), 60_000);
      assert.equal(analysis.draft.files[0].text.length, text.length);
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  });
});
