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
  commitPendingEdits();
  await Promise.allSettled([...flushes].map((flush) => flush()));
}

// Text typed into a board field but not yet in the document (the field commits on Enter or blur). Closing
// the board, locking and snapshots commit it first, so saving never happens past a half-finished field.
type Commit = () => void;

const commits = new Set<Commit>();

/** Registers a field's commit while it is mounted; returns the unregister function. */
export function registerPendingEdit(commit: Commit): () => void {
  commits.add(commit);
  return () => {
    commits.delete(commit);
  };
}

/** Puts every field's typed text into its document now (a field with nothing new does nothing). */
export function commitPendingEdits(): void {
  for (const commit of [...commits]) commit();
}
