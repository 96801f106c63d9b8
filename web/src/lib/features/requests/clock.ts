// The browser's clock as an ISO time (when a chair marks an answer ready).
export const nowIso = (): string => new Date().toISOString();
