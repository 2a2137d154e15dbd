// Citations in a real editor: completion of cite keys from the user's .bib and the bundled catalog, accepting a
// catalog model (which writes its BibTeX entry), hovers, and the citation diagnostics with their quick fixes.
// Every test writes its own small project under citations/<name>/ in the run's workspace copy, so tests do not
// depend on one another and the shared fixtures (paper.tex, paper.md, references.bib) stay as the other suites expect.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  acceptCompletion,
  biofmApi,
  codeActionsAt,
  completionsAt,
  currentAnalysis,
  hoverTextAt,
  labelOf,
  readWorkspaceBytes,
  runCommand,
  spyOn,
  waitFor,
  waitForDiagnostics,
  waitForText,
  workspaceFile,
  workspaceFileExists,
  writeWorkspaceFile,
} from './helpers';

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
const count = (text: string, part: string) => text.split(part).length - 1;

/** The user's own references: a non-catalog entry whose key starts like ESM-2's name, and BioBERT (a catalog paper). */
const USER_BIB = [
  '% My references — é, ü, and a line with trailing spaces   ',
  '@article{esmaeili2022own,',
  '  author  = {Esmaeili, Sara and Doe, John},',
  '  title   = {Our own protein study},',
  '  journal = {Journal of Tests},',
  '  year    = {2022}',
  '}',
  '',
  '@article{lee2020biobert,',
  '  author  = {Lee, Jinhyuk and Yoon, Wonjin and Kim, Sungdong and Kim, Donghyeon and Kim, Sunkyu and So, Chan Ho and Kang, Jaewoo},',
  '  title   = {{BioBERT}: a pre-trained biomedical language representation model for biomedical text mining},',
  '  journal = {Bioinformatics},',
  '  volume  = {36},',
  '  number  = {4},',
  '  pages   = {1234--1240},',
  '  year    = {2020},',
  '  doi     = {10.1093/bioinformatics/btz682}',
  '}', // No final line break: the appended entry must bring its own.
].join('\n');

function texDraft(body: string, bibliography: string | null = 'refs'): string {
  return [
    '\\documentclass{article}',
    '\\begin{document}',
    '\\section{Introduction}',
    body,
    '',
    ...(bibliography === null ? [] : ['\\bibliographystyle{IEEEtran}', `\\bibliography{${bibliography}}`]),
    '\\end{document}',
    '',
  ].join('\n');
}

function markdownDraft(body: string, bibliography: string | null = 'refs.bib'): string {
  return [...(bibliography === null ? [] : ['---', `bibliography: ${bibliography}`, '---', '']), '# Introduction', '', body, ''].join('\n');
}

/** Writes the files of a small project under citations/<name>/ and returns the folder. */
async function project(name: string, files: Record<string, string>): Promise<string> {
  const folder = `citations/${name}`;
  for (const [file, text] of Object.entries(files)) await writeWorkspaceFile(`${folder}/${file}`, text);
  return folder;
}

async function openEditor(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  return vscode.window.showTextDocument(document);
}

/** The position just after the first occurrence of `before` (at the end of `before`). */
function positionAfter(document: vscode.TextDocument, before: string, occurrence = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = document.getText().indexOf(before, at + 1);
    if (at === -1) throw new Error(`'${before}' (#${occurrence + 1}) is not in ${document.uri.fsPath}`);
  }
  return document.positionAt(at + before.length);
}

function itemFor(items: readonly vscode.CompletionItem[], key: string): vscode.CompletionItem {
  const item = items.find((i) => labelOf(i) === key);
  assert.ok(item, `no completion '${key}' among ${JSON.stringify(items.map(labelOf).slice(0, 40))}`);
  return item;
}

/** The range a completion item replaces. */
function rangeOf(item: vscode.CompletionItem): vscode.Range {
  const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
  assert.ok(range, `completion ${labelOf(item)} has no range`);
  return range;
}

/** Whether a message is the offer to create and link references.bib. */
const isBibliographyOffer = (message: unknown) => typeof message === 'string' && message.startsWith('This draft has no bibliography yet.');

/** Diagnostics of `uri` with `code` (waiting until there is at least one). */
async function diagnosticsWithCode(uri: vscode.Uri, code: string, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  const all = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === code), timeoutMs);
  return all.filter((d) => codeOf(d) === code);
}

describe('citations', () => {
  // With a grep that skips the activation suite, the extension is not active yet: completion needs its providers.
  before(() => biofmApi());

  describe('completion', () => {
    it('completes \\cite{esm with the catalog model ESM-2 (with a detail line), after the user\'s own entries', async () => {
      const folder = await project('complete-latex', { 'draft.tex': texDraft('Protein baselines follow \\cite{esm}.'), 'refs.bib': USER_BIB });
      const editor = await openEditor(`${folder}/draft.tex`);
      const position = positionAfter(editor.document, '\\cite{esm');
      const items = await completionsAt(editor.document.uri, position, undefined, 200);

      const esm2 = itemFor(items, 'lin2023esm2');
      assert.equal(esm2.kind, vscode.CompletionItemKind.Module);
      assert.match(esm2.detail ?? '', /^ESM-2 · catalog · Lin et al\., 2023 — Evolutionary-scale prediction/);
      const documentation = typeof esm2.documentation === 'string' ? esm2.documentation : (esm2.documentation?.value ?? '');
      assert.match(documentation, /\*\*ESM-2\*\*/, 'the resolved item carries the model card');
      assert.ok(esm2.command, 'a catalog item writes its entry through a command');
      assert.equal(esm2.command.command, 'biofm.citeCatalogModel');

      const own = itemFor(items, 'esmaeili2022own');
      assert.equal(own.kind, vscode.CompletionItemKind.Reference);
      assert.match(own.detail ?? '', /Esmaeili and Doe, 2022/);
      assert.equal(own.command, undefined, "the user's own key is plain text, no command");
      assert.ok((own.sortText ?? '') < (esm2.sortText ?? ''), `own entry sorts first: ${own.sortText} vs ${esm2.sortText}`);
      // Every catalog proposal sorts after every proposal of the user's .bib.
      const ours = items.filter((i) => i.kind === vscode.CompletionItemKind.Reference || i.command?.command === 'biofm.citeCatalogModel');
      const lastBib = Math.max(...ours.filter((i) => i.kind === vscode.CompletionItemKind.Reference).map((i) => Number(i.sortText)));
      const firstCatalog = Math.min(...ours.filter((i) => i.command).map((i) => Number(i.sortText)));
      assert.ok(lastBib < firstCatalog, `bib entries (${lastBib}) before catalog models (${firstCatalog})`);
      // The proposal replaces exactly what was typed.
      assert.equal(editor.document.getText(rangeOf(esm2)), 'esm');
    });

    it('completes after a comma inside \\citep{a, |}, leaving out the key already there', async () => {
      const folder = await project('complete-comma', { 'draft.tex': texDraft('Text mining improved \\citep{lee2020biobert, }.'), 'refs.bib': USER_BIB });
      const editor = await openEditor(`${folder}/draft.tex`);
      const position = positionAfter(editor.document, '\\citep{lee2020biobert, ');
      const items = await completionsAt(editor.document.uri, position, ',');
      const labels = items.map(labelOf);
      assert.ok(labels.includes('esmaeili2022own'), `the other entry of the .bib is offered: ${JSON.stringify(labels.slice(0, 20))}`);
      assert.ok(!labels.includes('lee2020biobert'), 'the key already in the citation is not offered again');
      assert.ok(items.some((i) => i.command?.command === 'biofm.citeCatalogModel'), 'catalog models are offered too');
      const own = itemFor(items, 'esmaeili2022own');
      const range = rangeOf(own);
      assert.ok(range.isEmpty && range.start.isEqual(position), 'an empty key is inserted at the cursor');
    });

    it('completes [@gene in Markdown with Geneformer from the catalog', async () => {
      const folder = await project('complete-markdown', { 'draft.md': markdownDraft('Cell embeddings come from [@gene].'), 'refs.bib': USER_BIB });
      const editor = await openEditor(`${folder}/draft.md`);
      assert.equal(editor.document.languageId, 'markdown');
      const items = await completionsAt(editor.document.uri, positionAfter(editor.document, '[@gene'), '@');
      const geneformer = itemFor(items, 'theodoris2023geneformer');
      assert.match(geneformer.detail ?? '', /^Geneformer · catalog · Theodoris et al\., 2023/);
      assert.equal(geneformer.command?.command, 'biofm.citeCatalogModel');
    });
  });

  describe('accepting a catalog model', () => {
    it('inserts the key and appends exactly one BibTeX entry, in one edit, every other byte of the .bib unchanged', async () => {
      const folder = await project('accept', { 'draft.tex': texDraft('Protein baselines follow \\cite{esm}.'), 'refs.bib': USER_BIB });
      const before = await readWorkspaceBytes(`${folder}/refs.bib`);
      const editor = await openEditor(`${folder}/draft.tex`);
      const items = await completionsAt(editor.document.uri, positionAfter(editor.document, '\\cite{esm'));
      const applyEdit = spyOn(vscode.workspace, 'applyEdit', (original, ...args) => original(...(args as Parameters<typeof original>)));
      let result: unknown;
      try {
        result = await acceptCompletion(editor, itemFor(items, 'lin2023esm2'));
      } finally {
        applyEdit.restore();
      }
      assert.equal(result, true);
      assert.match(editor.document.getText(), /follow \\cite\{lin2023esm2\}\./);

      // One workspace edit (one undo step) touches both the draft and the .bib.
      assert.equal(applyEdit.calls.length, 1, 'the key and the entry go in with one workspace edit');
      const touched = (applyEdit.calls[0][0] as vscode.WorkspaceEdit).entries().map(([uri]) => uri.toString()).sort();
      assert.deepEqual(touched, [editor.document.uri.toString(), workspaceFile(`${folder}/refs.bib`).toString()].sort());

      // The .bib was not open, so it is saved: on disk it is the old bytes plus one entry.
      const after = await waitFor('refs.bib to be saved with the new entry', () => {
        const bytes = fs.readFileSync(workspaceFile(`${folder}/refs.bib`).fsPath);
        return bytes.length > before.length ? bytes : undefined;
      });
      assert.deepEqual(after.subarray(0, before.length), Buffer.from(before), 'the existing bytes are unchanged');
      const appended = decode(after.subarray(before.length));
      assert.match(appended, /^\n\n@article\{lin2023esm2,\n/, 'one blank line, then the entry');
      assert.match(appended, /doi = \{10\.1126\/science\.ade2574\}/);
      assert.match(appended, /\n\}\n$/);
      assert.equal(count(decode(after), '@article{lin2023esm2,'), 1);
      const bibDocument = vscode.workspace.textDocuments.find((d) => d.uri.toString() === workspaceFile(`${folder}/refs.bib`).toString());
      assert.equal(bibDocument?.isDirty ?? false, false, 'no unsaved changes are left in a hidden .bib editor');

      // The new key is defined: no undefined-citation, and its hover shows the reference.
      const analysis = await currentAnalysis(editor.document);
      assert.deepEqual(analysis.findings.filter((f) => f.code === 'undefined-citation' || f.code === 'no-bibliography'), []);
      const hover = await hoverTextAt(editor.document.uri, positionAfter(editor.document, '\\cite{lin20'));
      assert.match(hover, /^Z\. Lin et al\., “Evolutionary-scale prediction of atomic-level protein structure with a language model,” Science, vol\. 379, no\. 6637, pp\. 1123–1130, 2023, doi: 10\.1126\/science\.ade2574\./);
      assert.match(hover, /\*\*ESM-2\*\* · Computational biology/);
    });

    it('cites the key the user already has for the same DOI, and adds nothing', async () => {
      const bib = [
        '@article{myesm,',
        '  author = {Lin, Zeming and others},',
        '  title = {Evolutionary-scale prediction of atomic-level protein structure with a language model},',
        '  journal = {Science},',
        '  year = {2023},',
        '  doi = {https://doi.org/10.1126/SCIENCE.ade2574}',
        '}',
        '',
      ].join('\n');
      const folder = await project('same-doi', { 'draft.tex': texDraft('We embed sequences with ESM-2 as in earlier work.\nBaselines follow \\cite{esm}.'), 'refs.bib': bib });
      const editor = await openEditor(`${folder}/draft.tex`);

      // Completion offers the user's key for the paper, not a second copy from the catalog.
      const items = await completionsAt(editor.document.uri, positionAfter(editor.document, '\\cite{esm'));
      itemFor(items, 'myesm');
      assert.ok(!items.some((i) => labelOf(i) === 'lin2023esm2'), 'ESM-2 is not offered again from the catalog');

      // Citing the catalog model (here through the "uncited model" quick fix) uses that key.
      const [uncited] = await diagnosticsWithCode(editor.document.uri, 'uncited-model');
      assert.equal(editor.document.getText(uncited.range), 'ESM-2');
      const actions = await codeActionsAt(editor.document.uri, uncited.range);
      const cite = actions.find((a) => a.title === 'Cite ESM-2 (lin2023esm2)');
      assert.ok(cite?.command, `no "Cite ESM-2" among ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(await runCommand(cite.command), true);
      assert.match(editor.document.getText(), /with ESM-2~\\cite\{myesm\} as in/);
      assert.equal(decode(await readWorkspaceBytes(`${folder}/refs.bib`)), bib, 'the .bib is untouched');
      await waitForDiagnostics(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'uncited-model'));
    });

    it('adds the entry once when the same model is accepted twice in quick succession', async () => {
      const folder = await project('twice', { 'draft.tex': texDraft('First \\cite{esm}.\n\nSecond \\cite{esm}.'), 'refs.bib': USER_BIB });
      const editor = await openEditor(`${folder}/draft.tex`);
      const first = itemFor(await completionsAt(editor.document.uri, positionAfter(editor.document, '\\cite{esm', 0)), 'lin2023esm2');
      const second = itemFor(await completionsAt(editor.document.uri, positionAfter(editor.document, '\\cite{esm', 1)), 'lin2023esm2');
      // The editor's part of each accept (removing the typed prefix), then both commands without waiting in between.
      for (const item of [first, second]) await editor.edit((edit) => edit.replace(rangeOf(item), ''));
      const run = (item: vscode.CompletionItem) => runCommand(item.command);
      const results = await Promise.all([run(first), run(second)]);
      assert.deepEqual(results, [true, true]);
      assert.equal(count(editor.document.getText(), '\\cite{lin2023esm2}'), 2);
      const bib = await waitFor('refs.bib to be saved', () => {
        const text = fs.readFileSync(workspaceFile(`${folder}/refs.bib`).fsPath, 'utf8');
        return text.length > USER_BIB.length ? text : undefined;
      });
      assert.equal(count(bib, '@article{lin2023esm2,'), 1, `the entry appears once:\n${bib}`);
      assert.ok(bib.startsWith(USER_BIB));
    });

    it('refuses a read-only .bib with a clear message, changing neither the .bib nor the draft', async () => {
      const folder = await project('read-only', { 'draft.tex': texDraft('Protein baselines follow \\cite{esm}.'), 'refs.bib': USER_BIB });
      const bibPath = workspaceFile(`${folder}/refs.bib`).fsPath;
      fs.chmodSync(bibPath, 0o444);
      const editor = await openEditor(`${folder}/draft.tex`);
      const item = itemFor(await completionsAt(editor.document.uri, positionAfter(editor.document, '\\cite{esm')), 'lin2023esm2');
      const errors = spyOn(vscode.window, 'showErrorMessage', () => Promise.resolve(undefined));
      let result: unknown;
      try {
        result = await acceptCompletion(editor, item);
      } finally {
        errors.restore();
        fs.chmodSync(bibPath, 0o644);
      }
      assert.equal(result, false);
      const ours = errors.calls.filter((args) => String(args[0]).startsWith('BioFM: '));
      assert.deepEqual(ours.map((args) => args[0]), ['BioFM: citations/read-only/refs.bib is read-only, so ESM-2 was not added. Nothing was changed.']);
      assert.equal(fs.readFileSync(bibPath, 'utf8'), USER_BIB, 'the .bib bytes are unchanged');
      assert.doesNotMatch(editor.document.getText(), /lin2023esm2/, 'no half citation in the draft');
      const bibDocument = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === bibPath);
      assert.equal(bibDocument?.isDirty ?? false, false, 'no unsaved entry is left in a hidden editor');

      // Once the file is writable again, the same accept goes through.
      const retried = await runCommand(item.command);
      assert.equal(retried, true);
      assert.match(editor.document.getText(), /\\cite\{lin2023esm2\}/);
      await waitFor('refs.bib to get the entry', () => fs.readFileSync(bibPath, 'utf8').includes('@article{lin2023esm2,'));
    });

    // These two cite models that no other test adds: a draft with no bibliography completes from every .bib of the
    // workspace, so a model another test already added would be offered as that file's entry instead.
    it('offers to create references.bib and link it when the LaTeX draft has no bibliography', async () => {
      const folder = await project('no-bib-latex', { 'draft.tex': texDraft('Expression is predicted from sequence \\cite{enfor}.', null) });
      const editor = await openEditor(`${folder}/draft.tex`);
      const item = itemFor(await completionsAt(editor.document.uri, positionAfter(editor.document, '\\cite{enfor')), 'avsec2021enformer');
      assert.equal(item.command?.command, 'biofm.citeCatalogModel');
      const prompts = spyOn(vscode.window, 'showInformationMessage', (_original, message) => Promise.resolve(isBibliographyOffer(message) ? 'Create references.bib' : undefined));
      let result: unknown;
      try {
        result = await acceptCompletion(editor, item);
      } finally {
        prompts.restore();
      }
      const offers = prompts.calls.filter((args) => isBibliographyOffer(args[0]));
      assert.equal(offers.length, 1, 'the user is asked once');
      assert.deepEqual(offers[0].slice(1), ['Create references.bib'], 'with one button');
      assert.equal(offers[0][0], 'This draft has no bibliography yet. Create references.bib beside it and link it from the draft, then add Enformer?');
      assert.equal(result, true);
      assert.equal(
        editor.document.getText(),
        texDraft('Expression is predicted from sequence \\cite{avsec2021enformer}.', null).replace('\\end{document}', '\\bibliographystyle{IEEEtran}\n\\bibliography{references}\n\\end{document}'),
        'the key is cited and the new file linked before \\end{document}, nothing else changed',
      );
      const created = await waitFor('references.bib to be saved', () => {
        const file = workspaceFile(`${folder}/references.bib`).fsPath;
        return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
      });
      assert.match(created, /^@article\{avsec2021enformer,\n/);
      assert.equal(count(created, '@'), 1, 'one entry');
      // The draft now uses its new bibliography: the key is defined.
      const analysis = await currentAnalysis(editor.document);
      assert.deepEqual(analysis.draft.bibliographies.map((b) => b.resolved), [workspaceFile(`${folder}/references.bib`).toString()]);
      await waitForDiagnostics(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'undefined-citation' || codeOf(x) === 'no-bibliography'));
    });

    it('does nothing when the user declines, and links the new file in the front matter when they accept (Markdown)', async () => {
      const folder = await project('no-bib-markdown', { 'draft.md': markdownDraft('Cells were annotated with [@scgp].', null) });
      const editor = await openEditor(`${folder}/draft.md`);
      const original = editor.document.getText();
      const item = itemFor(await completionsAt(editor.document.uri, positionAfter(editor.document, '[@scgp')), 'cui2024scgpt');
      assert.equal(item.command?.command, 'biofm.citeCatalogModel');

      const declined = spyOn(vscode.window, 'showInformationMessage', () => Promise.resolve(undefined)); // Esc
      let result: unknown;
      try {
        result = await runCommand(item.command);
      } finally {
        declined.restore();
      }
      assert.equal(declined.calls.filter((args) => isBibliographyOffer(args[0])).length, 1);
      assert.equal(result, false);
      assert.equal(editor.document.getText(), original, 'the draft is unchanged');
      assert.equal(await workspaceFileExists(`${folder}/references.bib`), false, 'no file is created');

      const accepted = spyOn(vscode.window, 'showInformationMessage', (_original, message, ...choices) => Promise.resolve(isBibliographyOffer(message) ? choices[0] : undefined));
      try {
        result = await acceptCompletion(editor, item);
      } finally {
        accepted.restore();
      }
      assert.equal(accepted.calls.filter((args) => isBibliographyOffer(args[0])).length, 1);
      assert.equal(result, true);
      assert.equal(editor.document.getText(), `---\nbibliography: references.bib\n---\n\n${original.replace('[@scgp]', '[@cui2024scgpt]')}`);
      const created = await waitFor('references.bib to be saved', () => {
        const file = workspaceFile(`${folder}/references.bib`).fsPath;
        return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
      });
      assert.match(created, /^@article\{cui2024scgpt,\n/);
      assert.equal(count(created, '@'), 1, 'one entry');
    });
  });

  describe('hover', () => {
    it("shows the IEEE reference of a cite key, with the model card when the key is a catalog model's", async () => {
      const folder = await project('hover', {
        'draft.tex': texDraft('Mining improved \\cite{lee2020biobert}; see also \\cite{esmaeili2022own} and \\cite{nosuchkey}.'),
        'refs.bib': USER_BIB,
      });
      const editor = await openEditor(`${folder}/draft.tex`);
      await currentAnalysis(editor.document);
      const uri = editor.document.uri;

      const biobert = await hoverTextAt(uri, positionAfter(editor.document, '\\cite{lee20'));
      assert.match(
        biobert,
        // IEEE: more than six authors → the first and "et al.".
        /^J\. Lee et al\., “BioBERT: a pre-trained biomedical language representation model for biomedical text mining,” Bioinformatics, vol\. 36, no\. 4, pp\. 1234–1240, 2020, doi: 10\.1093\/bioinformatics\/btz682\./,
      );
      assert.match(biobert, /\*\*BioBERT\*\* · Clinical informatics/, 'the catalog card follows');
      assert.match(biobert, /Lee, Yoon, Kim et al\. \(2020\)\. BioBERT: a pre-trained biomedical language representation model/);
      assert.match(biobert, /Citation key: `lee2020biobert`/);

      const own = await hoverTextAt(uri, positionAfter(editor.document, '\\cite{esma'));
      assert.match(own, /S\. Esmaeili and J\. Doe, “Our own protein study,” Journal of Tests, 2022\./);
      assert.doesNotMatch(own, /Citation key:/, 'no model card for a paper that is not in the catalog');

      const missing = await hoverTextAt(uri, positionAfter(editor.document, '\\cite{nosu'));
      assert.match(missing, /nosuchkey.* is not defined in this draft's bibliography/);
    });
  });

  describe('diagnostics and quick fixes', () => {
    it('warns on an undefined key and offers catalog models that match it', async () => {
      const folder = await project('undefined', { 'draft.tex': texDraft('Cells were embedded \\cite{geneformer}.'), 'refs.bib': USER_BIB });
      const editor = await openEditor(`${folder}/draft.tex`);
      const [undefinedKey] = await diagnosticsWithCode(editor.document.uri, 'undefined-citation');
      assert.equal(undefinedKey.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(editor.document.getText(undefinedKey.range), 'geneformer');
      assert.match(undefinedKey.message, /'geneformer' is not defined in any bibliography of this draft/);

      const actions = await codeActionsAt(editor.document.uri, undefinedKey.range);
      const replace = actions.find((a) => a.title === 'Replace with Geneformer (theodoris2023geneformer) from the catalog');
      assert.ok(replace?.command, `no catalog fix among ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(replace.kind?.value, vscode.CodeActionKind.QuickFix.value);
      assert.equal(await runCommand(replace.command), true);
      assert.match(editor.document.getText(), /embedded \\cite\{theodoris2023geneformer\}\./);
      const bib = await waitFor('refs.bib to get the entry', () => {
        const text = fs.readFileSync(workspaceFile(`${folder}/refs.bib`).fsPath, 'utf8');
        return text.includes('@article{theodoris2023geneformer,') ? text : undefined;
      });
      assert.ok(bib.startsWith(USER_BIB));
      await waitForDiagnostics(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'undefined-citation'));
    });

    it('offers to add a catalog key that is cited but missing from the .bib, keeping the key', async () => {
      const folder = await project('undefined-catalog-key', { 'draft.tex': texDraft('Protein baselines follow \\cite{lin2023esm2}.'), 'refs.bib': USER_BIB });
      const editor = await openEditor(`${folder}/draft.tex`);
      const [undefinedKey] = await diagnosticsWithCode(editor.document.uri, 'undefined-citation');
      assert.match(undefinedKey.message, /it is the catalog key of ESM-2 and can be added/);
      const actions = await codeActionsAt(editor.document.uri, undefinedKey.range);
      const add = actions.find((a) => a.title === 'Add ESM-2 (lin2023esm2) to the bibliography');
      assert.ok(add?.command, `no "Add ESM-2" among ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(add.isPreferred, true);
      const draftBefore = editor.document.getText();
      assert.equal(await runCommand(add.command), true);
      assert.equal(editor.document.getText(), draftBefore, 'the draft keeps its text');
      await waitFor('refs.bib to get the entry', () => fs.readFileSync(workspaceFile(`${folder}/refs.bib`).fsPath, 'utf8').includes('@article{lin2023esm2,'));
      await waitForDiagnostics(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'undefined-citation'));
    });

    it('points out a catalog model named without a citation, and "Cite" adds the citation and the entry', async () => {
      const folder = await project('uncited', { 'draft.tex': texDraft('We fine-tune Geneformer on our cohort of cardiomyocytes.'), 'refs.bib': USER_BIB });
      const editor = await openEditor(`${folder}/draft.tex`);
      const [uncited] = await diagnosticsWithCode(editor.document.uri, 'uncited-model');
      assert.equal(uncited.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(editor.document.getText(uncited.range), 'Geneformer');
      const actions = await codeActionsAt(editor.document.uri, uncited.range);
      const cite = actions.find((a) => a.title === 'Cite Geneformer (theodoris2023geneformer)');
      assert.ok(cite?.command, `no "Cite Geneformer" among ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.equal(cite.isPreferred, true);
      assert.equal(await runCommand(cite.command), true);
      assert.match(editor.document.getText(), /fine-tune Geneformer~\\cite\{theodoris2023geneformer\} on our cohort/);
      const bib = await waitFor('refs.bib to get the entry', () => {
        const text = fs.readFileSync(workspaceFile(`${folder}/refs.bib`).fsPath, 'utf8');
        return text.includes('@article{theodoris2023geneformer,') ? text : undefined;
      });
      assert.equal(count(bib, '@article{theodoris2023geneformer,'), 1);
      await waitForDiagnostics(editor.document.uri, (d) => !d.some((x) => codeOf(x) === 'uncited-model' || codeOf(x) === 'undefined-citation'));
    });

    it('shows duplicate keys in the .bib file itself, and clears them once fixed', async () => {
      const bib = `${USER_BIB}\n\n@misc{esmaeili2022own,\n  title = {A second entry with the same key},\n  year = {2023}\n}\n`;
      const folder = await project('duplicates', { 'draft.tex': texDraft('See \\cite{esmaeili2022own}.'), 'refs.bib': bib });
      await openEditor(`${folder}/draft.tex`);
      const bibUri = workspaceFile(`${folder}/refs.bib`);
      const [duplicate] = await diagnosticsWithCode(bibUri, 'duplicate-key');
      assert.equal(duplicate.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(duplicate.message, /duplicate key 'esmaeili2022own'/);
      assert.equal(duplicate.range.start.line, bib.split('\n').findIndex((line) => line.startsWith('@misc{')), 'on the second entry');
      assert.equal(duplicate.relatedInformation?.[0]?.location.range.start.line, 1, 'pointing back at the first');

      const bibEditor = await openEditor(`${folder}/refs.bib`);
      const second = bibEditor.document.getText().lastIndexOf('esmaeili2022own');
      await bibEditor.edit((edit) => edit.replace(new vscode.Range(bibEditor.document.positionAt(second), bibEditor.document.positionAt(second + 'esmaeili2022own'.length)), 'esmaeili2023second'));
      await waitForText(bibEditor.document, (text) => text.includes('esmaeili2023second'));
      await waitForDiagnostics(bibUri, (d) => !d.some((x) => codeOf(x) === 'duplicate-key'));
      await bibEditor.document.save();
    });
  });
});
