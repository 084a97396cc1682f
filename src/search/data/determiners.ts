// Data: the words that only say whose or which thing a phrase is about. A vocabulary or concept
// phrase written with one of them ("inside a running container", "share my subnets") also
// matches a query that uses another or none ("inside the running container", "share our
// subnets", "share this subnet"): people vary these words freely, and they never change which
// AWS resource is meant. Phrases are matched word for word, so without this each variant
// would need its own entry.

export const DETERMINERS: readonly string[] = [
  'a',
  'an',
  'the',
  'my',
  'our',
  'your',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
];
