import WebSocket from 'ws';

/** A connection to a Node process's inspector: the Chrome DevTools Protocol over a WebSocket. */
export interface Inspector {
  send<T = unknown>(method: string, params?: Record<string, unknown>): Promise<T>;
  close(): void;
}

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

export async function connectInspector(url: string): Promise<Inspector> {
  const socket = new WebSocket(url);
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  const failAll = (error: Error) => {
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  await new Promise<void>((opened, failed) => {
    socket.once('open', opened);
    socket.once('error', failed);
  });
  // A listener for good: ws emits 'error', which with none would throw.
  socket.on('error', failAll);
  socket.on('message', (data) => {
    const reply = JSON.parse(data.toString()) as Reply;
    const call = reply.id === undefined ? undefined : pending.get(reply.id);
    if (call === undefined) return; // an event: none is enabled
    pending.delete(reply.id!);
    if (reply.error) call.reject(new Error(reply.error.message));
    else call.resolve(reply.result);
  });
  socket.on('close', () => failAll(new Error('the inspector closed')));
  let next = 0;
  return {
    send<T>(method: string, params: Record<string, unknown> = {}) {
      const id = ++next;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    close: () => socket.close(),
  };
}

/** What `process.memoryUsage()` reports, in MB. */
export interface ProcessMemory {
  rss: number;
  /** V8's heap as committed: pages it holds, used or not. */
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

/**
 * The process's memory right after full garbage collections, so a sample is not wherever the
 * collector's sawtooth happened to be. Several: one collection can leave garbage that only a weak
 * callback or finalizer of that collection freed (pageHeapMb in memory.ts does the same).
 */
export async function memoryAfterGc(inspector: Inspector): Promise<ProcessMemory> {
  for (let i = 0; i < 3; i++) await inspector.send('HeapProfiler.collectGarbage');
  const { result } = await inspector.send<{ result: { value: string } }>('Runtime.evaluate', {
    expression: 'JSON.stringify(process.memoryUsage())',
    returnByValue: true,
  });
  const usage = JSON.parse(result.value) as NodeJS.MemoryUsage;
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return {
    rss: mb(usage.rss),
    heapTotal: mb(usage.heapTotal),
    heapUsed: mb(usage.heapUsed),
    external: mb(usage.external),
    arrayBuffers: mb(usage.arrayBuffers),
  };
}
