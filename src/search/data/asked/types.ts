// Data: the words people use when they ask for an operation (see ../asked.ts).

export interface AskedEntry {
  /** `service:Operation`, as the catalog names it. */
  readonly op: string;
  /**
   * How people ask for the operation in everyday words that its name and summary do not use:
   * verbs they say for it, everyday nouns for its resource, the effect they want, the question
   * it answers. Indexed as a field of its own, so any of these words counts, in any order.
   */
  readonly asked: string;
  /** A query written the way a person asks, which must rank `op` in the top five. */
  readonly example: string;
}
