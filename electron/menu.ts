// The application menu in Japanese. Electron's default menu is English and offers developer tools in
// the installed app; this one keeps the editing shortcuts (copy/paste need menu roles on macOS) and
// shows reload and developer tools only when running from the source tree.
import type { MenuItemConstructorOptions } from 'electron';

export function menuTemplate(platform: NodeJS.Platform, isPackaged: boolean): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] =
    platform === 'darwin'
      ? [
          {
            label: 'つなぐ',
            submenu: [
              { role: 'about', label: 'つなぐについて' },
              { type: 'separator' },
              { role: 'hide', label: 'つなぐを隠す' },
              { role: 'hideOthers', label: 'ほかを隠す' },
              { type: 'separator' },
              { role: 'quit', label: 'つなぐを終了' },
            ],
          },
        ]
      : [{ label: 'ファイル', submenu: [{ role: 'quit', label: '終了' }] }];
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { type: 'separator' },
        { role: 'reload', label: '再読み込み' },
        { role: 'toggleDevTools', label: '開発者ツール' },
      ];
  return [
    ...appMenu,
    {
      label: '編集',
      submenu: [
        { role: 'undo', label: '元に戻す' },
        { role: 'redo', label: 'やり直す' },
        { type: 'separator' },
        { role: 'cut', label: '切り取り' },
        { role: 'copy', label: 'コピー' },
        { role: 'paste', label: '貼り付け' },
        { role: 'selectAll', label: 'すべて選択' },
      ],
    },
    {
      label: '表示',
      submenu: [
        { role: 'zoomIn', label: '拡大' },
        { role: 'zoomOut', label: '縮小' },
        { role: 'resetZoom', label: '実際のサイズ' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全画面表示' },
        ...developer,
      ],
    },
    {
      label: 'ウィンドウ',
      submenu: [
        { role: 'minimize', label: '最小化' },
        { role: 'close', label: '閉じる' },
      ],
    },
  ];
}
