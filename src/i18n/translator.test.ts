import { describe, expect, it } from 'vitest';
import { loadTranslator } from './catalog-loader.ts';
import { en } from './catalogs/en.ts';
import { catalogFor } from './language.ts';
import { createTranslator } from './translator.ts';

describe('catalogFor', () => {
  it.each([
    ['en', 'en'],
    ['ru', 'ru'],
    ['RU', 'ru'],
    ['kz', 'ru'],
    ['by', 'ru'],
    ['uz', 'ru'],
    ['la', 'en'],
    ['tc', 'en'],
    ['', 'en'],
    [null, 'en'],
  ])('%s → %s', (lang, catalog) => {
    expect(catalogFor(lang)).toBe(catalog);
  });
});

describe('translator', () => {
  const { t, plural, relativeTime } = createTranslator(en, 'en');

  it('interpolates variables and leaves unknown ones visible', () => {
    expect(t('error.code', { code: 'X_Y' })).toBe('Error code: X_Y');
    expect(t('error.code')).toBe('Error code: {code}');
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
    expect(ru.t('action.reload')).toBe('Перезагрузить');
    expect(ru.plural('ready.members', 1)).toBe('1 участник');
    expect(ru.plural('ready.members', 3)).toBe('3 участника');
    expect(ru.plural('ready.members', 5)).toBe('5 участников');
    expect(ru.plural('ready.members', 21)).toBe('21 участник');
  });
});
