/** What the app sends as REST parameters: JSON-like values the form encoder understands. */
export type RestValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly RestValue[]
  | { readonly [key: string]: RestValue };

export type RestParams = { readonly [key: string]: RestValue };
