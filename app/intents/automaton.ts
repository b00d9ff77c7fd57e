/**
 * Aho–Corasick over integer symbols: every phrase of a grammar found in one
 * left-to-right pass over an utterance. Building costs the total length of the
 * phrases; a scan costs the utterance's length plus the occurrences reported,
 * however many phrases there are — no template is expanded and no regular
 * expression is tried per phrase (Home Assistant's Chinese templates, expanded
 * and tried one by one, once cost tens of thousands of regex evaluations per
 * utterance).
 */
export class PhraseAutomaton {
  private readonly next: Map<number, number>[] = [new Map()];
  /** Patterns that end exactly at a node. */
  private readonly ends: number[][] = [[]];
  private fail: number[] = [0];
  /** The nearest node down the fail chain that ends a pattern, or -1. */
  private output: number[] = [-1];
  private built = false;

  /** Number of trie nodes: at most the total length of the phrases added, plus one. */
  get size(): number {
    return this.next.length;
  }

  add(symbols: readonly number[], pattern: number): void {
    if (this.built) throw new Error('PhraseAutomaton: add after finish');
    let node = 0;
    for (const symbol of symbols) {
      let child = this.next[node]!.get(symbol);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.ends.push([]);
        this.next[node]!.set(symbol, child);
      }
      node = child;
    }
    this.ends[node]!.push(pattern);
  }

  /** Links every node to its longest proper suffix in the trie, breadth first. */
  finish(): void {
    const fail = new Array<number>(this.next.length).fill(0);
    const output = new Array<number>(this.next.length).fill(-1);
    const queue: number[] = [...this.next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [symbol, child] of this.next[node]!) {
        let f = fail[node]!;
        while (f !== 0 && !this.next[f]!.has(symbol)) f = fail[f]!;
        const target = this.next[f]!.get(symbol);
        fail[child] = target !== undefined && target !== child ? target : 0;
        const suffix = fail[child]!;
        output[child] = this.ends[suffix]!.length > 0 ? suffix : output[suffix]!;
        queue.push(child);
      }
    }
    this.fail = fail;
    this.output = output;
    this.built = true;
  }

  /**
   * Reports every occurrence as (pattern, index of its last symbol). A symbol
   * the grammar never uses may be given as -1. Returns the steps taken —
   * transitions tried plus occurrences reported — so tests can bound the cost.
   */
  scan(symbols: readonly number[], found: (pattern: number, last: number) => void): number {
    if (!this.built) this.finish();
    let steps = 0;
    let node = 0;
    symbols.forEach((symbol, index) => {
      for (;;) {
        steps++;
        const child = this.next[node]!.get(symbol);
        if (child !== undefined) {
          node = child;
          break;
        }
        if (node === 0) break;
        node = this.fail[node]!;
      }
      for (let hit = this.ends[node]!.length > 0 ? node : this.output[node]!; hit !== -1; hit = this.output[hit]!) {
        for (const pattern of this.ends[hit]!) {
          steps++;
          found(pattern, index);
        }
      }
    });
    return steps;
  }
}
