/** Why a feed could not be used. `network`, `http` and `timeout` are worth a retry; `parse` and `schema` need a fixed feed. */
export type FeedErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'schema';

/** A feed failure with a kind a widget can act on and a message a web editor understands. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly url?: string,
    readonly status?: number,
  ) {
    super(message);
  }
}
