// Data: the reason and the proof every ranking entry carries. `why` says what the entry means to
// a person; `example` is a query and the operation it must find, which the test suite checks.

export interface Reasoned {
  readonly why: string;
  readonly example: readonly [query: string, expected: string];
}
