// Hand-written samples for model patterns the generic regex sampler cannot satisfy (with a
// reason each). Keys are the exact pattern strings as they appear in the schema.

export const PATTERN_SAMPLES: Readonly<Record<string, readonly string[]>> = {};
