import en from '../../templates/en.json';
import zhCN from '../../templates/zh-CN.json';
import { libraryTemplates, type LibraryTemplate, type Pack } from './types';

/** The packs shipped with Deskmate; their validity is checked by the unit tests. */
export const BUILTIN_PACKS: readonly Pack[] = [zhCN as Pack, en as Pack];

export function builtinTemplates(): LibraryTemplate[] {
  return BUILTIN_PACKS.flatMap(libraryTemplates);
}
