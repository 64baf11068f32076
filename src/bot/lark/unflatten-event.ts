// The SDK's EventDispatcher hands handlers a flattened event, `{schema, ...header, ...event}` (contract
// §1.7). The long-connection door rebuilds the envelope from it, so both doors read events with the same
// schemas (src/bot/lark/parse-event.ts). In a card callback `token` is the event's delayed-update token
// (the event's fields are spread last), which is the one the bot needs; the header's Verification Token is
// not used over the long connection, where the connection itself is authenticated.

const HEADER_KEYS = ['event_id', 'event_type', 'create_time', 'app_id', 'tenant_key'] as const;

export function unflattenEvent(data: Record<string, unknown>): Record<string, unknown> {
  const header: Record<string, unknown> = {};
  const event: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === 'schema') continue;
    if ((HEADER_KEYS as readonly string[]).includes(key)) header[key] = value;
    else event[key] = value;
  }
  return { schema: data.schema, header, event };
}
