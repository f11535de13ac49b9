import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface KioskHost extends ReactiveControllerHost, HTMLElement {
  /** Assisted use on a shared device. */
  kiosk: boolean;
  /** Seconds without activity before the next person gets a fresh screen. */
  idleReset: number;
}

const ACTIVITY = ['pointerdown', 'keydown', 'input'] as const;

/**
 * A shared tablet at a meeting: after `idle-reset` seconds without a touch or a key, the host
 * is reset for the next person (`onIdle`), so nobody finds what the previous one typed or chose.
 * Does nothing unless the host's `kiosk` is on.
 */
export class KioskController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: KioskHost,
    private readonly onIdle: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ACTIVITY) this.host.addEventListener(type, this.onActivity);
  }

  hostDisconnected(): void {
    for (const type of ACTIVITY) this.host.removeEventListener(type, this.onActivity);
    clearTimeout(this.timer);
  }

  /** (Re)starts the countdown to the reset, e.g. when a receipt is shown. */
  arm(): void {
    if (!this.host.kiosk) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.host.kiosk) this.onIdle();
    }, Math.max(1, this.host.idleReset) * 1000);
  }

  private onActivity = () => this.arm();
}
