import type { Kind } from '../../app/domain/kinds';

/** Simple line icons for the three kinds; decorative, the text beside them names the button. */
const PATHS: Record<Kind, string> = {
  service: 'M8 6h8M8 10h8M8 14h5M5 3h14v18H5z',
  complaint: 'M12 3 2 21h20L12 3zm0 6v6m0 3v.5',
  suggestion: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9V16h7v-2.1A6 6 0 0 0 12 3z',
};

export function KindIcon({ kind }: { kind: Kind }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2">
      <path d={PATHS[kind]} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** A magnifier, for checking progress. */
export function LookupIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M10.5 3a7.5 7.5 0 1 0 0 15 7.5 7.5 0 0 0 0-15zm5.3 12.8L21 21" strokeLinecap="round" />
    </svg>
  );
}
