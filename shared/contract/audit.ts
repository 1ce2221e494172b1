// audit.*: the 操作ログ (who did what and when). What each method records is in shared/audit/actions.ts.
import { z } from 'zod';
import { isoDate } from '../ledger/case';
import { AUDIT_KINDS, type AuditEntry } from '../audit/actions';
import { method, result, type ExportedFile } from './method';

const auditFilter = z.object({
  kind: z.enum(AUDIT_KINDS).optional(),
  actor: z.string().trim().max(100).optional(),
  /** Days (YYYY-MM-DD) in the council's calendar, both included. */
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const auditMethods = {
  /** 操作ログ: who did what and when, newest first (at most 5,000 rows a call). */
  'audit.list': method(auditFilter.strict(), result<{ entries: AuditEntry[]; truncated: boolean }>()),
  /** The 操作ログ (the same filter) as xlsx or CSV; the export is itself logged. */
  'audit.export': method(auditFilter.extend({ format: z.enum(['xlsx', 'csv']) }).strict(), result<ExportedFile>()),
} as const;
