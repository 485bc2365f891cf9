// A full garbage collection in the server, through its inspector (Chrome DevTools Protocol). RSS read
// straight after a load run depends on where V8 is in its collection cycle (±20% here); after a full
// collection it reflects what the server keeps, which is what a leak would grow. Needs Node's
// WebSocket: run with --experimental-websocket on Node 20 (the npm script does).

type Target = { webSocketDebuggerUrl?: string };

async function debuggerUrl(inspectPort: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${inspectPort}/json/list`);
  const targets = (await res.json()) as Target[];
  const url = targets[0]?.webSocketDebuggerUrl;
  if (!url) throw new Error(`no inspector target on port ${inspectPort}`);
  return url;
}

function call(url: string, method: string): Promise<void> {
  if (typeof WebSocket === "undefined") throw new Error("no WebSocket: run node with --experimental-websocket");
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const timer = setTimeout(() => (socket.close(), reject(new Error(`${method} timed out`))), 30_000);
    socket.onopen = () => socket.send(JSON.stringify({ id: 1, method }));
    socket.onerror = () => (clearTimeout(timer), reject(new Error(`inspector connection to ${url} failed`)));
    socket.onmessage = (event: MessageEvent) => {
      if ((JSON.parse(String(event.data)) as { id?: number }).id !== 1) return;
      clearTimeout(timer);
      socket.close();
      resolve();
    };
  });
}

/** Two full collections (the first may leave finalizers that free more on the second). */
export async function collectGarbage(inspectPort: number): Promise<void> {
  const url = await debuggerUrl(inspectPort);
  await call(url, "HeapProfiler.collectGarbage");
  await call(url, "HeapProfiler.collectGarbage");
}
