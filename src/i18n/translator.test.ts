import { describe, expect, it } from 'vitest';
import { loadTranslator } from './catalog-loader.ts';
import { en } from './catalogs/en.ts';
import { catalogFor, LANGUAGES } from './language.ts';
import { pseudoCatalog } from './pseudo.ts';
import { createTranslator } from './translator.ts';

describe('catalogFor', () => {
  it.each([
    ['en', 'en'],
    ['ru', 'ru'],
    ['RU', 'ru'],
    ['kz', 'ru'],
    ['by', 'ru'],
    ['uz', 'ru'],
    ['la', 'la'],
    ['br', 'br'],
    ['ua', 'ua'],
    ['DE', 'de'],
    ['pseudo', 'pseudo'],
    ['tc', 'en'],
    ['xx', 'en'],
    ['', 'en'],
    [null, 'en'],
    // The portal's LANG is remote data: anything but a string is no code, and no crash.
    [42, 'en'],
    [{ ru: 'ru' }, 'en'],
    [['ru'], 'en'],
    [undefined, 'en'],
  ])('%o → %s', (lang, catalog) => {
    expect(catalogFor(lang)).toBe(catalog);
  });
});

describe('translator', () => {
  const { t, plural, relativeTime } = createTranslator(en, 'en');

  it('interpolates variables and leaves unknown ones visible', () => {
    expect(t('ready.untitled', { id: 7 })).toBe('Chat #7');
    expect(t('ready.untitled')).toBe('Chat #{id}');
  });

  it('picks plural forms', () => {
    expect(plural('ready.members', 1)).toBe('1 member');
    expect(plural('ready.members', 3)).toBe('3 members');
  });

  it('formats relative time', () => {
    const now = Date.UTC(2026, 0, 10);
    expect(relativeTime(now - 3 * 86_400_000, now)).toBe('3 days ago');
    expect(relativeTime(now - 5_000, now)).toBe('now');
    expect(relativeTime(now + 10 * 60_000, now)).toBe('in 10 minutes');
  });

  it('speaks Russian with Russian plural rules and accessible names', async () => {
    const ru = await loadTranslator('ru');
    expect(ru.t('action.openChat')).toBe('Открыть чат');
    expect(ru.t('action.tryAgain')).toBe('Повторить');
    expect(ru.t('theme.dark')).toBe('Тёмная тема');
    expect(ru.plural('ready.members', 1)).toBe('1 участник');
    expect(ru.plural('ready.members', 3)).toBe('3 участника');
    expect(ru.plural('ready.members', 5)).toBe('5 участников');
    expect(ru.plural('ready.members', 21)).toBe('21 участник');
  });
});

describe('Bitrix codes that are not BCP 47', () => {
  it.each([
    ['la', 'es'],
    ['br', 'pt-BR'],
    ['ua', 'uk'],
  ] as const)('%s formats as %s', (code, locale) => {
    expect(LANGUAGES[code]).toBe(locale);
  });
});

describe('Slavic plurals and relative times', () => {
  it.each([
    ['ua', [1, 3, 5, 21], ['1 учасник', '3 учасники', '5 учасників', '21 учасник']],
    ['pl', [1, 3, 5, 22], ['1 osoba', '3 osoby', '5 osób', '22 osoby']],
  ] as const)('%s', async (code, counts, texts) => {
    const translator = await loadTranslator(code);
    expect(counts.map((count) => translator.plural('ready.members', count))).toEqual(texts);
  });

  it('says "3 days ago" in the catalog’s language', async () => {
    const now = Date.UTC(2026, 0, 10);
    const de = await loadTranslator('de');
    const ua = await loadTranslator('ua');
    expect(de.relativeTime(now - 3 * 86_400_000, now)).toBe('vor 3 Tagen');
    expect(ua.relativeTime(now - 3 * 86_400_000, now)).toBe('3 дні тому');
  });
});

describe('the pseudo-locale', () => {
  it('brackets and accents every string and keeps its placeholders', async () => {
    const pseudo = await loadTranslator('pseudo');
    expect(pseudo.t('action.openChat')).toBe('⟦Öpéñ çhát⟧');
    expect(pseudo.t('ready.untitled', { id: 7 })).toBe('⟦Çhát #7⟧');
    expect(pseudo.plural('ready.members', 3)).toBe('⟦3 mémbérs⟧');
  });

  it('has exactly the English keys', () => {
    expect(Object.keys(pseudoCatalog(en))).toEqual(Object.keys(en));
  });
});
