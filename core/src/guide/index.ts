// The guide's wire shapes (entry tasks, feedback), importable as @profgrid/core/guide.
export * from './feedback.ts';
export * from './tasks.ts';
