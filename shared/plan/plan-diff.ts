// What a 見直し changed: the fields of two versions side by side, in the order the plan prints them, as the
// family and the staff would say them (a support row as one line). Used by the review screen and history.
import type { PlanContent } from './support-plan';

export interface PlanChange {
  label: string;
  before: string | null;
  after: string | null;
}

type Reader = (c: PlanContent) => string | null;

const join = (lines: string[]) => (lines.length === 0 ? null : lines.join('\n'));
const person = (p: { name: string; birthDate: string | null; affiliation: string | null }) =>
  [p.name, p.birthDate, p.affiliation].filter((v) => v !== null && v !== '').join('　');

const FIELDS: readonly (readonly [string, Reader])[] = [
  ['作成日', (c) => c.createdOn],
  ['こども', (c) => join(c.children.map(person))],
  ['保護者', (c) => join(c.guardians.map((g) => [person(g), g.work].filter(Boolean).join('　')))],
  ['出産予定日', (c) => c.pregnancy?.dueDate ?? null],
  ['出産予定の医療機関', (c) => c.pregnancy?.hospital ?? null],
  ['里帰り出産', (c) => c.pregnancy?.homecoming ?? null],
  ['今後の予定', (c) => c.plans],
  ['こどもの気になること・希望すること', (c) => c.childWishes],
  ['保護者の気になること・希望すること', (c) => c.guardianWishes],
  ['一緒に解決を目指していくこと', (c) => c.goals],
  ['対象時期', (c) => (c.period.from || c.period.to ? `${c.period.from ?? ''}〜${c.period.to ?? ''}` : null)],
  [
    '支援の種類及び内容',
    (c) =>
      join(
        c.supports.map((s) =>
          [
            s.service,
            s.who,
            s.role,
            s.monitoring && `モニタリング ${s.monitoring}`,
            s.progress && `達成状況 ${s.progress}`,
          ]
            .filter(Boolean)
            .join('／'),
        ),
      ),
  ],
  ['次回相談時期', (c) => c.nextConsultation],
  [
    '連絡先（母子保健）',
    (c) => [c.contacts.maternal.name, c.contacts.maternal.phone].filter(Boolean).join('　') || null,
  ],
  ['連絡先（児童福祉）', (c) => [c.contacts.welfare.name, c.contacts.welfare.phone].filter(Boolean).join('　') || null],
  ['同意日', (c) => c.consentDate],
];

/** Every field that differs between `before` and `after`, in print order. */
export function planChanges(before: PlanContent, after: PlanContent): PlanChange[] {
  const out: PlanChange[] = [];
  for (const [label, read] of FIELDS) {
    const a = read(before);
    const b = read(after);
    if (a !== b) out.push({ label, before: a, after: b });
  }
  return out;
}
