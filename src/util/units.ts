/**
 * Which code units a line contains, answered by a table read. Lexicon loops search every line for
 * the words of every entry (the items of each fixed formulation, the head of each fixed wording):
 * a line lacks nearly all of them, yet each `indexOf` scans the whole line to say so. Marking the
 * line's units once and asking whether a word's first and last units occur skips those scans; a
 * word whose units are there is searched as before, so the hits are the same. Browser-safe.
 *
 * One table for the process, stamped with a generation number per marked text: nothing is cleared
 * between lines. A presence made for one text re-marks it when another text was marked since, so
 * interleaved uses stay correct (only slower).
 */
/** Bytes, not words: 64 KiB stays in a fast cache; cleared every 255 texts. */
const stamp = new Uint8Array(65536);
let generation = 0;
/** Bumped when the generations wrap around (the table is cleared then): a presence of an older epoch is stale. */
let epoch = 0;

function mark(text: string): number {
  if (generation === 255) {
    stamp.fill(0);
    generation = 0;
    epoch++;
  }
  const g = ++generation;
  for (let i = 0; i < text.length; i++) stamp[text.charCodeAt(i)] = g;
  return g;
}

export class UnitPresence {
  private marked = 0;
  private markedEpoch = -1;

  constructor(readonly text: string) {}

  /** False when `word` cannot occur in the text (its first or last unit is absent); true otherwise. */
  mayContain(word: string): boolean {
    if (word.length === 0) return true;
    if (this.marked !== generation || this.markedEpoch !== epoch) {
      this.marked = mark(this.text);
      this.markedEpoch = epoch;
    }
    return stamp[word.charCodeAt(0)] === this.marked && stamp[word.charCodeAt(word.length - 1)] === this.marked;
  }
}

let last: UnitPresence | undefined;

/**
 * The presence for `text`, the same one as for the previous call when the text is the same (one
 * rule asks about a line from several helpers: the line is marked once).
 */
export function unitsOf(text: string): UnitPresence {
  if (last?.text !== text) last = new UnitPresence(text);
  return last;
}

/**
 * A table of code-unit classes: for each [characters, bit], the bit set at each character's code
 * unit (BMP characters). The splitters read one byte per character instead of a Set look-up per
 * class.
 */
export function unitClasses(classes: ReadonlyArray<readonly [string, number]>): Uint8Array {
  const table = new Uint8Array(65536);
  for (const [chars, bit] of classes) for (const ch of chars) table[ch.charCodeAt(0)]! |= bit;
  return table;
}
