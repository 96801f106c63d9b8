// The elections calendar covers every elected post held with a term — the committee, the
// audit commission, профорги and уполномоченные as well as chairs and deputies — from the
// organizations' position records, soonest first; posts ended or ending later than the
// window are not in it; a holder removed from the register or transferred out leaves the
// calendar and the chairs' card index without the post being ended by hand. Real SQLite,
// real documents through ChairIndex.indexDoc.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { OrgDoc, calendarDate } from '@profgrid/core';
import { Positions, addMonths } from '@profgrid/core/positions';
import type { PositionRole } from '@profgrid/core/positions';
import { openSqlite } from '../store/sqlite-db.ts';
import { sqliteSql } from '../store/sqlite-sql.ts';
import { ChairIndex } from './chair-index.ts';
import { SqlOrgRegistry } from './org-registry.ts';

const dir = mkdtempSync(join(tmpdir(), 'profgrid-elections-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('elections calendar', () => {
  it('lists every elected post whose term ends within the window, soonest first', async () => {
    const db = openSqlite(dir);
    try {
      const sql = sqliteSql(db);
      const registry = await SqlOrgRegistry.open(sql);
      const org = (id: string, parentId: string | null) => ({
        id,
        parentId,
        name: `Организация ${id}`,
        shortName: id,
        level: parentId ? ('primary' as const) : ('local' as const),
        institutionType: parentId ? ('school' as const) : null,
      });
      await registry.insertMany([org('city', null), org('s1', 'city'), org('s2', 'city')]);
      const index = new ChairIndex(sql, registry);
      const today = calendarDate(Date.now());
      const start = addMonths(today, -30);
      let n = 0;
      const add = (doc: Y.Doc, role: PositionRole, name: string, months: number, ended = '') =>
        expect(
          new Positions(doc).add({
            id: `p${++n}`,
            role,
            holder: { orgId: 's1', memberId: `m${n}`, name },
            start,
            termEnd: addMonths(today, months),
            ended,
            basis: '',
            author: '',
            recordedAt: '',
          }),
        ).toEqual({ ok: true });
      const s1 = new Y.Doc();
      add(s1, 'committee', 'Членова Мария', 2);
      add(s1, 'audit', 'Ревизова Ольга', 4);
      add(s1, 'labour-safety', 'Охранов Пётр', 10);
      add(s1, 'profgroup-organizer', 'Профоргова Анна', -1);
      add(s1, 'deputy', 'Бывшая Зоя', 1, addMonths(today, -2));
      const s2 = new Y.Doc();
      add(s2, 'chair', 'Председателева Нина', 3);
      await index.indexDoc('s1', s1);
      await index.indexDoc('s2', s2);

      const due = await index.elections(['city', 's1', 's2'], today, 6);
      expect(due.map((d) => [d.role, d.name, d.orgId])).toEqual([
        ['profgroup-organizer', 'Профоргова Анна', 's1'],
        ['committee', 'Членова Мария', 's1'],
        ['chair', 'Председателева Нина', 's2'],
        ['audit', 'Ревизова Ольга', 's1'],
      ]);
      // only the organizations asked for
      expect((await index.elections(['s2'], today, 6)).map((d) => d.name)).toEqual([
        'Председателева Нина',
      ]);
      // ending a post takes it out of the calendar
      expect(new Positions(s1).end('p1', today)).toEqual({ ok: true });
      await index.indexDoc('s1', s1);
      const after = await index.elections(['s1'], today, 6);
      expect(after.map((d) => d.name)).toEqual(['Профоргова Анна', 'Ревизова Ольга']);
    } finally {
      db.close();
    }
  });

  it('a holder removed or transferred out leaves the card index and the calendar, the post not ended', async () => {
    const db = openSqlite(mkdtempSync(join(dir, 'left-')));
    try {
      const sql = sqliteSql(db);
      const registry = await SqlOrgRegistry.open(sql);
      await registry.insertMany([
        {
          id: 's1',
          parentId: null,
          name: 'Школа № 1',
          shortName: 's1',
          level: 'primary',
          institutionType: 'school',
        },
      ]);
      const index = new ChairIndex(sql, registry);
      const today = calendarDate(Date.now());
      const yesterday = calendarDate(Date.now() - 86_400_000);
      const doc = new OrgDoc(new Y.Doc());
      doc.setPassportField('chairName', 'Паспортная Вера');
      const meta = { author: 't', recordedAt: 'x' };
      for (const [id, surname] of [
        ['chair', 'Председателева'],
        ['deputy', 'Заместителева'],
        ['audit', 'Ревизова'],
      ] as const) {
        doc.addMember(
          id,
          { surname, name: 'Анна' },
          { id: `${id}-j`, date: '2015-01-01', ...meta },
        );
        const role: PositionRole = id;
        expect(
          new Positions(doc.ydoc).add({
            id: `p-${id}`,
            role,
            holder: { orgId: 's1', memberId: id, name: `${surname} Анна` },
            start: addMonths(today, -30),
            termEnd: addMonths(today, 3),
            ended: '',
            basis: '',
            ...meta,
          }),
        ).toEqual({ ok: true });
      }
      await index.indexDoc('s1', doc.ydoc);
      const cards = async () => (await index.search(['s1'], '', 10)).map((c) => c.role);
      const due = async () => (await index.elections(['s1'], today, 6)).map((d) => d.role);
      expect(await cards()).toEqual(['chair', 'deputy']);
      expect((await due()).sort()).toEqual(['audit', 'chair', 'deputy']);

      // The chair is removed from the register; the deputy moves to another school.
      expect(
        doc.removal(
          'chair',
          { id: 'chair-l', date: yesterday, reason: 'own-will', ...meta },
          today,
        ),
      ).toMatchObject({ ok: true });
      const out = { id: 'deputy-l', date: today, reason: 'transferred', transferId: 't1', ...meta };
      expect(doc.removal('deputy', out, today)).toMatchObject({ ok: true });
      await index.indexDoc('s1', doc.ydoc);
      // Nobody ended the posts; yet neither holder is in the index nor the calendar, and the
      // passport's chair does not come back in their place.
      expect(new Positions(doc.ydoc).list().every((p) => p.ended === '')).toBe(true);
      expect(await cards()).toEqual([]);
      expect(await due()).toEqual(['audit']);

      // Restored to the register the next day: back in both.
      expect(
        doc.restore('chair', { id: 'chair-r', date: today, reason: '', ...meta }, today),
      ).toMatchObject({ ok: true });
      await index.indexDoc('s1', doc.ydoc);
      expect(await cards()).toEqual(['chair']);
      expect((await due()).sort()).toEqual(['audit', 'chair']);
    } finally {
      db.close();
    }
  });
});
