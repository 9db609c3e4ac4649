// What a webhook request answers, as the queue and the request itself (./webhook-post.ts) both
// see it: the types alone, so the two import them from here and not from each other.

export interface PostResult {
  status: number;
  /** First bytes of the answer, for the failure reason (at most a few KB: ./webhook-post.ts). */
  text: string;
  /** The reply was longer than what was read. */
  cut?: boolean;
  /** The server answered with a redirect, which is never followed. */
  redirected?: boolean;
  location?: string;
}

/** Sends one delivery; throws on a network failure (offline, refused connection, timeout). */
export type Post = (url: string, body: string, headers: Record<string, string>) => Promise<PostResult>;
