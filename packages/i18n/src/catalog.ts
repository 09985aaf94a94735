import type { MessageKey } from "./catalogs/fr-MA";
import { fallbackChain } from "./fallback";
import { LOCALES, type Locale } from "./locale";

export type { MessageKey };

/** Every message of one locale, by key (ICU MessageFormat). */
export type Catalog = Readonly<Record<MessageKey, string>>;

// One dynamic import per locale: a bundler makes each catalog its own chunk, fetched only when
// its locale is loaded.
const loaders: Record<Locale, () => Promise<{ catalog: Catalog }>> = {
  "ar-MA": () => import("./catalogs/ar-MA"),
  "fr-MA": () => import("./catalogs/fr-MA"),
  en: () => import("./catalogs/en"),
  zgh: () => import("./catalogs/zgh"),
};

const loaded = new Map<Locale, Catalog>();

export class CatalogNotLoadedError extends Error {
  readonly code = "catalog_not_loaded";
  constructor(readonly locale: Locale) {
    super(
      `No catalog is loaded for ${locale} or its fallbacks: await loadCatalog("${locale}") first, ` +
        `or registerCatalog it from "@ghorfa/i18n/catalogs/${locale}"`,
    );
    this.name = "CatalogNotLoadedError";
  }
}

/** Loads the catalog of `locale` (once) and returns it; after this, `t` works synchronously. */
export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const known = loaded.get(locale);
  if (known !== undefined) return known;
  const { catalog } = await loaders[locale]();
  loaded.set(locale, catalog);
  return catalog;
}

/** Loads several catalogs at once: all four by default (what a server does at start-up). */
export async function loadCatalogs(locales: readonly Locale[] = LOCALES): Promise<void> {
  await Promise.all(locales.map(loadCatalog));
}

/** Makes a catalog imported statically (`@ghorfa/i18n/catalogs/fr-MA`) available to `t`. */
export function registerCatalog(locale: Locale, catalog: Catalog): void {
  loaded.set(locale, catalog);
}

/** Whether the catalog of `locale` is loaded. */
export function hasCatalog(locale: Locale): boolean {
  return loaded.has(locale);
}

/** Whether a loaded catalog of `locale`'s chain has a message for `key` (a key built at run time). */
export function hasMessage(locale: Locale, key: string): boolean {
  return fallbackChain(locale).some((candidate) => loaded.get(candidate)?.[key as MessageKey] !== undefined);
}

/** The first loaded catalog of `locale`'s chain, for looking through its keys. */
export function loadedCatalog(locale: Locale): Catalog | undefined {
  for (const candidate of fallbackChain(locale)) {
    const catalog = loaded.get(candidate);
    if (catalog !== undefined) return catalog;
  }
  return undefined;
}

/**
 * The message for `key` in the first loaded catalog of `locale`'s fallback chain, with the locale
 * it is written in (its plural rules and number formats are that locale's).
 */
export function lookup(locale: Locale, key: MessageKey): { message: string; locale: Locale } {
  const chain = fallbackChain(locale);
  for (const candidate of chain) {
    const message = loaded.get(candidate)?.[key];
    if (message !== undefined) return { message, locale: candidate };
  }
  if (chain.some((candidate) => loaded.has(candidate))) throw new UnknownMessageError(key);
  throw new CatalogNotLoadedError(locale);
}

export class UnknownMessageError extends Error {
  readonly code = "unknown_message";
  constructor(readonly key: string) {
    super(`No catalog has a message "${key}"`);
    this.name = "UnknownMessageError";
  }
}
