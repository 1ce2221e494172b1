/** The one IPC channel that is not a contract method: backend events, main → every window. */
export const EVENT_CHANNEL = 'tsunagu:event';
