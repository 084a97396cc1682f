// The JSON-RPC messages of a Streamable HTTP response sent as server-sent events, read as they
// arrive (a test can answer a question while the call that asked it still streams).

/** A JSON-RPC message as the tests read it. */
export type SseMessage = { id?: unknown; method?: string; params?: any; result?: any };

/** The messages of an SSE response, in order: each event's `data:` lines joined, as JSON. */
export async function* sseMessages(response: Response): AsyncGenerator<SseMessage> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    for (let cut = buffer.indexOf('\n\n'); cut >= 0; cut = buffer.indexOf('\n\n')) {
      const data = buffer
        .slice(0, cut)
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trim())
        .join('\n');
      buffer = buffer.slice(cut + 2);
      if (data) yield JSON.parse(data) as SseMessage;
    }
  }
}
