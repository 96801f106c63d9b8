// Runs a tour with driver.js (a maintained, dependency-free tour library; loaded only when
// a tour starts): Russian buttons, a «Пропустить» button on every step, Esc or × to close.
// Finishing or skipping marks the tour seen for the user. `tour.active` says which runs.
import type { Driver } from 'driver.js';
import { translate } from '../../i18n/index.ts';
import type { Locale } from '@profgrid/core';
import { markTourSeen } from './tour-seen.ts';
import { presentSteps } from './tour-steps.ts';
import type { TourId } from './tour-steps.ts';

class TourRunner {
  active = $state<TourId | null>(null);
  #driver: Driver | null = null;

  async start(id: TourId, userId: string, locale: Locale): Promise<void> {
    if (this.active) return;
    const steps = presentSteps(id, (s) => document.querySelector(s) !== null);
    if (steps.length === 0) return;
    this.active = id;
    const [{ driver }] = await Promise.all([
      import('driver.js'),
      import('driver.js/dist/driver.css'),
      import('./tour.css'),
    ]);
    const tr = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
      translate(locale, key, params);
    // Ends the tour however it ends (done, ×, Esc, «Пропустить»): driver.js calls its
    // onDestroyed only once a step finished highlighting, so this does not rely on it.
    const finish = () => {
      if (this.#driver !== d) return;
      markTourSeen(globalThis.localStorage, userId, id);
      this.#driver = null;
      this.active = null;
    };
    const d: Driver = driver({
      // No animation: weak school PCs, and a click never lands in a transition.
      animate: false,
      showProgress: true,
      progressText: tr('tour.progress', { current: '{{current}}', total: '{{total}}' }),
      nextBtnText: tr('tour.next'),
      prevBtnText: tr('tour.prev'),
      doneBtnText: tr('tour.done'),
      popoverClass: 'pg-tour',
      steps: steps.map((s) => ({
        element: s.element,
        popover: { title: tr(s.title), description: tr(s.text) },
      })),
      onPopoverRender: (popover) => {
        popover.wrapper.setAttribute('data-testid', 'tour-popover');
        popover.nextButton.setAttribute('data-testid', 'tour-next');
        const skip = document.createElement('button');
        skip.type = 'button';
        skip.textContent = tr('tour.skip');
        skip.className = 'pg-tour-skip';
        skip.setAttribute('data-testid', 'tour-skip');
        skip.addEventListener('click', () => {
          finish();
          d.destroy();
        });
        popover.footer.prepend(skip);
      },
      onDestroyStarted: () => {
        finish();
        d.destroy();
      },
      onDestroyed: finish,
    });
    this.#driver = d;
    d.drive();
  }

  stop(): void {
    this.#driver?.destroy();
  }
}

export const tour = new TourRunner();
