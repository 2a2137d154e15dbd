import assert from 'node:assert/strict';
import { catalogEntries } from '../../src/core/catalog/catalog';
import { createMentionFinder, findModelMentions, isCaseSensitiveName } from '../../src/core/catalog/modelMentions';
import { generateProse, naiveMentions } from '../../bench/catalogBench';

/** Each mention as `matched→key`, in text order. */
function mentions(text: string): string[] {
  return findModelMentions(text).map((m) => `${m.matched}→${m.entry.key}`);
}

describe('findModelMentions', () => {
  it('finds names and aliases as written, with offsets into the text', () => {
    const text = 'We fine-tune ESM2 and compare it with BioBERT.';
    const found = findModelMentions(text);
    assert.deepEqual(
      found.map((m) => ({ key: m.entry.key, start: m.start, end: m.end, matched: m.matched })),
      [
        { key: 'lin2023esm2', start: 13, end: 17, matched: 'ESM2' },
        { key: 'lee2020biobert', start: 38, end: 45, matched: 'BioBERT' },
      ],
    );
    for (const m of found) assert.equal(text.slice(m.start, m.end), m.matched);
  });

  it('prefers the longest name at a position and never overlaps', () => {
    assert.deepEqual(mentions('Med-PaLM 2 beat Med-PaLM; Med-PaLM M is multimodal.'), [
      'Med-PaLM 2→singhal2025medpalm2',
      'Med-PaLM→singhal2023medpalm',
      'Med-PaLM M→tu2024medpalmm',
    ]);
    assert.deepEqual(mentions('AlphaFold 3, AlphaFold2 and AlphaFold; ESM-1b, ESM-1v and ESM-1.'), [
      'AlphaFold 3→abramson2024alphafold3',
      'AlphaFold2→jumper2021alphafold2',
      'AlphaFold→jumper2021alphafold2',
      'ESM-1b→rives2021esm1b',
      'ESM-1v→meier2021esm1v',
      'ESM-1→rives2021esm1b',
    ]);
    assert.deepEqual(mentions('Bio+ClinicalBERT differs from ClinicalBERT.'), ['Bio+ClinicalBERT→alsentzer2019clinicalbert', 'ClinicalBERT→huang2019clinicalbert']);
  });

  it('respects word boundaries but allows hyphenated suffixes and possessives', () => {
    assert.deepEqual(mentions('MedSAM is not SAM; BioBERTology is not a model; scGPT-based and UNI’s encoder are.'), [
      'MedSAM→ma2024medsam',
      'SAM→kirillov2023sam',
      'scGPT→cui2024scgpt',
      'UNI→chen2024uni',
    ]);
  });

  it('matches long distinctive names in any case and across a line break', () => {
    assert.deepEqual(mentions('biobert and GENEFORMER; the Nucleotide\nTransformer.'), [
      'biobert→lee2020biobert',
      'GENEFORMER→theodoris2023geneformer',
      'Nucleotide\nTransformer→dallatorre2025nucleotidetransformer',
    ]);
  });

  it('leaves common words and names alone when the model name is short or ambiguous', () => {
    const prose = 'A hint for uni students: Sam and Grover trained a motor model; the chief said a titan of foresight, not an evo nt conch.';
    assert.deepEqual(mentions(prose), []);
    assert.deepEqual(mentions('HINT, UNI, SAM, GROVER, MOTOR, CHIEF, TITAN, CONCH, NT and Evo.'), [
      'HINT→fu2022hint',
      'UNI→chen2024uni',
      'SAM→kirillov2023sam',
      'GROVER→rong2020grover',
      'MOTOR→steinberg2024motor',
      'CHIEF→wang2024chief',
      'TITAN→ding2024titan',
      'CONCH→lu2024conch',
      'NT→dallatorre2025nucleotidetransformer',
      'Evo→nguyen2024evo',
    ]);
    assert.ok(isCaseSensitiveName('SAM') && isCaseSensitiveName('Foresight') && !isCaseSensitiveName('BioBERT'));
  });

  it('falls back to a shorter name when a longer one fails the case check', () => {
    // "NT-v2" and "NT" are both case-sensitive: "NT-V2" is not the alias, but its "NT" still is the short name.
    assert.deepEqual(mentions('NT-v2 and NT-V2'), ['NT-v2→dallatorre2025nucleotidetransformer', 'NT→dallatorre2025nucleotidetransformer']);
  });

  it('builds finders over any entries', () => {
    const sam = catalogEntries.filter((e) => e.key === 'kirillov2023sam' || e.key === 'ma2024medsam');
    const finder = createMentionFinder(sam);
    assert.deepEqual(
      finder('MedSAM extends SAM (Segment Anything), unlike BioBERT; we segment anything.').map((m) => m.matched),
      ['MedSAM', 'SAM', 'Segment Anything'],
    );
  });

  it('agrees with a naive per-name scan on generated prose', () => {
    const text = generateProse(3_000, 7);
    const ours = findModelMentions(text).map((m) => [m.start, m.end, m.entry.key]);
    const naive = naiveMentions(text, catalogEntries).map((m) => [m.start, m.end, m.entry.key]);
    assert.ok(ours.length > 30);
    assert.deepEqual(ours, naive);
  });
});
