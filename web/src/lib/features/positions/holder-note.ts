// What a post's row says of its holder besides the name: not linked to a register entry,
// removed from the register (date, reason) or transferred (where, when); nothing while
// they are on the register. `tr` is the i18n `t` (passed in: this file stays plain TS).
import { formatRuDate } from '@profgrid/core';
import type { HolderInfo } from '@profgrid/core/positions';
import type { MessageKey } from '../../i18n/dictionary.ts';

type Translate = (key: MessageKey, params?: Record<string, string>) => string;

export function holderNote(info: HolderInfo | 'unlinked' | undefined, tr: Translate): string {
  if (info === undefined) return '';
  if (info === 'unlinked') return tr('positions.unlinked');
  const date = info.date ? formatRuDate(info.date) : '';
  switch (info.state) {
    case 'on-register':
      return '';
    case 'missing':
      return tr('positions.state.missing');
    case 'transferred':
      return tr('positions.state.transferred', { org: info.toOrgName, date });
    case 'removed': {
      const reason = info.reason ? tr(`reason.${info.reason}` as MessageKey) : '';
      const text = tr('positions.state.removed', { date });
      return reason ? `${text} (${reason})` : text;
    }
  }
}
