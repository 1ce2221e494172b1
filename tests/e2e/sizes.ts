// The screens a meeting room has: projectors at 1280×720 and 1920×1080, and the meeting-room laptop at
// 1366×768. Specs for the room's screens run once per size (`for (const size of ROOM_SIZES)`).
export const ROOM_SIZES = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1366x768', width: 1366, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
] as const;

export type RoomSize = (typeof ROOM_SIZES)[number];

/** Playwright's viewport for a size (the name is only for test titles and screenshot folders). */
export const viewportOf = (size: RoomSize) => ({ width: size.width, height: size.height });
