import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** A UI string in the browser's language (zh-CN or en, from `public/_locales`). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * 'zh' when the UI strings are Chinese, else 'en': the language of the locale file the browser
 * serves (zh-TW falls back to English strings, so texts built in code follow suit).
 */
export function uiLanguage(): 'zh' | 'en' {
  return browser.i18n.getMessage('uiLanguage') === 'zh' ? 'zh' : 'en';
}
