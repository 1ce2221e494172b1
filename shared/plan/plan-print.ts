// The サポートプラン as it is printed for the family (手交): the 様式例's layout as plain display strings, one model
// for the DOCX and the window's print view. It is built from ONE version's content and nothing else — the plan's
// record (登録番号, the family label, 担当, status, events) never reaches it — so nothing internal (risk words,
// 重症度, staff notes, policy) can be printed: the content schema holds only what the family may read.
import { displayDate } from '../ledger/dates';
import type { DateStyle } from '../time/date-style';
import type { PlanContent, PlanVersion } from './support-plan';

export const PLAN_PRINT_TITLE = 'サポートプラン';
/** Every page's header, as the app's other files: the family's copy holds names too. */
export const PLAN_PRINT_NOTICE = '取扱注意';
export const CONSENT_TEXT = 'このプランの内容について説明を受け、同意しました。';
export const SIGNATURE_LINE = '＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿';

/** A small table: a heading, its column names and rows of display strings. */
export interface PrintTable {
  heading: string;
  columns: string[];
  rows: string[][];
}

/** A labelled block of the family's own words (or the staff's plain words with them). */
export interface PrintField {
  label: string;
  text: string;
}

export interface PlanPrintModel {
  title: string;
  notice: string;
  /** 作成日 (and 手交日 once handed over), as the top line of the form. */
  dates: PrintField[];
  people: PrintTable[];
  /** 出産予定日 … only when the plan is made for a pregnancy. */
  pregnancy: PrintField[];
  fields: PrintField[];
  supports: PrintTable;
  nextConsultation: PrintField;
  contacts: PrintTable;
  consent: { text: string; date: string; signatures: string[] };
}

export interface PlanPrintOptions {
  dateStyle?: DateStyle;
}

/** An empty field prints as a blank to fill by hand rather than disappearing: the form keeps its shape. */
const BLANK = '';

export function planPrintModel(version: PlanVersion, options: PlanPrintOptions = {}): PlanPrintModel {
  const style = options.dateStyle ?? 'wareki';
  const date = (iso: string | null) => displayDate(iso, style);
  const c: PlanContent = version.content;
  const dates: PrintField[] = [{ label: '作成日', text: date(c.createdOn) }];
  if (version.handedOverOn !== null) dates.push({ label: '手交日', text: date(version.handedOverOn) });

  const people: PrintTable[] = [
    {
      heading: 'こども',
      columns: ['氏名', '生年月日', '所属（保育所・学校など）'],
      rows: c.children.map((p) => [p.name, date(p.birthDate), p.affiliation ?? BLANK]),
    },
    {
      heading: '保護者',
      columns: ['氏名', '生年月日', '続柄', '就労（休業／退職）'],
      rows: c.guardians.map((g) => [g.name, date(g.birthDate), g.affiliation ?? BLANK, g.work ?? BLANK]),
    },
  ];

  const pregnancy: PrintField[] = c.pregnancy
    ? [
        { label: '出産予定日', text: date(c.pregnancy.dueDate) },
        { label: '出産予定の医療機関', text: c.pregnancy.hospital ?? BLANK },
        { label: '里帰り出産', text: c.pregnancy.homecoming ?? BLANK },
      ]
    : [];

  const period = c.period.from || c.period.to ? `${date(c.period.from)} 〜 ${date(c.period.to)}`.trim() : BLANK;
  const fields: PrintField[] = [
    { label: '今後の予定', text: c.plans ?? BLANK },
    { label: 'こどもの気になること・希望すること', text: c.childWishes ?? BLANK },
    { label: '保護者の気になること・希望すること', text: c.guardianWishes ?? BLANK },
    { label: '一緒に解決を目指していくこと', text: c.goals ?? BLANK },
    { label: '対象時期', text: period },
  ];

  const supports: PrintTable = {
    heading: '支援の内容',
    columns: ['サービス・支援', 'だれが', '役割', 'モニタリング時期', '達成状況'],
    rows: c.supports.map((s) => [
      s.service,
      s.who ?? BLANK,
      s.role ?? BLANK,
      s.monitoring ?? BLANK,
      s.progress ?? BLANK,
    ]),
  };

  const contacts: PrintTable = {
    heading: 'センターの連絡先',
    columns: ['', '担当', '電話'],
    rows: [
      ['母子保健', c.contacts.maternal.name ?? BLANK, c.contacts.maternal.phone ?? BLANK],
      ['児童福祉', c.contacts.welfare.name ?? BLANK, c.contacts.welfare.phone ?? BLANK],
    ],
  };

  // The child signs too when the plan names a child (the 様式例 asks for the child's own agreement).
  const signatures = ['保護者署名', ...(c.children.length > 0 ? ['こども署名'] : [])];
  return {
    title: PLAN_PRINT_TITLE,
    notice: PLAN_PRINT_NOTICE,
    dates,
    people,
    pregnancy,
    fields,
    supports,
    nextConsultation: { label: '次回相談時期', text: c.nextConsultation ?? BLANK },
    contacts,
    consent: { text: CONSENT_TEXT, date: date(c.consentDate), signatures },
  };
}

/** Every string of the model, for tests and for checks that nothing internal is in it. */
export function planPrintStrings(model: PlanPrintModel): string[] {
  const table = (t: PrintTable) => [t.heading, ...t.columns, ...t.rows.flat()];
  const field = (f: PrintField) => [f.label, f.text];
  return [
    model.title,
    model.notice,
    ...model.dates.flatMap(field),
    ...model.people.flatMap(table),
    ...model.pregnancy.flatMap(field),
    ...model.fields.flatMap(field),
    ...table(model.supports),
    ...field(model.nextConsultation),
    ...table(model.contacts),
    model.consent.text,
    model.consent.date,
    ...model.consent.signatures,
  ];
}
