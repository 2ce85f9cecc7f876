import { test, expect } from './fixtures.ts';

// Issue "Looks native": the init data's LANG picks the language; names follow it (contract §3).

const CARDS = [
  { lang: 'ru', open: 'Открыть чат', members: '3 участника', html: 'ru' },
  { lang: 'de', open: 'Chat öffnen', members: '3 Mitglieder', html: 'de' },
  { lang: 'ua', open: 'Відкрити чат', members: '3 учасники', html: 'uk' },
  { lang: 'kz', open: 'Открыть чат', members: '3 участника', html: 'ru' },
  { lang: 'xx', open: 'Open chat', members: '3 members', html: 'en' },
];

for (const { lang, open, members, html } of CARDS) {
  test.describe(`LANG ${lang}`, () => {
    test.use({ scenario: { lang } });

    test(`the card speaks ${html}`, async ({ app, card, openCard }) => {
      await openCard('ready');
      await expect(card.getByRole('button', { name: open, exact: true })).toBeVisible();
      await expect(card).toContainText(members);
      await expect(app.locator('html')).toHaveAttribute('lang', html);
    });
  });
}

test.describe('Ukrainian error state', () => {
  test.use({ scenario: { lang: 'ua' } });

  test('offers Повторити', async ({ portal, card, openCard }) => {
    portal.addFault({ method: 'batch', error: 'INTERNAL_SERVER_ERROR' });
    await openCard('error');
    await expect(card).toContainText('Не вдалося завантажити чат');
    await expect(card.getByRole('button', { name: 'Повторити' })).toBeVisible();
  });
});

test.describe('German access-denied state', () => {
  test.use({ scenario: { lang: 'de', userId: 3, placementOptions: { ID: '44' } } });

  test('offers Zugriff anfordern', async ({ card, openCard }) => {
    await openCard('access-denied');
    await expect(card).toContainText('Sie sind kein Mitglied dieses Chats');
    await expect(card.getByRole('button', { name: 'Zugriff anfordern' })).toBeVisible();
  });
});

const LOOKUP_PAGES = [
  { lang: 'la', search: 'Buscar un registro', theme: 'Tema oscuro', html: 'es' },
  { lang: 'ru', search: 'Найти запись', theme: 'Тёмная тема', html: 'ru' },
];

for (const { lang, search, theme, html } of LOOKUP_PAGES) {
  test.describe(`the lookup page in LANG ${lang}`, () => {
    test.use({ scenario: { lang, placement: 'LEFT_MENU', placementOptions: {} } });

    test('names its search box and its theme switch', async ({ openPortal, app }) => {
      await openPortal();
      await expect(app.getByRole('searchbox', { name: search })).toBeVisible();
      await expect(app.getByRole('button', { name: theme })).toBeVisible();
      await expect(app.locator('html')).toHaveAttribute('lang', html);
    });
  });
}

test.describe('only the needed catalogs', () => {
  test.use({ scenario: { lang: 'de' } });

  test('load: German, and no other language’s chunk', async ({ page, card, openCard }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await openCard('ready');
    // The composer comes after `ready` with the views' messages: German's second catalog.
    await expect(card.locator('.composer__box')).toBeVisible();
    expect(scripts.filter((path) => /\/de-[\w-]+\.js$/.test(path))).toHaveLength(2);
    const others = ['ru', 'la', 'br', 'pl', 'ua', 'fr', 'it', 'pseudo'];
    expect(scripts.filter((path) => others.some((code) => path.includes(`/${code}-`)))).toEqual([]);
  });
});
