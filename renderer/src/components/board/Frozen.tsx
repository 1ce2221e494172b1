// Holds its children still while `version` stays the same: the side panel and the offscreen list follow the
// document, but not during a drag (one document change per frame), where re-rendering hundreds of inputs
// and list entries each frame is what made a 500-shape board stutter. They catch up when the drag ends.
import { memo, type ReactNode } from 'react';

export const Frozen = memo(
  function Frozen({ children }: { children: ReactNode; version: number }) {
    return children;
  },
  (before, after) => before.version === after.version,
);
