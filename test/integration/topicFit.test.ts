// Topic fit in a real editor: diagnostics in Problems, the lens on the title, the hover with per-topic scores, the
// Scope report, and a fresh verdict after the user edits the draft.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BioFmApi } from '../../src/extension';
import { openDoc, ourExtension, waitFor, waitForDiagnostics } from './helpers';

const codesOf = (diagnostics: readonly vscode.Diagnostic[]) => diagnostics.map((d) => (typeof d.code === 'object' ? d.code.value : d.code));

async function api(): Promise<BioFmApi> {
  return (await ourExtension().activate()) as unknown as BioFmApi;
}

describe('topic fit', () => {
  it('shows "Fits topics …" on the title of an in-scope draft, and per-topic scores on hover', async () => {
    const document = await openDoc('paper.md');
    const { analyzer } = await api();
    const analysis = await waitFor('paper.md to be analysed', () => analyzer.get(document.uri));
    assert.ok(analysis.topicFit?.inScope, 'paper.md should be in scope');
    const title = analysis.draft.title;
    assert.ok(title, 'paper.md has a title');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    const lens = lenses.find((l) => l.command?.command === 'biofm.showScopeReport');
    assert.ok(lens, `no scope lens among ${JSON.stringify(lenses.map((l) => l.command?.title))}`);
    assert.match(lens.command?.title ?? '', /^Fits topics \d+( · \d+)* — scope report$/);
    assert.equal(lens.range.start.line, title.location.range.start.line);

    const position = new vscode.Position(title.location.range.start.line, title.location.range.start.character + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /\| Topic \| Score \|/);
    assert.match(text, /9\. Applications of foundation models in biomedical and health informatics/);
  });

  it('warns that a draft with no foundation model is out of scope, on its title', async () => {
    const document = await openDoc('scope/crop-yield.md');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => codesOf(d).includes('out-of-scope'));
    const outOfScope = diagnostics.find((d) => d.code === 'out-of-scope');
    assert.ok(outOfScope);
    assert.equal(outOfScope.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(outOfScope.message, /foundation model/i);
    assert.match(outOfScope.message, /biomedical|health/i);
    assert.equal(document.lineAt(outOfScope.range.start.line).text.startsWith('title:'), true);
  });

  it('warns on a declared topic the text does not support, and clears it once the text does', async () => {
    const document = await openDoc('scope/declared.md');
    const diagnostics = await waitForDiagnostics(document.uri, (d) => codesOf(d).includes('declared-topic-unsupported'));
    const unsupported = diagnostics.filter((d) => d.code === 'declared-topic-unsupported');
    assert.equal(unsupported.length, 1, JSON.stringify(unsupported.map((d) => d.message)));
    assert.match(unsupported[0].message, /topic 8/);
    assert.ok(document.lineAt(unsupported[0].range.start.line).text.startsWith('topics:'));

    const editor = await vscode.window.showTextDocument(document);
    const end = document.lineAt(document.lineCount - 1).range.end;
    await editor.edit((edit) =>
      edit.insert(
        end,
        '\n\n# Robustness\n\nWe test adversarial robustness: adversarial attacks on the prompts, jailbreak prompts and data poisoning of the fine-tuning set, and the robustness of the model to adversarial perturbations.\n',
      ),
    );
    await waitForDiagnostics(document.uri, (d) => !codesOf(d).includes('declared-topic-unsupported'));
  });

  it('fills the Scope report for the active draft', async () => {
    const document = await openDoc('paper.md');
    const { analyzer } = await api();
    await waitFor('paper.md to be analysed', () => analyzer.get(document.uri));
    await vscode.commands.executeCommand('biofm.showScopeReport');
    const analysis = analyzer.get(document.uri);
    assert.ok(analysis?.topicFit);
    assert.ok(analysis.topicFit.topics[0].evidence.length > 0, 'the best topic has evidence phrases');
    const evidence = analysis.topicFit.topics[0].evidence[0];
    const range = new vscode.Range(evidence.location.range.start.line, evidence.location.range.start.character, evidence.location.range.end.line, evidence.location.range.end.character);
    assert.equal(document.getText(range).toLowerCase().replace(/\s+/g, ' '), evidence.text.toLowerCase().replace(/\s+/g, ' '));
  });
});
