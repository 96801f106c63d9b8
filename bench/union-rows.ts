// How the union bench writes its figures into the table: milliseconds, KiB, and the
// spread (least … most) of a figure measured over several starts.
export const ms = (x: number) => `${x.toFixed(0)} ms`;
export const kib = (x: number) => `${(x / 1024).toFixed(1)} KiB`;

export const spread = (xs: readonly number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return `${ms(s[0]!)} … ${ms(s.at(-1)!)}`;
};
