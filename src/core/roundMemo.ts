/**
 * Values computed from keys (texts), kept from one check to the next. A check is a round: what
 * was not asked for during a round is forgotten when it ends, so memory follows the current
 * document rather than its editing history.
 */
export class RoundMemo<Key, Value> {
  // One map with the round each entry was last used in: a hit costs one lookup, where a map per
  // round costs a lookup in each and an insertion.
  private readonly entries = new Map<Key, { value: Value; round: number }>();
  private round = 0;

  /**
   * `keyToKeep` gives the key stored with a new value when the one looked up should not be kept
   * (a slice of a larger string keeps all of that string in memory).
   */
  get(key: Key, compute: (key: Key) => Value, keyToKeep?: (key: Key) => Key): Value {
    const entry = this.entries.get(key);
    if (entry) {
      entry.round = this.round;
      return entry.value;
    }
    const kept = keyToKeep ? keyToKeep(key) : key;
    const value = compute(kept);
    this.entries.set(kept, { value, round: this.round });
    return value;
  }

  /** Ends the round: forgets every entry it did not use. */
  endRound(): void {
    for (const [key, entry] of this.entries) if (entry.round !== this.round) this.entries.delete(key);
    this.round++;
  }
}
