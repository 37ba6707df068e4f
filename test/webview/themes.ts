/**
 * The `--vscode-*` colours VS Code gives a webview, for its four kinds of theme (values from the
 * default themes: Light Modern, Dark Modern, Dark High Contrast, Light High Contrast).
 */
export type ThemeName = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

const shared = {
  'font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
  'font-size': '13px',
  'editor-font-family': '"Droid Sans Mono", monospace',
};

export const THEMES: Record<ThemeName, { bodyClass: string; colours: Record<string, string> }> = {
  light: {
    bodyClass: 'vscode-light',
    colours: {
      ...shared,
      'editor-background': '#ffffff',
      'editor-foreground': '#3b3b3b',
      'editorWidget-background': '#f8f8f8',
      'sideBar-background': '#f8f8f8',
      'focusBorder': '#005fb8',
      'textLink-foreground': '#005fb8',
      'panel-border': '#e5e5e5',
      'descriptionForeground': '#3b3b3b',
      'errorForeground': '#f85149',
      'button-background': '#005fb8',
      'button-foreground': '#ffffff',
      'button-hoverBackground': '#0258a8',
      'button-secondaryBackground': '#e5e5e5',
      'button-secondaryForeground': '#3b3b3b',
      'button-secondaryHoverBackground': '#cccccc',
      'inputValidation-errorBackground': '#f2dede',
      'inputValidation-errorBorder': '#be1100',
    },
  },
  dark: {
    bodyClass: 'vscode-dark',
    colours: {
      ...shared,
      'editor-background': '#1f1f1f',
      'editor-foreground': '#cccccc',
      'editorWidget-background': '#202020',
      'sideBar-background': '#181818',
      'focusBorder': '#0078d4',
      'textLink-foreground': '#4daafc',
      'panel-border': '#2b2b2b',
      'descriptionForeground': '#9d9d9d',
      'errorForeground': '#f85149',
      'button-background': '#0078d4',
      'button-foreground': '#ffffff',
      'button-hoverBackground': '#026ec1',
      'button-secondaryBackground': '#313131',
      'button-secondaryForeground': '#cccccc',
      'button-secondaryHoverBackground': '#3c3c3c',
      'inputValidation-errorBackground': '#5a1d1d',
      'inputValidation-errorBorder': '#be1100',
    },
  },
  'high-contrast': {
    bodyClass: 'vscode-high-contrast',
    colours: {
      ...shared,
      'editor-background': '#000000',
      'editor-foreground': '#ffffff',
      'editorWidget-background': '#0c141f',
      'sideBar-background': '#000000',
      'contrastBorder': '#6fc3df',
      'focusBorder': '#f38518',
      'textLink-foreground': '#21a6ff',
      'descriptionForeground': '#ffffff',
      'errorForeground': '#f48771',
      'button-background': '#000000',
      'button-foreground': '#ffffff',
      'button-border': '#6fc3df',
      'inputValidation-errorBackground': '#000000',
      'inputValidation-errorBorder': '#f38518',
    },
  },
  'high-contrast-light': {
    bodyClass: 'vscode-high-contrast vscode-high-contrast-light',
    colours: {
      ...shared,
      'editor-background': '#ffffff',
      'editor-foreground': '#292929',
      'editorWidget-background': '#ffffff',
      'sideBar-background': '#ffffff',
      'contrastBorder': '#0f4a85',
      'focusBorder': '#006bbd',
      'textLink-foreground': '#0f4a85',
      'descriptionForeground': '#292929',
      'errorForeground': '#b5200d',
      'button-background': '#0f4a85',
      'button-foreground': '#ffffff',
      'button-border': '#0f4a85',
      'inputValidation-errorBackground': '#ffffff',
      'inputValidation-errorBorder': '#b5200d',
    },
  },
};

export function themeStyle(name: ThemeName): string {
  return Object.entries(THEMES[name].colours)
    .map(([key, value]) => `--vscode-${key}: ${value};`)
    .join(' ');
}
