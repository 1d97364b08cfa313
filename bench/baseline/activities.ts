/** The baseline's no-op activity; it notes when it ran, so the fan-out figure sees the last timer land. */
export const noopCompletions: Array<{ index: number; at: number }> = [];

export const baselineActivities = {
  async noop(index: number): Promise<void> {
    noopCompletions.push({ index, at: Date.now() });
  },
};
