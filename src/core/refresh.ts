import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RefreshOptions {
  /** Milliseconds between refreshes while they succeed. */
  intervalMs: () => number;
  /** Longest wait after repeated failures (default 5 minutes). */
  maxBackoffMs?: number;
}

/**
 * Live refresh of a document (a poll's results while voting is open): every `intervalMs`
 * while it works, waiting twice as long after each failure (up to `maxBackoffMs`), and not at
 * all while the tab is hidden — a hidden phone tab costs neither data nor battery. When the
 * tab comes back, the refresh runs at once if one was missed.
 */
export class RefreshController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private active = false;
  private missed = false;
  private running = false;
  private failures = 0;
  private abort?: AbortController;

  constructor(
    host: ReactiveControllerHost,
    private readonly refresh: (signal: AbortSignal) => Promise<boolean>,
    private readonly options: RefreshOptions,
  ) {
    host.addController(this);
  }

  get isActive(): boolean {
    return this.active;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  /** Starts refreshing (the first refresh after one interval); does nothing if already on. */
  start(): void {
    if (this.active) return;
    this.active = true;
    this.failures = 0;
    this.schedule(this.options.intervalMs());
  }

  stop(): void {
    this.active = false;
    this.missed = false;
    clearTimeout(this.timer);
    this.abort?.abort(new DOMException('Stopped', 'AbortError'));
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    if (!this.active) return;
    this.timer = setTimeout(() => void this.run(), Math.max(0, delay));
  }

  private async run(): Promise<void> {
    if (!this.active || this.running) return;
    if (document.visibilityState === 'hidden') {
      this.missed = true;
      return;
    }
    this.running = true;
    const abort = (this.abort = new AbortController());
    let ok = false;
    try {
      ok = await this.refresh(abort.signal);
    } catch {
      ok = false;
    } finally {
      this.running = false;
    }
    if (abort.signal.aborted || !this.active) return;
    this.failures = ok ? 0 : this.failures + 1;
    const interval = this.options.intervalMs();
    this.schedule(Math.min(interval * 2 ** this.failures, Math.max(interval, this.options.maxBackoffMs ?? 300_000)));
  }

  private onVisibility = () => {
    if (document.visibilityState !== 'hidden' && this.active && this.missed) {
      this.missed = false;
      void this.run();
    }
  };
}
