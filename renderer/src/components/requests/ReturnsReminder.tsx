// 「督促一覧（Word）」: the agencies that have not (fully) answered with their cases by 登録番号 and 氏名, for the
// secretariat to phone or mail — a file with names, so it is asked for first.
import { useApi } from '../../api-context';
import { ProtectedExport } from '../ProtectedExport';

export function ReturnsReminder({ requestId, disabled }: { requestId: number; disabled: boolean }) {
  const api = useApi();
  return (
    <ProtectedExport
      className="returns-reminder"
      label="督促一覧（Word）"
      title="督促一覧を保存しますか"
      disabled={disabled}
      exportFile={(options) => api.call('returns.reminder', { requestId, ...options })}
    >
      <p>回答がない機関ごとに、回答がないケースの登録番号と氏名を書き出します。取扱注意のファイルです。</p>
    </ProtectedExport>
  );
}
