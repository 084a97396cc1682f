// Data: numbers spelt out, two to ten, as people type small counts ("two old images", "add three
// more brokers"). Shared by the readings that count things: many things acted on at once
// (many-r14.ts) and a number of members moved up or down (member-count-r17-siblings.ts).

export const SPELLED_NUMBERS: readonly string[] = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];
