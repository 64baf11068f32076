// How long what the dashboard signs stays good.

/** A sign-in link from `看板` (or printed at a local start): 10 minutes, and used once. */
export const LINK_MINUTES = 10;

/**
 * A session: a working day, taken as a fixed 10 hours from sign-in (08:30 → 18:30), whatever the hour one
 * signs in at — a meeting-room screen signed in before a late meeting does not go dark in the middle of it.
 */
export const SESSION_HOURS = 10;
