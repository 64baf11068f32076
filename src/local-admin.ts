/**
 * The local administrator: who the CLI acts as without `--user`, and whom `npm start` in local mode (no Lark)
 * signs in to the dashboard. Not an open_id Lark ever gives, so it never stands for a real person.
 */
export const LOCAL_ADMIN = 'local-admin';
