// The handout's tables, cell by cell: the DOCX writer and the print view lay out the same rows, so what
// each says is decided once, here.
import { NONE, type HandoutCase, type HandoutGroup, type HandoutLine } from './handout-types';

export const AGENDA_COLUMNS = ['番号', '事例', '区分', '年齢', '重症度', '主担当機関', '取り上げる理由'] as const;
export const HOLD_COLUMNS = ['事例', '取り上げる理由'] as const;
export const REPORT_COLUMNS = ['報告日', '報告機関', '欠席', '外傷', '安全スケール', '家庭状況・所見'] as const;

export function reasonsText(item: HandoutCase): string {
  return item.reasons.join('、') || NONE;
}

/** The rows of a group's agenda table (保留 has its own, shorter columns). */
export function agendaRows(group: HandoutGroup): string[][] {
  return group.group === 'hold'
    ? group.items.map((item) => [item.label, reasonsText(item)])
    : group.items.map((item) => [
        String(item.no ?? ''),
        item.label,
        item.classification,
        item.age,
        item.risk,
        item.leadAgency,
        reasonsText(item),
      ]);
}

/** The label/value lines of a case's detail table, with the 事務局案 last for 確認 cases. */
export function caseDetailLines(item: HandoutCase): HandoutLine[] {
  const lines: HandoutLine[] = [
    { label: '区分', value: item.classification },
    { label: '年齢（会議日時点）', value: item.age },
    ...(item.dueDate ? [{ label: '出産予定日', value: item.dueDate }] : []),
    { label: '重症度', value: item.risk },
    { label: '虐待の種類', value: item.abuseTypes },
    { label: '主担当機関', value: item.leadAgency },
    { label: '取り上げる理由', value: reasonsText(item) },
    { label: '支援方針', value: item.policy },
    { label: '次回確認時期', value: item.nextReview },
  ];
  if (item.draft) {
    const draft = [
      `方針：${item.draft.policy}`,
      `次回確認時期：${item.draft.nextReview}`,
      `主担当機関：${item.draft.leadAgency}`,
    ];
    if (item.draft.note) draft.push(`備考：${item.draft.note}`);
    lines.push({ label: '事務局案', value: draft.join('\n') });
  }
  return lines;
}

export function reportRows(item: HandoutCase): string[][] {
  return item.reports.map((r) => [
    r.period ? `${r.date}\n（${r.period}）` : r.date,
    r.agency,
    r.absences,
    r.injury,
    r.safety,
    r.note,
  ]);
}
