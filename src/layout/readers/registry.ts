/**
 * Every layout reader. Add a family: write its file in this folder (detect + read), list it here, and
 * put the words that mark it in FAMILY_WORDS (vocabulary.ts). test/layout/readers.test.ts checks that
 * every reader file is listed. The order breaks ties: the first of equally confident readers reads.
 */
import { reader as multiProject } from './multi-project';
import { reader as tree } from './tree';
import { reader as flat } from './flat';
import { reader as ministry2015 } from './ministry2015';
import { reader as transfer } from './transfer';
import { reader as approval } from './approval';
import { reader as core2021 } from './core2021';
import { reader as generic } from './generic';
import type { LayoutReader, TableContext } from './types';

export const READERS: readonly LayoutReader[] = [
  multiProject,
  tree,
  flat,
  ministry2015,
  transfer,
  approval,
  core2021,
  generic,
];

/** The most confident reader of a table (every table has one: generic or flat read what others decline). */
export function chooseReader(table: TableContext): LayoutReader {
  let best: LayoutReader | null = null;
  let bestScore = -1;
  for (const r of READERS) {
    const score = r.detect(table);
    if (score !== null && score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best ?? generic;
}
