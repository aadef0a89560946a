/**
 * At most `size` tasks at once, the rest waiting in arrival order, at most `queueLimit` of them: the
 * heavy pool's own queue, so that a task's time limit starts when it runs, not while it waits behind
 * others (three large uploads at once used to time out the third before it started).
 */
export class TaskSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly size: number,
    private readonly queueLimit: number,
  ) {}

  /** Resolves with the release function once a slot is free; null at once when the queue is full. */
  async take(): Promise<(() => void) | null> {
    if (this.running < this.size) {
      this.running++;
      return this.releaser();
    }
    if (this.waiting.length >= this.queueLimit) return null;
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    return this.releaser(); // the slot was handed over by the task that finished
  }

  get load() {
    return { running: this.running, waiting: this.waiting.length };
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    };
  }
}
