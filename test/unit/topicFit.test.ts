import assert from 'node:assert/strict';
import type { Draft, ProsePiece, ProseRun, ProseZone } from '../../src/core/draft/draftModel';
import { plainTextDraft } from '../../src/core/draft/plainTextDraft';
import { defaultSettings } from '../../src/core/settings/settingsSchema';
import { LineIndex, type Location } from '../../src/core/text/lineIndex';
import { assessTopicFit } from '../../src/core/topics/assessTopicFit';
import { PhraseMatcher } from '../../src/core/topics/phraseMatcher';
import { weighted } from '../../src/core/topics/topicLexicon';
import { deriveTitleLexicon } from '../../src/core/topics/titleLexicon';
import { topicFindings } from '../../src/core/topics/topicFindings';
import { topicSummary } from '../../src/core/topics/topicSummary';
import { jbhiFoundationModels as venue } from '../../src/core/venue/bundledVenues';

const inScopeTitle = 'Federated Fine-Tuning of a Chest Radiograph Foundation Model Across Hospitals';
const inScopeAbstract =
  'We adapt a pretrained radiology foundation model to local patient populations with federated learning: each hospital ' +
  'trains on its own images and only model updates reach a coordinating server, so no patient data leave the site. ' +
  'Across eleven hospitals the federated model approaches a model trained on pooled data.';

function sourceText(draft: Draft, location: Location): string {
  const file = draft.files.find((f) => f.path === location.file);
  assert.ok(file, `no file ${location.file}`);
  return file.text.slice(file.lines.offsetAt(location.range.start), file.lines.offsetAt(location.range.end));
}

function scoreOf(draft: Draft, id: number): number {
  const topic = assessTopicFit(draft, venue).topics.find((t) => t.id === id);
  assert.ok(topic);
  return topic.score;
}

/** A draft over `source` whose prose runs are the given source stretches (several stretches make one run's pieces). */
function draftOver(source: string, runs: { zone: ProseZone; stretches: [number, number][] }[], path = 'paper.tex'): Draft {
  const base = plainTextDraft({}, path);
  const prose: ProseRun[] = runs.map(({ zone, stretches }) => {
    let text = '';
    const pieces: ProsePiece[] = [];
    for (const [start, end] of stretches) {
      pieces.push({ textStart: text.length, sourceStart: start, length: end - start });
      text += source.slice(start, end);
    }
    return { file: path, zone, text, pieces };
  });
  return { ...base, format: 'latex', files: [{ path, text: source, lines: new LineIndex(source) }], prose };
}

describe('plainTextDraft', () => {
  it('puts each part in its zone, with pieces that map back to the same characters', () => {
    const draft = plainTextDraft({ title: 'A title', abstract: 'An abstract.', keywords: ['LoRA', 'federated learning'], body: 'One.\n\nTwo\nlines.' });
    assert.deepEqual(draft.prose.map((r) => r.zone), ['title', 'abstract', 'keywords', 'body', 'body']);
    const file = draft.files[0];
    for (const run of draft.prose) {
      const piece = run.pieces[0];
      assert.equal(file.text.slice(piece.sourceStart, piece.sourceStart + piece.length), run.text);
    }
    assert.equal(draft.title?.text, 'A title');
    assert.deepEqual(draft.keywords.map((k) => sourceText(draft, k.location)), ['LoRA', 'federated learning']);
    assert.equal(sourceText(draft, draft.abstract!.location), 'An abstract.');
  });
});

describe('PhraseMatcher', () => {
  it('takes the longest phrase per lexicon, lets lexicons overlap, honours blockers and case', () => {
    const matcher = new PhraseMatcher([
      { phrases: weighted([1, ['language model', 'large language model', '=SAM']]) },
      { phrases: weighted([1, ['health', 'model']], [0, ['structural health monitoring']]) },
    ]);
    const text = 'Large Language-Models and SAM, not sam; structural health monitoring; health.';
    const found = matcher.match(text).map((m) => [m.lexicon, text.slice(m.start, m.end)]);
    assert.deepEqual(found, [
      [0, 'Large Language-Models'],
      [1, 'Models'],
      [0, 'SAM'],
      [1, 'structural health monitoring'],
      [1, 'health'],
    ]);
  });
});

describe('assessTopicFit', () => {
  it('finds a federated radiology foundation-model paper in scope and about topic 12', () => {
    const report = assessTopicFit(plainTextDraft({ title: inScopeTitle, abstract: inScopeAbstract }), venue);
    assert.equal(report.inScope, true);
    assert.deepEqual(report.missing, []);
    assert.equal(report.topics[0].id, 12);
    assert.ok(report.topics[0].score >= 0.3);
    for (let i = 1; i < report.topics.length; i++) assert.ok(report.topics[i - 1].score >= report.topics[i].score);
    for (const t of report.topics) assert.ok(t.score >= 0 && t.score <= 1);
  });

  it('gives evidence whose locations point at the phrase in the source', () => {
    const draft = plainTextDraft({ title: inScopeTitle, abstract: inScopeAbstract, body: 'Low-rank adapters (LoRA)\nkeep\ncommunication small.' });
    const report = assessTopicFit(draft, venue);
    const all = [...report.topics.flatMap((t) => t.evidence), ...report.biomedical.evidence, ...report.foundationModel.evidence];
    assert.ok(all.length > 10);
    for (const evidence of all) assert.equal(sourceText(draft, evidence.location), evidence.text);
    const federated = report.topics.find((t) => t.id === 12)!.evidence.find((e) => e.phrase === 'federated learning');
    assert.ok(federated);
    assert.equal(federated.zone, 'abstract');
    assert.equal(federated.text, 'federated learning');
  });

  it('maps a phrase split by markup to the range from its first to its last character', () => {
    const source = '\\title{Prompt \\emph{engineering} for clinical notes}';
    const open = source.indexOf('Prompt');
    const emph = source.indexOf('engineering');
    const after = source.indexOf('}', emph) + 1;
    const draft = draftOver(source, [{ zone: 'title', stretches: [[open, open + 7], [emph, emph + 11], [after, source.length - 1]] }]);
    const evidence = assessTopicFit(draft, venue).topics.find((t) => t.id === 3)!.evidence[0];
    assert.equal(evidence.text, 'Prompt engineering');
    assert.equal(sourceText(draft, evidence.location), 'Prompt \\emph{engineering');
  });

  it('weighs a phrase in the title above the same phrase in the body', () => {
    const filler = 'We describe the cohort and the results in detail. '.repeat(4);
    const inTitle = plainTextDraft({ title: 'Knowledge distillation for retinal screening', body: `${filler}` });
    const inBody = plainTextDraft({ title: 'Retinal screening', body: `${filler} We use knowledge distillation.` });
    assert.ok(scoreOf(inTitle, 7) > scoreOf(inBody, 7));
    assert.ok(scoreOf(inBody, 7) > 0);
  });

  it('saturates: one phrase repeated many times does not carry a topic alone', () => {
    const few = plainTextDraft({ body: 'We use federated learning. '.repeat(3) });
    const many = plainTextDraft({ body: 'We use federated learning. '.repeat(60) });
    const distinct = plainTextDraft({
      body: 'We use federated learning with secure aggregation. A swarm learning variant runs peer-to-peer; split learning keeps the cut layer on site.',
    });
    assert.ok(scoreOf(many, 12) - scoreOf(few, 12) < 0.15);
    assert.ok(scoreOf(distinct, 12) > scoreOf(many, 12));
  });

  it('does not count code, math or comments, which are not prose', () => {
    const source = [
      'We study retinal screening in primary care.',
      '```python',
      'model = lora_quantization_pruning(knowledge_distillation=True)  # LoRA, quantization, pruning, distillation',
      '```',
      '$$ \\text{LoRA quantization pruning distillation} $$',
      '<!-- TODO: mention LoRA, quantization, pruning and knowledge distillation, edge devices, latency -->',
    ].join('\n');
    const draft = draftOver(source, [{ zone: 'body', stretches: [[0, source.indexOf('\n')]] }], 'paper.md');
    const efficient = assessTopicFit(draft, venue).topics.find((t) => t.id === 7)!;
    assert.equal(efficient.score, 0);
    assert.deepEqual(efficient.evidence, []);
    const asProse = plainTextDraft({ body: 'We use LoRA, quantization, pruning and knowledge distillation on edge devices to cut latency.' });
    assert.ok(scoreOf(asProse, 7) > 0.3);
  });

  it('matches hyphen, spacing, spelling and inflection variants', () => {
    for (const body of ['a multi-modal model', 'a multimodal model', 'a Multi modal model', 'multi-\nmodal models']) {
      assert.ok(scoreOf(plainTextDraft({ body }), 6) > 0, body);
    }
    for (const body of ['decentralised training', 'decentralized training']) assert.ok(scoreOf(plainTextDraft({ body }), 12) > 0, body);
    const cot = assessTopicFit(plainTextDraft({ body: 'chain of thought prompts' }), venue).topics.find((t) => t.id === 3)!;
    assert.equal(cot.evidence[0].phrase, 'chain-of-thought');
  });

  it('does not count negated or engineering senses towards scope', () => {
    const cnn = plainTextDraft({
      title: 'A small CNN for melanoma detection',
      abstract: 'We train a compact network from scratch without any large-scale pretraining on dermoscopy images of patients.',
    });
    const cnnReport = assessTopicFit(cnn, venue);
    assert.equal(cnnReport.biomedical.present, true);
    assert.equal(cnnReport.foundationModel.present, false);
    assert.deepEqual(cnnReport.missing, ['foundation-model']);
    const bridges = assessTopicFit(plainTextDraft({ abstract: 'Structural health monitoring of bridges and fault diagnosis of turbines.' }), venue);
    assert.equal(bridges.biomedical.score, 0);
  });

  it('matches model names only as written, so common words are not mistaken for them', () => {
    const options = { modelNames: ['UNI', 'Virchow'] };
    const named = assessTopicFit(plainTextDraft({ body: 'We compare UNI with Virchow on slides.' }), venue, options);
    const plain = assessTopicFit(plainTextDraft({ body: 'We compare uni with virchow on slides.' }), venue, options);
    assert.ok(named.foundationModel.score > 0);
    assert.equal(plain.foundationModel.score, 0);
    assert.deepEqual(named.foundationModel.evidence.map((e) => e.text).sort(), ['UNI', 'Virchow']);
    // By default the catalog's names and aliases count.
    const catalogued = assessTopicFit(plainTextDraft({ body: 'Slides were embedded with Prov-GigaPath and CONCH.' }), venue);
    const texts = catalogued.foundationModel.evidence.map((e) => e.text);
    assert.ok(texts.includes('Prov-GigaPath') && texts.includes('CONCH'), texts.join(', '));
  });

  it('scores custom venue topics from their titles, and reuses curated lexicons for copied titles', () => {
    const custom = {
      ...venue,
      id: 'custom',
      topics: [
        { id: 1, title: 'Graph neural networks for drug repurposing' },
        { id: 2, title: 'Wearable sensing in biomedical and health foundation models' },
        { id: 42, title: 'Prompt engineering in biomedical and health foundation models' },
      ],
    };
    const lexicon = deriveTitleLexicon('Wearable sensing in biomedical and health foundation models');
    assert.deepEqual(lexicon.phrases.map((p) => p.phrase).sort(), ['Wearable', 'Wearable sensing', 'sensing']);
    const gnn = assessTopicFit(plainTextDraft({ title: 'A graph neural network repurposes approved drugs' }), custom);
    assert.equal(gnn.topics[0].id, 1);
    assert.ok(gnn.topics[0].score > 0.3);
    const cot = assessTopicFit(plainTextDraft({ title: 'Chain-of-thought and few-shot prompting for triage' }), custom);
    assert.equal(cot.topics[0].id, 42);
  });

  it('handles a draft with no prose', () => {
    const report = assessTopicFit(plainTextDraft({}), venue);
    assert.equal(report.wordCount, 0);
    assert.equal(report.inScope, false);
    assert.ok(report.topics.every((t) => t.score === 0 && t.evidence.length === 0));
    assert.equal(topicSummary(report, 0.3), 'No prose to check');
  });

  it('copes with a huge draft', () => {
    const paragraph = `${inScopeAbstract} We quantize the model and measure latency, calibration and fairness across subgroups.`;
    const body = Array.from({ length: 4000 }, () => paragraph).join('\n\n');
    const report = assessTopicFit(plainTextDraft({ title: inScopeTitle, body }), venue);
    assert.ok(report.wordCount > 200_000);
    assert.equal(report.topics[0].id, 12);
  });
});

describe('topicFindings and topicSummary', () => {
  const settings = defaultSettings();
  const offTopic = plainTextDraft({
    title: 'Large language models for contract review',
    abstract:
      'We retrieve legal precedents and internal guidelines and give them to a large language model that flags risky clauses ' +
      'in commercial contracts and suggests revisions. Lawyers accepted half of the suggested revisions in a study of 500 contracts.',
  });

  it('warns out-of-scope on the title and names what is missing', () => {
    const report = assessTopicFit(offTopic, venue);
    const findings = topicFindings(offTopic, report, venue, settings);
    const outOfScope = findings.find((f) => f.code === 'out-of-scope');
    assert.ok(outOfScope);
    assert.equal(outOfScope.severity, 'warning');
    assert.match(outOfScope.message, /not biomedical or health/);
    assert.doesNotMatch(outOfScope.message, /not about foundation models/);
    assert.deepEqual(outOfScope.location, offTopic.title!.location);
    assert.equal(topicSummary(report, 0.3), 'Out of scope: not biomedical or health');
  });

  it('falls back to the abstract, then the file start, and reports a missing title and abstract', () => {
    const noTitle = plainTextDraft({ abstract: offTopic.abstract!.text });
    const findings = topicFindings(noTitle, assessTopicFit(noTitle, venue), venue, settings);
    assert.deepEqual(findings.find((f) => f.code === 'out-of-scope')?.location, noTitle.abstract!.location);
    assert.equal(findings.find((f) => f.code === 'no-title')?.severity, 'information');
    assert.equal(findings.some((f) => f.code === 'no-abstract'), false);

    const bodyOnly = plainTextDraft({ body: offTopic.abstract!.text });
    const bodyFindings = topicFindings(bodyOnly, assessTopicFit(bodyOnly, venue), venue, settings);
    assert.deepEqual(bodyFindings.find((f) => f.code === 'out-of-scope')?.location.range.start, { line: 0, character: 0 });
    assert.deepEqual(bodyFindings.map((f) => f.code).sort(), ['no-abstract', 'no-title', 'out-of-scope']);
  });

  it('says "not about foundation models" for a biomedical paper without them', () => {
    const draft = plainTextDraft({
      title: 'Gradient-boosted trees predict readmission after heart failure',
      abstract:
        'Using electronic health records of 21,000 hospital admissions we predict 30-day readmission of patients with heart ' +
        'failure from vital signs, laboratory values and medications, and compare the model with a widely used clinical score.',
    });
    const report = assessTopicFit(draft, venue);
    assert.match(topicFindings(draft, report, venue, settings).find((f) => f.code === 'out-of-scope')!.message, /not about foundation models/);
    assert.equal(topicSummary(report, 0.3), 'Out of scope: not about foundation models');
  });

  it('checks declared topics: unsupported, unknown, supported', () => {
    const base = plainTextDraft({ title: inScopeTitle, abstract: inScopeAbstract });
    const declaration: Location = { file: base.root, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } } };
    const draft: Draft = { ...base, declaredTopics: { ids: [12, 3, 14], location: declaration } };
    const report = assessTopicFit(draft, venue);
    const findings = topicFindings(draft, report, venue, settings);
    const unsupported = findings.filter((f) => f.code === 'declared-topic-unsupported');
    assert.deepEqual(unsupported.map((f) => f.data?.topicId), [3]);
    assert.match(unsupported[0].message, /^Declares topic 3 \(Prompt engineering in biomedical and health …\) but the text does not support it \(score 0\.\d\d\); phrases that would: "/);
    assert.deepEqual(unsupported[0].location, declaration);
    assert.ok((unsupported[0].data?.fittingTopicIds as number[]).includes(12));
    const unknown = findings.filter((f) => f.code === 'declared-topic-unknown');
    assert.deepEqual(unknown.map((f) => f.data?.topicId), [14]);
    assert.match(unknown[0].message, /topics 1–13/);
    assert.equal(topicSummary(report, 0.3).startsWith('Fits topic'), true);
    assert.match(topicSummary(report, 0.3), /^Fits topics? 12\b/);

    const quiet = topicFindings(draft, report, venue, { ...settings, 'biofm.topicFit.checkDeclaredTopics': false });
    assert.equal(quiet.some((f) => f.code.startsWith('declared-topic')), false);
    assert.deepEqual(topicFindings(draft, report, venue, { ...settings, 'biofm.topicFit.enabled': false }), []);
  });

  it('summarises an in-scope draft that fits no topic clearly', () => {
    const report = assessTopicFit(plainTextDraft({ title: inScopeTitle, abstract: inScopeAbstract }), venue);
    assert.match(topicSummary(report, 0.9999), /^In scope; no topic fits clearly \(closest: 12\)$/);
  });
});
