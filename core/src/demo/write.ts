// Writes a demo primary organization into its document through OrgDoc (schema version
// set by migrate), in one transaction.
import * as Y from 'yjs';
import { OrgDoc } from '../doc/org-doc.ts';
import { migrate } from '../doc/schema.ts';
import { isPassportField } from '../model/passport.ts';
import type { DemoPrimary } from './generate.ts';

export function writeDemoPrimary(ydoc: Y.Doc, primary: DemoPrimary): void {
  const doc = new OrgDoc(ydoc);
  ydoc.transact(() => {
    migrate(ydoc);
    for (const [field, value] of Object.entries(primary.passport)) {
      if (isPassportField(field) && value) doc.setPassportField(field, value);
    }
    for (const member of primary.members) doc.addMember(member.id, member.fields);
  });
}
