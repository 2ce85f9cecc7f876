const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

function channels(hex: string): [number, number, number] {
  const digits = hex.length === 4 ? Array.from(hex.slice(1), (digit) => digit + digit) : [];
  const pairs = digits.length > 0 ? digits : [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
  const [red = 0, green = 0, blue = 0] = pairs.map((pair) => Number.parseInt(pair, 16));
  return [red, green, blue];
}

// WCAG 2.x relative luminance.
function luminance(rgb: readonly number[]): number {
  const [red = 0, green = 0, blue = 0] = rgb.map((value) => {
    const channel = value / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

export function contrastWithWhite(rgb: readonly number[]): number {
  return 1.05 / (luminance(rgb) + 0.05);
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Bitrix24's avatar colours (e.g. #4ba984) are too light for white initials (WCAG AA 4.5:1):
 * darken the portal's colour with black, in small steps, until white text on it is readable.
 * Returns null for a colour that is not #rgb / #rrggbb (the CSS default colour applies then).
 */
export function readableBehindWhite(color: string): string | null {
  if (!HEX.test(color)) return null;
  const rgb = channels(color);
  let mixed: readonly number[] = rgb;
  for (let black = 0; black <= 1; black += 0.05) {
    mixed = rgb.map((value) => value * (1 - black));
    if (contrastWithWhite(mixed.map(Math.round)) >= 4.5) break;
  }
  return toHex(mixed);
}
