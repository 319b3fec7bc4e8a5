// Per-host concurrency and request rate for everything apply sends to vendors, so no host sees a burst.
import PQueue from 'p-queue';

export interface HostLimits {
  readonly concurrency?: number;
  readonly requests_per_second?: number;
}

export const DEFAULT_HOST_CONCURRENCY = 4;

export class HostLimiter {
  private readonly queues = new Map<string, PQueue>();

  constructor(private readonly limits: Readonly<Record<string, HostLimits>> = {}) {}

  /** Runs `task` when the host has a free slot and its rate allows another request. */
  schedule<T>(host: string, task: () => Promise<T>): Promise<T> {
    return this.queueFor(host.toLowerCase()).add(task, { throwOnTimeout: true }) as Promise<T>;
  }

  private queueFor(host: string): PQueue {
    let queue = this.queues.get(host);
    if (!queue) {
      // Limits are configured by host name; a host:port entry wins when both exist.
      const limits = this.limits[host] ?? this.limits[host.replace(/:\d+$/, '')] ?? {};
      const rate = limits.requests_per_second;
      // One start per 1/rate seconds: smooth spacing, never a burst at the start of a window.
      queue = new PQueue({
        concurrency: limits.concurrency ?? DEFAULT_HOST_CONCURRENCY,
        ...(rate ? { intervalCap: 1, interval: Math.max(1, Math.round(1000 / rate)) } : {}),
      });
      this.queues.set(host, queue);
    }
    return queue;
  }
}
