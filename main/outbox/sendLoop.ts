/**
 * The loop both outboxes are sent by (the city's, main/forwarding/forwarder.ts; the SMS one,
 * main/sms/smsSender.ts): a tick first tidies and takes on new rows, then sends the due ones one
 * after another, each claimed before it leaves. Ticks never overlap — a tick asked for during one
 * gets that one — and once stopped no new send starts, while the one in flight is recorded.
 */
export interface SendLoop<TReport> {
  /** Takes on new rows and sends those due. Ticks never overlap: a tick during a tick waits for it. */
  tick(): Promise<TReport>;
  /** No new sends; resolves when the send in flight (if any) has been recorded. */
  stop(): Promise<void>;
}

export interface SendLoopParts<TReport, TRow> {
  /** What a tick that did nothing reports. */
  empty(): TReport;
  /** Before sending: rows abandoned mid-send are held, new ones taken on; counted in the report. */
  prepare(report: TReport): void;
  /** The rows due now, at most as many as a tick sends. */
  due(): readonly TRow[];
  /** Claims, sends and records one row. */
  sendOne(row: TRow, report: TReport): Promise<void>;
}

export function createSendLoop<TReport, TRow>(parts: SendLoopParts<TReport, TRow>): SendLoop<TReport> {
  let running: Promise<TReport> | null = null;
  let stopped = false;

  async function run(): Promise<TReport> {
    const report = parts.empty();
    parts.prepare(report);
    for (const row of parts.due()) {
      if (stopped) break;
      await parts.sendOne(row, report);
    }
    return report;
  }

  return {
    tick() {
      if (running !== null) return running;
      if (stopped) return Promise.resolve(parts.empty());
      running = run().finally(() => {
        running = null;
      });
      return running;
    },
    async stop() {
      stopped = true;
      await running?.catch(() => {});
    },
  };
}
