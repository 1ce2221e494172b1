// From a meeting: open the whiteboard of one of its agenda's cases, with the meeting attached so the
// snapshots taken there belong to this meeting.
import { useId, useState } from 'react';
import { useOpenBoard } from './open-board';

interface Props {
  meetingId: number;
  caseNos: readonly string[];
}

export function MeetingBoardPicker({ meetingId, caseNos }: Props) {
  const id = useId();
  const openBoard = useOpenBoard();
  const [caseNo, setCaseNo] = useState('');
  if (!openBoard || caseNos.length === 0) return null;
  const chosen = caseNos.includes(caseNo) ? caseNo : caseNos[0]!;
  return (
    <div className="form-row">
      <label htmlFor={`${id}-case`}>ホワイトボードを開く</label>
      <select id={`${id}-case`} value={chosen} onChange={(e) => setCaseNo(e.target.value)}>
        {caseNos.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      <button type="button" onClick={() => openBoard({ caseNo: chosen, meetingId })}>
        ホワイトボードを開く
      </button>
    </div>
  );
}
