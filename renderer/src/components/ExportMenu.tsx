// 書き出し: a menu button (WAI-ARIA menu pattern). The backend builds the file; the window only saves it.
// What is exported is asked in the confirmation: the rows on screen (「表示中の n 件」) or the whole ledger.
// While a search or filter narrows the table, the rows on screen are the default: a person who filtered to
// 乳幼児 and exports expects that list, and the smaller file is the safer mistake. Without a narrowing both
// are the same, so there is nothing to choose. The same dialog offers an open password for the xlsx (CSV and
// JSON cannot carry one, and say so) and, for CSV, UTF-8 or CP932 with what CP932 would lose before writing.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { CsvEncoding, ExportFormat } from '../../../shared/contract';
import { ledgerCsvRows } from '../../../shared/ledger/csv-rows';
import { cp932Loss, cp932LossMessage } from '../../../shared/text/cp932';
import { FILE_PASSWORD_NOT_FOR_TEXT } from '../../../shared/text/file-password';
import { useApi } from '../api-context';
import { useBackendAction } from '../hooks/useBackendAction';
import { errorMessage } from '../lib/errors';
import { downloadBase64 } from '../lib/files';
import { ConfirmDialog } from './ConfirmDialog';
import { FilePasswordFields, useFilePassword } from './FilePasswordFields';

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'xlsx', label: 'Excel (.xlsx)' },
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'JSON' },
];

interface Props {
  /** The case numbers the table shows, in its order (after search, filters and sort). */
  shown: readonly string[];
  /** Every case in the ledger. */
  total: number;
  /** A search or filter narrows the table. */
  narrowed: boolean;
  onError(message: string | null): void;
}

type Scope = 'shown' | 'all';

export function ExportMenu({ shown, total, narrowed, onError }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<Scope>('shown');
  const { busy, run: runAction } = useBackendAction();
  // The whole ledger with every name leaves the app: asked first, logged by the backend.
  const [asking, setAsking] = useState<ExportFormat | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const api = useApi();
  const [encoding, setEncoding] = useState<CsvEncoding>('utf8');
  const [problem, setProblem] = useState<string | null>(null);
  const password = useFilePassword(() => setProblem(null));
  /** What a CP932 CSV of the chosen rows would lose; computed when CP932 is chosen, before anything is written. */
  const [cp932Warning, setCp932Warning] = useState<string | null>(null);
  const chosenShown = narrowed && scope === 'shown';

  useEffect(() => {
    if (asking !== 'csv' || encoding !== 'cp932') return setCp932Warning(null);
    let current = true;
    void api.call('ledger.list', {}).then(({ cases }) => {
      if (!current) return;
      const wanted = chosenShown ? new Set(shown) : null;
      const chosen = wanted ? cases.filter((c) => wanted.has(c.caseNo)) : cases;
      setCp932Warning(cp932LossMessage(cp932Loss(ledgerCsvRows(chosen))));
    });
    return () => {
      current = false;
    };
  }, [api, asking, encoding, chosenShown, shown]);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  const choose = (format: ExportFormat) => {
    setOpen(false);
    setScope(narrowed ? 'shown' : 'all');
    password.reset();
    setEncoding('utf8');
    setProblem(null);
    setAsking(format);
  };

  const run = (format: ExportFormat) => {
    const wrong = format === 'xlsx' ? password.problem() : null;
    if (wrong) return setProblem(wrong);
    setAsking(null);
    button.current?.focus();
    onError(null);
    // The message is shown by the ledger screen, above the grid, not in the menu.
    const input = {
      format,
      ...(chosenShown ? { caseNos: [...shown] } : {}),
      ...(format === 'xlsx' ? password.input() : {}),
      ...(format === 'csv' && encoding === 'cp932' ? { encoding } : {}),
    };
    password.reset();
    void runAction('ledger.export', input).then((outcome) => {
      if (outcome.ok) downloadBase64(outcome.value.fileName, outcome.value.mimeType, outcome.value.dataBase64);
      else onError(errorMessage(outcome.error));
    });
  };

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false);
      if (event.key === 'Escape') button.current?.focus();
    } else if (step[event.key] !== undefined) {
      event.preventDefault();
      items[(at + (step[event.key] ?? 0) + items.length) % items.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    }
  };

  return (
    <div className="menu-anchor">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-busy={busy}
        // Not disabled while busy: disabling would drop keyboard focus to the page.
        onClick={() => !busy && setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        書き出し
      </button>
      {open && (
        <div ref={menu} role="menu" aria-label="書き出しの形式" className="menu" onKeyDown={onMenuKey}>
          {FORMATS.map(({ format, label }) => (
            <button key={format} type="button" role="menuitem" tabIndex={-1} onClick={() => choose(format)}>
              {label}
            </button>
          ))}
        </div>
      )}
      {asking && (
        <ConfirmDialog
          title={narrowed ? '台帳を書き出しますか' : '台帳全体を書き出しますか'}
          confirmLabel="書き出す"
          onConfirm={() => run(asking)}
          onCancel={() => {
            setAsking(null);
            password.reset();
            button.current?.focus();
          }}
        >
          {narrowed && (
            <fieldset className="export-scope">
              <legend>書き出す範囲</legend>
              <label className="check">
                <input
                  type="radio"
                  name={`${id}-scope`}
                  checked={scope === 'shown'}
                  onChange={() => setScope('shown')}
                />
                表示中の {count(shown.length)} 件（検索・絞り込み・並べ替えのとおり）
              </label>
              <label className="check">
                <input type="radio" name={`${id}-scope`} checked={scope === 'all'} onChange={() => setScope('all')} />
                全件（{count(total)} 件）
              </label>
            </fieldset>
          )}
          <p>
            {narrowed && scope === 'shown' ? 'これらのケース' : 'すべてのケース'}
            の氏名・生年月日などを含むファイルを作ります。保存先と渡す相手に注意してください。
          </p>
          {asking === 'xlsx' ? (
            <FilePasswordFields state={password} />
          ) : (
            <p className="hint">{FILE_PASSWORD_NOT_FOR_TEXT}</p>
          )}
          {asking === 'csv' && (
            <fieldset className="export-scope">
              <legend>文字コード</legend>
              <label className="check">
                <input
                  type="radio"
                  name={`${id}-enc`}
                  checked={encoding === 'utf8'}
                  onChange={() => setEncoding('utf8')}
                />
                UTF-8（BOM 付き。すべての文字を残します）
              </label>
              <label className="check">
                <input
                  type="radio"
                  name={`${id}-enc`}
                  checked={encoding === 'cp932'}
                  onChange={() => setEncoding('cp932')}
                />
                シフトJIS（CP932。古いソフト向け）
              </label>
            </fieldset>
          )}
          {cp932Warning && (
            <p role="alert" className="warning">
              {cp932Warning}
            </p>
          )}
          {problem && (
            <p role="alert" className="error">
              {problem}
            </p>
          )}
          <p>書き出したことは、操作者名とともに操作ログに記録されます。</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

const count = (n: number) => n.toLocaleString('ja-JP');
