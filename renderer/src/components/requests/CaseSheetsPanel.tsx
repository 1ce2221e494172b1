// ケースごとの集約: each case asked about in the meeting's requests, with its answered agencies, worries, open
// 聞き取り and lowest 安全スケール; opening one shows its merged sheet and the 聞き取り forms. Names are hidden by
// default, as on the agenda: the backend then sends the masked label and every free text an agency wrote
// scrubbed by the masking policy; unticking 「氏名を隠す」 shows them as written.
import { useId, useState } from 'react';
import { GROUP_LABELS } from '../../../../shared/meeting/types';
import { useBackendQuery } from '../../hooks/useBackendQuery';
import type { DateStyle } from '../../lib/date-style';
import { CaseSheetDetail } from './CaseSheetDetail';
import './case-sheets.css';

interface Props {
  meetingId: number;
  dateStyle: DateStyle;
}

export function CaseSheetsPanel({ meetingId, dateStyle }: Props) {
  const id = useId();
  const [masked, setMasked] = useState(true);
  const [open, setOpen] = useState<string | null>(null);
  const { data, error } = useBackendQuery(
    'casesheets.forMeeting',
    { meetingId, masked },
    { refetchOn: ['assessments.changed', 'agenda.changed', 'ledger.changed'] },
  );
  const cases = data?.cases ?? [];
  return (
    <section className="detail-section case-sheets" aria-labelledby={`${id}-title`}>
      <div className="case-sheets-head">
        <h2 id={`${id}-title`}>ケースごとの集約</h2>
        <label className="check">
          <input type="checkbox" checked={masked} onChange={(e) => setMasked(e.target.checked)} />
          氏名を隠す
        </label>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {data && cases.length === 0 && (
        <p className="muted">まだ依頼がありません。関係機関に依頼すると、回答がケースごとにここへまとまります。</p>
      )}
      {cases.length > 0 && (
        <div className="table-scroll case-sheet-list">
          <table>
            <caption className="visually-hidden">依頼したケースと回答の集約</caption>
            <thead>
              <tr>
                <th scope="col">ケース</th>
                <th scope="col">議題</th>
                <th scope="col" className="num">
                  回答
                </th>
                <th scope="col" className="num">
                  気がかり
                </th>
                <th scope="col" className="num">
                  聞き取り未
                </th>
                <th scope="col" className="num">
                  最低の安全スケール
                </th>
                <th scope="col">未回答の機関</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.caseNo} className={open === c.caseNo ? 'selected' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link"
                      aria-expanded={open === c.caseNo}
                      onClick={() => setOpen(open === c.caseNo ? null : c.caseNo)}
                    >
                      {c.label}
                    </button>
                  </th>
                  <td>{c.group ? GROUP_LABELS[c.group] : '—'}</td>
                  <td className="num">
                    {c.answered}／{c.asked}
                  </td>
                  <td className="num">{c.worries > 0 ? `⚑ ${c.worries}` : '0'}</td>
                  <td className={c.openHearings > 0 ? 'num open-hearings' : 'num'}>{c.openHearings}</td>
                  <td className="num">{c.lowestScale ?? '—'}</td>
                  <td>{c.notAnswered.join('、') || 'なし'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && cases.some((c) => c.caseNo === open) && (
        <CaseSheetDetail meetingId={meetingId} caseNo={open} masked={masked} dateStyle={dateStyle} />
      )}
    </section>
  );
}
