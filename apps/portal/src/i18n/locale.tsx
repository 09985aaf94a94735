import type { MessageValues } from "@ghorfa/i18n";
import {
  DEFAULT_LOCALE,
  direction,
  LOCALES,
  type Locale,
  loadCatalog,
  type MessageTable,
  messageFrom,
} from "@ghorfa/i18n";
import { DirectionProvider } from "@radix-ui/react-direction";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";

const STORAGE_KEY = "ghorfa.locale";

interface LocaleState {
  readonly locale: Locale;
  readonly dir: "rtl" | "ltr";
  /** Loads the locale's catalog, then switches to it and remembers it on this device. */
  setLocale(locale: Locale): Promise<void>;
}

const LocaleContext = createContext<LocaleState | undefined>(undefined);

const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The locale remembered on this device, else Arabic: the portal is Arabic first. */
export function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage may be refused (private modes, policies): the default serves.
  }
  return DEFAULT_LOCALE;
}

function applyToDocument(locale: Locale) {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = direction(locale);
}

/** Loads the first locale's catalog before the app renders, so no text flashes in another language. */
export async function prepareLocale(locale: Locale): Promise<void> {
  await loadCatalog(locale);
  applyToDocument(locale);
}

export function LocaleProvider({ initial, children }: { initial: Locale; children: ReactNode }) {
  const [locale, setState] = useState<Locale>(initial);
  const setLocale = useCallback(async (next: Locale) => {
    await loadCatalog(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {}
    setState(next);
  }, []);
  useEffect(() => applyToDocument(locale), [locale]);
  const value = useMemo(() => ({ locale, dir: direction(locale), setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <DirectionProvider dir={value.dir}>{children}</DirectionProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error("useLocale outside LocaleProvider");
  return state;
}

/** `t` for one part's messages in the current locale. */
export function useMessages<K extends string>(messages: MessageTable<K>) {
  const { locale } = useLocale();
  return useCallback(
    (key: K, values?: MessageValues) => messageFrom(messages, locale, key, values),
    [messages, locale],
  );
}
