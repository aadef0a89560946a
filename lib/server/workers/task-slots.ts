/**
 * At most `size` tasks at once, the rest waiting in arrival order, at most `queueLimit` of them: the
 * heavy pool's own queue, so that a task's time limit starts when it runs, not while it waits behind
 * others (three large uploads at once used to time out the third before it started).
 *
 * With `perOwner`, one owner (a team) runs at most `running` tasks at once and keeps at most `waiting`
 * waiting: four 30-second edits of one team held both threads of a two-core server, and every other
 * team's imports and PDFs waited behind them (hostile probe of stop 36). A slot that frees goes to the
 * first waiting task whose owner is under its share.
 */
export class TaskSlots {
  private running = 0;
  private readonly waiting: { owner: string; start: () => void; leave: () => void }[] = [];
  private readonly runningBy = new Map<string, number>();
  private readonly waitingBy = new Map<string, number>();

  constructor(
    private readonly size: number,
    private readonly queueLimit: number,
    private readonly perOwner: { running: number; waiting: number } = { running: size, waiting: queueLimit },
  ) {}

  /**
   * Resolves with the release function once a slot is free; null at once when the queue (or the owner's share of it)
   * is full, and null when `cancelled` aborts while the task waits: its place in line goes to the next one.
   */
  async take(owner = "", cancelled?: AbortSignal): Promise<(() => void) | null> {
    if (cancelled?.aborted) return null;
    if (this.running < this.size && this.countOf(this.runningBy, owner) < this.perOwner.running) {
      this.start(owner);
      return this.releaser(owner);
    }
    if (this.waiting.length >= this.queueLimit || this.countOf(this.waitingBy, owner) >= this.perOwner.waiting) return null;
    this.add(this.waitingBy, owner, 1);
    const started = await new Promise<boolean>((resolve) => {
      const task = { owner, start: () => resolve(true), leave: () => resolve(false) };
      this.waiting.push(task);
      cancelled?.addEventListener("abort", () => this.leave(task), { once: true });
    });
    return started ? this.releaser(owner) : null; // started by the task that finished (see next)
  }

  get load() {
    return { running: this.running, waiting: this.waiting.length };
  }

  private start(owner: string) {
    this.running++;
    this.add(this.runningBy, owner, 1);
  }

  private releaser(owner: string): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      this.add(this.runningBy, owner, -1);
      this.next();
    };
  }

  private leave(task: TaskSlots["waiting"][number]) {
    const at = this.waiting.indexOf(task);
    if (at === -1) return; // already started
    this.waiting.splice(at, 1);
    this.add(this.waitingBy, task.owner, -1);
    task.leave();
  }

  /** Starts the first waiting task whose owner is under its share, while a slot is free. */
  private next() {
    while (this.running < this.size) {
      const at = this.waiting.findIndex(({ owner }) => this.countOf(this.runningBy, owner) < this.perOwner.running);
      if (at === -1) return;
      const [task] = this.waiting.splice(at, 1);
      this.add(this.waitingBy, task!.owner, -1);
      this.start(task!.owner);
      task!.start();
    }
  }

  private countOf(counts: Map<string, number>, owner: string): number {
    return counts.get(owner) ?? 0;
  }

  private add(counts: Map<string, number>, owner: string, by: number) {
    const count = (counts.get(owner) ?? 0) + by;
    if (count === 0) counts.delete(owner);
    else counts.set(owner, count);
  }
}
