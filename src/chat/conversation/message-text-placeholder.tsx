/** Until the message markup lands: the text as typed, which React escapes. */
export function MessageText({ text }: { text: string; portalOrigin: string }) {
  return <>{text}</>;
}
