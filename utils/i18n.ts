import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** A UI string in the browser's language (zh-CN or en, from `public/_locales`). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** 'zh' when the browser UI is Chinese, else 'en'. */
export function uiLanguage(): 'zh' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
