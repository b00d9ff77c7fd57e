import type { Kind } from '../../app/domain/kinds';

// Line icons drawn for the kiosk (24 × 24, stroked in the text's colour), bundled with the renderer:
// no network, no font. Decorative: the text beside each names its button.

const KIND_PATHS: Record<Kind, string> = {
  service: 'M8 6h8M8 10h8M8 14h5M5 3h14v18H5z',
  complaint: 'M12 3 2 21h20L12 3zm0 6v6m0 3v.5',
  suggestion: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9V16h7v-2.1A6 6 0 0 0 12 3z',
};

const SHIELD = 'M12 3 4 6v6c0 5 3.5 8 8 9 4.5-1 8-4 8-9V6l-8-3zM8.5 12l2.5 2.5 4.5-5';
const HOUSE = 'M3 11 12 3l9 8M5 9.5V21h14V9.5';

/** The default catalogue's categories (app/domain/catalogue.ts), by code. */
const CATEGORY_PATHS: Record<string, string> = {
  'svc.employment': 'M3 8h18v12H3zM9 8V5h6v3M3 13h18',
  'svc.social-security': 'M12 20s-8-4.6-8-10.2A4.3 4.3 0 0 1 12 7.4a4.3 4.3 0 0 1 8 2.4C20 15.4 12 20 12 20z',
  'svc.health': 'M10 3h4v7h7v4h-7v7h-4v-7H3v-4h7z',
  'svc.education': 'M2 9l10-5 10 5-10 5zM6 11v5c3 2.5 9 2.5 12 0v-5M22 9v6',
  'svc.housing': `${HOUSE}M10 21v-6h4v6`,
  'svc.culture-sports': 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c3.5 3 3.5 15 0 18M12 3c-3.5 3-3.5 15 0 18',
  'svc.public-safety': SHIELD,
  'svc.legal': 'M12 4v16M7 20h10M4 7h16M5 7l-3 6a3 3 0 0 0 6 0zM19 7l-3 6a3 3 0 0 0 6 0z',
  'svc.mediation': 'M3 4h12v9H8l-4 3v-3H3zM18 9h3v9h-1v3l-4-3h-6v-2',
  'cmp.property': 'M5 21V3h10v18M15 9h4v12M2 21h20M8 7h4M8 11h4M8 15h4',
  'cmp.neighbour':
    'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM2 21c0-4 3-7 7-7s7 3 7 7M16 4.3a3.5 3.5 0 0 1 0 6.4M18 14.5c2.4 1 4 3.4 4 6.5',
  'cmp.family': `${HOUSE}M12 18.5s-3.5-2-3.5-4.5a1.8 1.8 0 0 1 3.5-.8 1.8 1.8 0 0 1 3.5.8c0 2.5-3.5 4.5-3.5 4.5z`,
  'cmp.noise': 'M3 9h4l5-4v14l-5-4H3zM16 9a4 4 0 0 1 0 6M19 6a8 8 0 0 1 0 12',
  'cmp.sanitation': 'M3 6h18M9 6V3h6v3M5 6l1.5 15h11L19 6M10 10v7M14 10v7',
  'cmp.facilities': 'M4 20h16M6 20V9h12v11M9 9V5h6v4M9 13h6M9 16h6',
  'sug.services': 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z',
  'sug.environment': 'M4 20c0-9 6-15 16-15 0 9-6 15-15 15M4 20l8-8',
  'sug.activities': 'M3 5h18v16H3zM3 10h18M8 2v5M16 2v5M8 15h2M14 15h2',
  'sug.safety': SHIELD,
  'sug.elderly': 'M10 6a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM10 8v7l-3 6M10 15l3 6M10 10l-4 3M10 10l5 2M17 12v9',
};

/** Three dots: "something else". Every kind's last category, 其他, has it; so does any category a centre adds. */
const OTHER =
  'M5 10.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zM12 10.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zM19 10.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z';

function Svg({ d }: { d: string }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d={d} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function KindIcon({ kind }: { kind: Kind }) {
  return <Svg d={KIND_PATHS[kind]} />;
}

/** A category's icon; a category the default catalogue does not have gets the "something else" dots. */
export function CategoryIcon({ code }: { code: string }) {
  return <Svg d={CATEGORY_PATHS[code] ?? OTHER} />;
}

/** A magnifier, for checking progress. */
export function LookupIcon() {
  return <Svg d="M10.5 3a7.5 7.5 0 1 0 0 15 7.5 7.5 0 0 0 0-15zm5.3 12.8L21 21" />;
}
