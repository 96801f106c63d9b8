// JSON-lines logger. Contract: one JSON object per line on stdout; fields are counts,
// ids of organizations/documents and codes — never personal data (names, phones,
// member fields). Tests replace the sink to capture or silence lines.

export type LogFields = Record<string, string | number | boolean | null>;
export type LogSink = (line: string) => void;

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export function createLogger(sink: LogSink = (line) => process.stdout.write(line + '\n')): Logger {
  const write = (level: string, msg: string, fields: LogFields = {}) =>
    sink(JSON.stringify({ msg, level, time: new Date().toISOString(), ...fields }));
  return {
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
  };
}

/** A logger that drops everything (tests that do not inspect logs). */
export const silentLogger: Logger = createLogger(() => {});
