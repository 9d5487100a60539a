export class WriteQueue {
    write;
    pending = [];
    running;
    /** `write` applies the edits in order and saves once; it returns, per edit, the error that edit threw (or undefined). */
    constructor(write) {
        this.write = write;
    }
    /** Applies `edit` to the file's text in the next write; resolves once it is on disk. */
    edit(edit) {
        return this.push({ edit });
    }
    /** Runs `task` (e.g. the sidecar write) in turn with the file's writes. */
    run(task) {
        return this.push({ task });
    }
    async drain() {
        while (this.running)
            await this.running.catch(() => undefined);
    }
    push(p) {
        return new Promise((resolve, reject) => {
            this.pending.push({ ...p, resolve, reject });
            this.running ??= this.loop();
        });
    }
    async loop() {
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
                    const group = [];
                    while (i < batch.length && batch[i]?.edit)
                        group.push(batch[i++]);
                    if (group.length)
                        await this.writeGroup(group);
                    const task = batch[i];
                    if (task?.task) {
                        i++;
                        await this.settle([task], task.task);
                    }
                }
            }
        }
        finally {
            this.running = undefined;
        }
    }
    /** One bad edit (it throws) must not sink the others in its group; a failed save fails them all. */
    async writeGroup(group) {
        try {
            const errors = await this.write(group.map((p) => p.edit));
            group.forEach((p, i) => (errors[i] === undefined ? p.resolve() : p.reject(errors[i])));
        }
        catch (error) {
            for (const p of group)
                p.reject(error);
        }
    }
    async settle(group, work) {
        try {
            await work();
            for (const p of group)
                p.resolve();
        }
        catch (error) {
            for (const p of group)
                p.reject(error);
        }
    }
}
