// Prints topic-fit accuracy on the labelled calibration set, per split, with the list of misses.
// Usage: node --import tsx scripts/evaluateTopicFit.ts [--split dev|heldout|blind] [--quiet]
// `blind` is test/data/topicBlindSet.json, written by someone who had not seen the scorer (see its `about`).
// Tune lexicons with `--split dev` only; the held-out split is for the final figure.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateTopicFit, type LabelledAbstract } from '../src/core/topics/topicFitEvaluation';
import { jbhiFoundationModels } from '../src/core/venue/bundledVenues';

const setPath = fileURLToPath(new URL('../test/data/topicDevSet.json', import.meta.url));
const blindPath = fileURLToPath(new URL('../test/data/topicBlindSet.json', import.meta.url));
const devSet = (JSON.parse(readFileSync(setPath, 'utf8')) as { items: LabelledAbstract[] }).items;
const blindSet = (JSON.parse(readFileSync(blindPath, 'utf8')) as { items: LabelledAbstract[] }).items;
const args = process.argv.slice(2);
const only = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
const quiet = args.includes('--quiet');
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

for (const split of ['dev', 'heldout', 'blind'] as const) {
  if (only !== undefined && only !== split) continue;
  const items = split === 'blind' ? blindSet : devSet.filter((item) => item.split === split);
  const figures = evaluateTopicFit(items, jbhiFoundationModels);
  console.log(
    `${split.padEnd(8)} items ${figures.items} (in scope ${figures.inScopeItems})  ` +
      `top-1 ${percent(figures.top1)}  top-3 ${percent(figures.top3)}  scope ${percent(figures.scope)}`,
  );
  if (quiet) continue;
  for (const miss of figures.misses) {
    const ranked = miss.rankedTopics.map((t) => `${t.id}:${t.score.toFixed(2)}`).join(' ');
    const scope = miss.expectedInScope === miss.predictedInScope ? '' : `  SCOPE expected ${miss.expectedInScope ? 'in' : 'out'}, got ${miss.predictedInScope ? 'in' : `out (${miss.missing.join(', ')})`}`;
    console.log(
      `  ${miss.id.padEnd(10)} expected ${String(miss.expectedTopic ?? '-').padStart(2)}  got ${ranked}  ` +
        `bio ${miss.biomedicalScore.toFixed(2)} fm ${miss.foundationModelScore.toFixed(2)}${scope}`,
    );
  }
}
