import { describe, expect, it } from 'vitest';
import { draftBody, localProblem, requestErrorText } from './draft-body.ts';
import type { SendFields } from './draft-body.ts';

const TODAY = '2026-12-04';
const fields = (over: Partial<SendFields> = {}): SendFields => ({
  title: 'Отопление',
  deadline: '20.12.2026',
  questions: [{ type: 'number', label: 'Членов', required: true, choices: '', prefill: 'members' }],
  scope: 'children',
  selected: [],
  ...over,
});

describe('the send form’s body and refusals in Russian', () => {
  it('builds the body: ISO deadline, choices split, prefill only on numbers, a pick', () => {
    const body = draftBody(
      fields({
        questions: [
          {
            type: 'choice',
            label: 'Кровля',
            required: false,
            choices: 'норма; ремонт',
            prefill: 'members',
          },
        ],
        scope: 'selected',
        selected: ['s1'],
      }),
    );
    expect(body).toEqual({
      title: 'Отопление',
      deadline: '2026-12-20',
      questions: [
        {
          type: 'choice',
          label: 'Кровля',
          required: false,
          choices: ['норма', 'ремонт'],
          prefill: null,
        },
      ],
      recipients: { kind: 'selected', orgIds: ['s1'] },
    });
  });

  it('says what is wrong before sending: past deadline, no question, empty pick, two options', () => {
    expect(localProblem('ru', fields(), TODAY)).toBeNull();
    expect(localProblem('ru', fields({ deadline: '31.02.2027' }), TODAY)).toBe(
      'Такой даты нет: 31.02.2027',
    );
    expect(localProblem('ru', fields({ deadline: '01.12.2026' }), TODAY)).toBe(
      'Срок ответа уже прошёл — укажите сегодняшнюю или более позднюю дату',
    );
    expect(localProblem('ru', fields({ questions: [] }), TODAY)).toBe(
      'В запросе нет ни одного вопроса',
    );
    expect(localProblem('ru', fields({ scope: 'selected' }), TODAY)).toBe(
      'Не выбрано ни одной организации',
    );
    const oneOption = fields({
      questions: [
        { type: 'choice', label: 'Кровля', required: true, choices: 'норма', prefill: '' },
      ],
    });
    expect(localProblem('ru', oneOption, TODAY)).toBe(
      'Вопрос 1: укажите не меньше двух вариантов через «;»',
    );
  });

  it('translates the server’s refusal codes, an unknown question type included', () => {
    const failure = (code: 'request-question-type-unknown' | 'request-deadline-past') =>
      ({ kind: 'api', status: 400, code, message: 'x' }) as const;
    expect(requestErrorText('ru', failure('request-question-type-unknown'))).toBe(
      'Тип ответа в вопросе не поддерживается этой версией — обновите страницу',
    );
    expect(requestErrorText('en', failure('request-deadline-past'))).toBe(
      'The deadline has passed — choose today or later',
    );
  });
});
