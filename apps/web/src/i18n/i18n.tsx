import { ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { DICTIONARY, LANGUAGES, LOCALES, Language, MessageKey } from './dictionary';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;
/** A label the API sends in both languages (states, actions, categories, report periods). */
export interface Bilingual {
  vi: string;
  en: string;
}

interface I18n {
  lang: Language;
  locale: string;
  setLang(lang: Language): void;
  t: Translate;
  /** The label in the current language. */
  pick(label: Bilingual | null | undefined): string;
  /** A dictionary key built from a code the API sends (a status, a kind); the raw code when there is none. */
  tCode(prefix: string, code: string): string;
}

const STORAGE_KEY = 'kc.lang';

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.find((l) => l === saved) ?? 'vi';
}

export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const messages = DICTIONARY[lang];
    const t: Translate = (key, params) => fill(messages[key], params);
    return {
      lang,
      locale: LOCALES[lang],
      setLang,
      t,
      pick: (label) => (label ? label[lang] : messages['common.none']),
      tCode: (prefix, code) => {
        const key = `${prefix}.${code}`;
        return key in messages ? messages[key as MessageKey] : code;
      },
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
