// How dates are written on screen and in files: 和暦 (令和7年5月24日) or 西暦 (2025年5月24日). A setting.
export const DATE_STYLES = ['wareki', 'seireki'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];
