// セキュリティ・操作ログ: the operator name, the idle lock, the passphrase change and the 操作ログ in one place.
import { AuditLog } from '../components/security/AuditLog';
import { IdleLockSetting } from '../components/security/IdleLockSetting';
import { PassphraseChange } from '../components/security/PassphraseChange';
import { OperatorName } from '../components/meeting/OperatorName';
import type { SettingsState } from '../hooks/useSettings';

export function SecurityScreen({ settings }: { settings: SettingsState }) {
  return (
    <main className="security-screen">
      <h1>セキュリティ・操作ログ</h1>
      <OperatorName settings={settings} />
      <IdleLockSetting settings={settings} />
      <PassphraseChange />
      <AuditLog />
    </main>
  );
}
