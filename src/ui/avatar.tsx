import { useState } from 'react';
import { readableBehindWhite } from './readable-color.ts';

export interface AvatarProps {
  name: string;
  url: string | null;
  color: string | null;
  size: 'sm' | 'lg';
  /** Decorative when the name is already written next to it. */
  decorative?: boolean;
}

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter((word) => word !== '')
    .slice(0, 2)
    .map((word) => Array.from(word)[0] ?? '');
  return letters.join('').toLocaleUpperCase() || '?';
}

export function Avatar({ name, url, color, size, decorative = false }: AvatarProps) {
  // The URL that failed: the page's CSP or the network refused it, so initials stand in. A new
  // URL gets its own chance.
  const [brokenUrl, setBrokenUrl] = useState<string | null>(null);
  const className = `avatar avatar--${size}`;
  if (url !== null && url !== brokenUrl) {
    return (
      <img
        className={className}
        src={url}
        alt={decorative ? '' : name}
        title={decorative ? undefined : name}
        referrerPolicy="no-referrer"
        onError={() => setBrokenUrl(url)}
      />
    );
  }
  // Bitrix24 gives every chat and user a colour for exactly this fallback.
  const background = color === null ? null : readableBehindWhite(color);
  const style = background === null ? undefined : { backgroundColor: background };
  return decorative ? (
    <span className={`${className} avatar--initials`} style={style} aria-hidden="true">
      {initials(name)}
    </span>
  ) : (
    <span className={`${className} avatar--initials`} style={style} role="img" aria-label={name}>
      <span aria-hidden="true">{initials(name)}</span>
    </span>
  );
}
