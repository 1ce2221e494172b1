// Boards with unsaved edits register how to save them, so locking the app (which closes the database
// session) can save them first; once locked, a save would be refused and the edits lost.
type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

/** Registers a board's flush; returns the unregister function (for an effect's cleanup). */
export function registerPendingSave(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/** Saves every open board; settles when all have tried (a failed save does not stop the others). */
export async function flushPendingSaves(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
