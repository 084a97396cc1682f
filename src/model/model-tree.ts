// What model/source hands to everyone else: a checked-out tree of Smithy models at one commit,
// and the model file chosen for each service directory (newest API version wins).

export interface ModelFileRef {
  /** Upstream directory name of the service (`cloudwatch-logs`, `s3`). */
  readonly directory: string;
  /** API version directory (`2014-03-28`). */
  readonly version: string;
  /** Absolute path of the JSON AST file. */
  readonly path: string;
}

export interface ModelTree {
  /** Root of the checkout in use. */
  readonly root: string;
  /** Full commit sha checked out at `root`. */
  readonly commit: string;
  /** One entry per service directory, sorted by directory. */
  readonly files: readonly ModelFileRef[];
}
