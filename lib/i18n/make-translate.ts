import { createElement, Fragment, type ReactNode } from 'react';
import type { Locale as NumberLocale } from '@/lib/format';
import { intlLocale, type Locale } from './locales';

/** The names of the `{name}` placeholders in a message, read from its literal type. */
export type PlaceholdersIn<Message extends string> = Message extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersIn<Rest>
  : never;

/** A message without placeholders takes no argument; one with placeholders must be given every one of them. */
type ParamsOf<Message extends string> = [PlaceholdersIn<Message>] extends [never]
  ? []
  : [params: Record<PlaceholdersIn<Message>, string>];

export type Catalogue = { readonly [key: string]: string };

/**
 * Looks up a message and fills its placeholders. Parameters are strings on purpose: numbers and dates are
 * formatted with lib/format.ts in `numberLocale` before they go into a sentence.
 */
export type TranslateIn<Messages extends Catalogue> = {
  <Key extends keyof Messages & string>(key: Key, ...params: ParamsOf<Messages[Key]>): string;
  /** For messages that hold markup, such as a command in `<code>`: each placeholder becomes a node. */
  rich<Key extends keyof Messages & string>(
    key: Key,
    nodes: Record<PlaceholdersIn<Messages[Key]>, ReactNode>,
  ): ReactNode;
  readonly locale: Locale;
  /** The locale for lib/format.ts: `id-ID` or `en-GB`. */
  readonly numberLocale: NumberLocale;
};

export const PLACEHOLDER = /\{(\w+)\}/g;

export function makeTranslate<Messages extends Catalogue>(
  dictionary: { readonly [Key in keyof Messages]: string },
  locale: Locale,
): TranslateIn<Messages> {
  const lookup = (key: string): string => (dictionary as Catalogue)[key] ?? key;
  const translate = (key: string, params?: Record<string, string>) =>
    lookup(key).replace(PLACEHOLDER, (whole, name: string) => params?.[name] ?? whole);
  const rich = (key: string, nodes: Record<string, ReactNode>) => {
    // split() with a capturing group puts the placeholder names at the odd positions.
    const parts = lookup(key)
      .split(/\{(\w+)\}/)
      .map((part, index) => (index % 2 === 0 ? part : (nodes[part] ?? `{${part}}`)));
    return createElement(Fragment, null, ...parts);
  };
  return Object.assign(translate, {
    rich,
    locale,
    numberLocale: intlLocale(locale),
  }) as TranslateIn<Messages>;
}
