// 議事録 as one standalone HTML document, the single layout behind every PDF: the window's print view (Chromium's
// print), Electron's printToPDF and the CLI's headless Chromium all print this string. Every text from the
// model is escaped; the document has no script. The board pictures are boardToSvg's own SVG (every text in it
// escaped) inlined, not put in an <img>: Chromium prints an <img>'s text as bare glyphs, and a PDF reader then
// reads each glyph the font shares between an ideograph and a CJK radical as the radical (⺟ for 母). The whole body is one table whose thead carries 取扱注意: Chromium repeats a table's header group
// at the top of every page the table runs onto, so every printed page has it.
import {
  PROGRAM_LIST_COLUMNS,
  rolesByAgency,
  ROLE_COLUMNS,
  type MinutesCase,
  type MinutesItem,
  type MinutesLine,
  type MinutesModel,
  type MinutesSection,
} from './minutes';

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}

/** Escaped, with line breaks kept. */
const text = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>');

const STYLE = `
@page { size: A4; margin: 15mm 18mm 15mm 18mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #1f2933; background: #fff;
  font-family: 'Noto Sans CJK JP', 'Noto Sans JP', 'Yu Gothic', 'YuGothic', 'Hiragino Sans', 'Meiryo', sans-serif;
  font-size: 10.5pt; line-height: 1.55; }
.frame { width: 100%; border-collapse: collapse; }
.frame > thead td { padding: 0 0 3mm; }
.running-head { display: flex; justify-content: space-between; border-bottom: 1px solid #999; font-size: 9pt; }
.notice { color: #c00000; font-weight: bold; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 1mm; }
.meeting-title { font-size: 13pt; text-align: center; font-weight: bold; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-left: 4px solid #4a6b8a; padding-left: 2mm; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 0 0 1.5mm; break-after: avoid; }
table.grid { width: 100%; border-collapse: collapse; margin: 0 0 2mm; table-layout: fixed; }
table.grid th, table.grid td { border: 1px solid #888; padding: 1mm 1.5mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
table.grid th { background: #e8eef4; font-weight: bold; }
table.grid th.label { width: 28%; }
table.program th:nth-child(1) { width: 8%; } table.program th:nth-child(2) { width: 12%; }
table.program th:nth-child(3) { width: 42%; } table.program th:nth-child(4) { width: 24%; }
/* Not kept whole like a case: an hour's 研修 record runs for pages and would leave a blank page behind it. */
.item { margin: 0 0 4mm; }
.case { break-inside: avoid; margin: 0 0 5mm; }
.board { margin: 2mm 0; text-align: center; }
.board img, .board svg { max-width: 100%; max-height: 120mm; width: auto; height: auto; border: 1px solid #ccc; }
.muted { color: #555; font-size: 9pt; }
.closing { margin-top: 8mm; font-size: 9pt; color: #c00000; }
`;

export function minutesHtml(model: MinutesModel): string {
  const body = [
    `<h1>${text(model.title)}</h1>`,
    `<p class="meeting-title">${text(model.meetingTitle)}</p>`,
    model.masked
      ? '<p class="muted">氏名等は伏せ、登録番号とふりがなのイニシャルで表示しています（ふりがながないケースは登録番号のみ）。</p>'
      : '',
    linesTable([...model.meetingLines, { label: '作成日', value: model.createdOn }]),
    ...(model.program.length === 0
      ? []
      : [
          '<h2>次第</h2>',
          grid(
            PROGRAM_LIST_COLUMNS,
            model.program.map((r) => [String(r.no), r.kind, r.title, r.presenter, r.time]),
            'program',
          ),
        ]),
    ...model.sections.flatMap(section),
    ...(model.caseless
      ? []
      : [
          '<h2>次回へ持ち越すケース</h2>',
          model.carriedOver.length === 0
            ? '<p>なし</p>'
            : grid(
                ['事例', '理由'],
                model.carriedOver.map((c) => [c.label, c.reason]),
              ),
          '<h2>機関別の役割分担</h2>',
          ...agencyTables(model),
        ]),
    '<h2>次回の会議</h2>',
    `<p>${text(model.nextMeeting)}</p>`,
    '<p class="closing">本議事録には個人情報が含まれます。取扱いに注意し、目的外の複製・持ち出しはしないでください（児童福祉法第25条の5）。</p>',
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>${text(model.fileBase)}</title>
<style>${STYLE}</style>
</head>
<body>
<table class="frame" role="presentation">
<thead><tr><td><div class="running-head"><span class="notice">${text(model.notice)}</span><span>${text(model.title)}　${text(model.meetingTitle)}</span></div></td></tr></thead>
<tbody><tr><td>
${body}
</td></tr></tbody>
</table>
</body>
</html>
`;
}

function section(s: MinutesSection): string[] {
  if (s.type === 'items') return [`<h2>${text(s.heading)}</h2>`, s.items.map(itemSection).join('')];
  const { group } = s;
  return [
    `<h2>${text(`${group.label}（${group.items.length}件）`)}</h2>`,
    group.items.length === 0 ? '<p>該当なし</p>' : group.items.map(caseSection).join(''),
  ];
}

function itemSection(item: MinutesItem): string {
  return `<section class="item"><h3>${text(`（${item.no}）${item.title}`)}</h3>${linesTable(item.lines)}</section>`;
}

function caseSection(item: MinutesCase): string {
  return [
    '<section class="case">',
    `<h3>${text(`${item.no}. ${item.label}`)}</h3>`,
    linesTable(item.lines),
    item.roles.length === 0
      ? ''
      : grid(
          [...ROLE_COLUMNS],
          item.roles.map((r) => [r.agency, r.task, r.due]),
        ),
    item.boardSvg ? boardFigure(item.label, item.boardSvg) : '',
    '</section>',
  ].join('');
}

/**
 * The board picture. Inlined so its text stays text in a PDF; anything that is not plainly the board's own
 * drawing (a script, an event handler, foreign content) is kept in an <img>, where it cannot run.
 */
function boardFigure(label: string, svg: string): string {
  const name = escapeHtml(`${label} のホワイトボード（会議終了時）`);
  const caption = '<figcaption class="muted">ホワイトボード（会議終了時）</figcaption>';
  const markup = svg.replace(/^<\?xml[^>]*\?>\s*/, '');
  const plain = markup.startsWith('<svg') && !/<script|<foreignObject|<iframe|\son\w+\s*=|javascript:/i.test(markup);
  if (!plain) {
    return `<figure class="board"><img alt="${name}" src="data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}">${caption}</figure>`;
  }
  return `<figure class="board" role="img" aria-label="${name}">${markup.trim()}${caption}</figure>`;
}

function agencyTables(model: MinutesModel): string[] {
  const agencies = rolesByAgency(model);
  if (agencies.length === 0) return ['<p>なし</p>'];
  return agencies.map(
    (a) =>
      `<h3>${text(a.agency)}</h3>${grid(
        ['事例', '役割', '期限'],
        a.rows.map((r) => [r.caseLabel, r.task, r.due]),
      )}`,
  );
}

function linesTable(lines: readonly MinutesLine[]): string {
  const rows = lines
    .map((l) => `<tr><th class="label" scope="row">${text(l.label)}</th><td>${text(l.value)}</td></tr>`)
    .join('');
  return `<table class="grid"><tbody>${rows}</tbody></table>`;
}

function grid(columns: readonly string[], rows: readonly (readonly string[])[], className = ''): string {
  const head = `<tr>${columns.map((c) => `<th scope="col">${text(c)}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${columns.map((_, i) => `<td>${text(r[i] ?? '')}</td>`).join('')}</tr>`).join('');
  return `<table class="grid${className ? ` ${className}` : ''}"><thead>${head}</thead><tbody>${body}</tbody></table>`;
}
