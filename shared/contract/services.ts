// services.*: 家庭支援事業 records (shared/services/family-service.ts) — per case and service, the 利用勧奨, 措置,
// 利用開始 / 利用終了 and the move back to the family's own application, with their status and history; and
// the year's counts per service. A step the rules refuse answers 'invalid_input' with their Japanese reason.
import { z } from 'zod';
import {
  providerText,
  serviceName,
  stepInputSchema,
  type FamilyServiceRecord,
  type ServiceStatus,
} from '../services/family-service';
import type { ServiceYearRow } from '../services/family-service-year';
import { method, result } from './method';

export interface ServiceEvent {
  id: number;
  recordId: number;
  at: string;
  by: string;
  action: string;
  detail: string | null;
}

export type ServiceRecordView = FamilyServiceRecord & { status: ServiceStatus | null };

/** A case's records with their status, its events (newest first) and the services a new record may name. */
export interface CaseServices {
  caseNo: string;
  records: ServiceRecordView[];
  events: ServiceEvent[];
  choices: string[];
}

const id = z.number().int().positive();
const caseNo = z.string().trim().min(1).max(100);

export const servicesMethods = {
  'services.list': method(z.object({ caseNo }).strict(), result<CaseServices>()),
  'services.get': method(z.object({ id }).strict(), result<{ record: ServiceRecordView; events: ServiceEvent[] }>()),
  /** A new record with its first step (a service already open for the case is refused: add a step to it). */
  'services.create': method(
    z.object({ caseNo, service: serviceName, provider: providerText, step: stepInputSchema }).strict(),
    result<CaseServices>(),
  ),
  'services.addStep': method(z.object({ recordId: id, step: stepInputSchema }).strict(), result<CaseServices>()),
  'services.setProvider': method(z.object({ recordId: id, provider: providerText }).strict(), result<CaseServices>()),
  /** Only a step typed by hand, and only the record's latest: a write-back's steps go with its undo. */
  'services.removeStep': method(z.object({ stepId: id }).strict(), result<CaseServices>()),
  /** The fiscal year's counts per service (2024 = 2024-04 … 2025-03). */
  'services.summary': method(
    z.object({ fiscalYear: z.number().int().min(1989).max(2200) }).strict(),
    result<{ rows: ServiceYearRow[] }>(),
  ),
} as const;
