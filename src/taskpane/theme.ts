import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Follows the Office theme: dark pane when Office's body background is dark. */
export function officeTheme(): Theme {
  const bg = typeof Office !== 'undefined' ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bg ?? '');
  if (!m) return webLightTheme;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? webDarkTheme : webLightTheme;
}
