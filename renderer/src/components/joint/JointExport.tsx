// 「名簿をExcelで保存」: the list as a workbook (取扱注意: it holds names), asked for first.
import { useApi } from '../../api-context';
import { ProtectedExport } from '../ProtectedExport';

export function JointExport({ disabled }: { disabled: boolean }) {
  const api = useApi();
  return (
    <ProtectedExport
      label="名簿をExcelで保存"
      title="名簿をExcelで保存しますか"
      disabled={disabled}
      exportFile={(options) => api.call('joint.export', options)}
    >
      <p>名簿の全件を、氏名入りで書き出します。取扱注意のファイルです。</p>
    </ProtectedExport>
  );
}
