// Where the outbox is on /offline, for links to it from the shell (sign-out's notice), which should not load
// the outbox itself.
export const OUTBOX_ANCHOR = 'outbox';
