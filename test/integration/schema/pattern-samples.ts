// Hand-written samples for model patterns the generic regex sampler cannot satisfy, keyed by the
// exact pattern string, with the reason each needs one.

export const PATTERN_SAMPLES: Readonly<Record<string, readonly string[]>> = {
  // fsx resource ARNs: lookaheads and a lookbehind, which the sampler does not interpret.
  '^arn:(?=[^:]+:fsx:[^:]+:\\d{12}:)((|(?=[a-z0-9-.]{1,63})(?!\\d{1,3}(\\.\\d{1,3}){3})(?![^:]*-{2})(?![^:]*-\\.)(?![^:]*\\.-)[a-z0-9].*(?<!-)):){4}(?!/).{0,1024}$':
    ['arn:aws:fsx:us-east-1:123456789012:file-system/fs-0123456789abcdef0'],
  // appsync API ARNs: the length bounds (70-75) need a region of 9-14 characters.
  '^arn:aws:appsync:[A-Za-z0-9_/.-]{0,63}:\\d{12}:apis/[0-9A-Za-z_-]{26}$': [
    'arn:aws:appsync:us-east-1:123456789012:apis/abcdefghijklmnopqrstuvwxyz',
  ],
};
