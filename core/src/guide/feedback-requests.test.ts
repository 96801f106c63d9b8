import { describe, expect, it } from 'vitest';
import { parseFeedbackUpdate, parseNewFeedback } from './feedback-requests.ts';

const field = (r: { ok: boolean; field?: string }) => (r.ok ? null : (r.field ?? ''));

describe('feedback request bodies', () => {
  it('a new message: non-empty trimmed text, an app path as screen, a short version', () => {
    expect(parseNewFeedback({ text: ' Кнопка не видна ', screen: '/org/school-004' })).toEqual({
      ok: true,
      value: { text: 'Кнопка не видна', screen: '/org/school-004', appVersion: null },
    });
    expect(field(parseNewFeedback({ text: '   ' }))).toBe('text');
    expect(field(parseNewFeedback({ text: 'x'.repeat(4001) }))).toBe('text');
    expect(field(parseNewFeedback({ text: 'a', screen: '/org?id=1' }))).toBe('screen');
    expect(field(parseNewFeedback({ text: 'a', appVersion: 'v'.repeat(65) }))).toBe('appVersion');
    expect(field(parseNewFeedback(null))).toBe('text');
  });

  it('an update: a known status and an answer of bounded length, nothing else', () => {
    expect(parseFeedbackUpdate({ status: 'accepted', answer: ' Исправим ', x: 1 })).toEqual({
      ok: true,
      value: { status: 'accepted', answer: 'Исправим' },
    });
    expect(parseFeedbackUpdate({})).toEqual({ ok: true, value: {} });
    expect(field(parseFeedbackUpdate({ status: 'done' }))).toBe('status');
    expect(field(parseFeedbackUpdate({ answer: 'x'.repeat(4001) }))).toBe('answer');
    expect(field(parseFeedbackUpdate([]))).toBe('');
  });
});
