import { CHATS, USERS } from './seed.ts';

// The images behind the seeded avatar URLs (a chat's `avatar`, a user's PERSONAL_PHOTO), served
// by the portal origin like Bitrix24's /upload/ files.

function initials(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
}

function svg(label: string, color: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100"><rect width="100" height="100" fill="${color}"/><text x="50" y="50" dy=".35em" text-anchor="middle" font-family="Arial, sans-serif" font-size="40" fill="#fff">${initials(label)}</text></svg>`;
}

/** The SVG for a seeded avatar path, or undefined. */
export function avatarSvg(path: string): string | undefined {
  const chat = CHATS.find((c) => c.avatar === path);
  if (chat) return svg(chat.title.replace(/^[^:]*:\s*/, ''), chat.color);
  const user = USERS.find((u) => u.photo === path);
  return user ? svg(`${user.name} ${user.lastName}`, user.color) : undefined;
}
