/** The three things a resident can leave at the kiosk. */
export const KINDS = ['service', 'complaint', 'suggestion'] as const;
export type Kind = (typeof KINDS)[number];

/** Code prefix of each kind in the catalogue (`svc.health`, `cmp.noise`, `sug.safety`). */
export const KIND_PREFIX: Record<Kind, string> = {
  service: 'svc',
  complaint: 'cmp',
  suggestion: 'sug',
};

/** Anonymous submissions are offered for complaints and suggestions, never for service requests. */
export function kindAllowsAnonymous(kind: Kind): boolean {
  return kind !== 'service';
}
