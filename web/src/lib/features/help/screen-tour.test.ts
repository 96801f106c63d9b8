import { describe, expect, it } from 'vitest';
import { screenTour } from './screen-tour.ts';

describe('screenTour', () => {
  it('replays the tour the screen names, else the organization tab’s', () => {
    expect(screenTour({ tab: undefined, tour: 'forms' })).toBe('forms');
    expect(screenTour({ tab: undefined, tour: 'dashboard' })).toBe('dashboard');
    expect(screenTour({ tab: 'passport', tour: undefined })).toBe('passport');
    expect(screenTour({ tab: 'members', tour: undefined })).toBe('grid');
    expect(screenTour({ tab: 'positions', tour: undefined })).toBeUndefined();
    expect(screenTour({ tab: undefined, tour: undefined })).toBeUndefined();
  });
});
