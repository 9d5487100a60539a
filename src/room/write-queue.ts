// One writer, in order, with group commit: edits that arrive while a write is
// on disk are applied together in the next write. Forty phones voting in the
// same second then cost a few fsyncs, not forty, and each vote is still
// acknowledged only once the file holding it is durable.
type Edit = (text: string) => string;

interface Pending {
  edit?: Edit;
  task?: () => Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

export class WriteQueue {
  private pending: Pending[] = [];
  private running: Promise<void> | undefined;

  /** `write` applies the edits in order and saves once; it returns, per edit, the error that edit threw (or undefined). */
  constructor(private readonly write: (edits: Edit[]) => Promise<unknown[]>) {}

  /** Applies `edit` to the file's text in the next write; resolves once it is on disk. */
  edit(edit: Edit): Promise<void> {
    return this.push({ edit });
  }

  /** Runs `task` (e.g. the sidecar write) in turn with the file's writes. */
  run(task: () => Promise<void>): Promise<void> {
    return this.push({ task });
  }

  async drain(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  private push(p: Omit<Pending, 'resolve' | 'reject'>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ ...p, resolve, reject });
      this.running ??= this.loop();
    });
  }

  private async loop(): Promise<void> {
    // Done is said in the same turn as nothing pending is found. Said a tick later (a `.finally` on this
    // promise), an edit pushed in between, by a caller resuming from its own write, found the loop still
    // running and waited for the next edit to come along, or forever.
    try {
      while (this.pending.length) {
        const batch = this.pending;
        this.pending = [];
        // Consecutive edits go in one write; a task ends the group.
        let i = 0;
        while (i < batch.length) {
          const group: Pending[] = [];
          while (i < batch.length && batch[i]?.edit) group.push(batch[i++] as Pending);
          if (group.length) await this.writeGroup(group);
          const task = batch[i];
          if (task?.task) {
            i++;
            await this.settle([task], task.task);
          }
        }
      }
    } finally {
      this.running = undefined;
    }
  }

  /** One bad edit (it throws) must not sink the others in its group; a failed save fails them all. */
  private async writeGroup(group: Pending[]): Promise<void> {
    try {
      const errors = await this.write(group.map((p) => p.edit as Edit));
      group.forEach((p, i) => (errors[i] === undefined ? p.resolve() : p.reject(errors[i])));
    } catch (error) {
      for (const p of group) p.reject(error);
    }
  }

  private async settle(group: Pending[], work: () => Promise<void>): Promise<void> {
    try {
      await work();
      for (const p of group) p.resolve();
    } catch (error) {
      for (const p of group) p.reject(error);
    }
  }
}
