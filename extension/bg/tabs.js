// Per-tab status reported by the content script (boxes watched, worst verdict).
export const tabHandlers = {};
