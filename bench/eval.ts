/**
 * `npm run eval`: measures the analysers on the labelled public data in
 * ../shared/data (or EVAL_DATA_DIR) and writes every mistake to
 * eval-mistakes.tsv for study.
 */
import fs from 'node:fs';
import { evalNewsSd, evalPolnear } from './eval-claims';
import { evalCloughStevenson } from './eval-reuse';

const mistakes: string[] = [];
evalCloughStevenson(mistakes);
evalPolnear(mistakes);
evalNewsSd(mistakes);
fs.writeFileSync('eval-mistakes.tsv', `${mistakes.join('\n')}\n`);
console.log(`\n${mistakes.length} mistakes written to eval-mistakes.tsv`);
