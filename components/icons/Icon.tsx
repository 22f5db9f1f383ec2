// Self-hosted line icons (24×24, stroke). No icon font, no request to another host.
const PATHS: Record<string, string> = {
  scale: 'M12 3v18M5 21h14M6 7h12M6 7l-3 7a3 3 0 0 0 6 0L6 7m12 0-3 7a3 3 0 0 0 6 0l-3-7',
  book: 'M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2V5Zm0 14a2 2 0 0 1 2-2h13',
  flag: 'M5 21V4m0 0h11l-2 4 2 4H5',
  school: 'M3 9l9-5 9 5-9 5-9-5Zm4 2.5V16c0 1.7 2.2 3 5 3s5-1.3 5-3v-4.5M21 9v6',
  heart: 'M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10Z',
  home: 'M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10',
  food: 'M7 3v8m-3-8v5a3 3 0 0 0 6 0V3M7 11v10m10-18c-2 0-3 3-3 6s1 4 3 4m0-10v18',
  briefcase: 'M4 8h16v11H4V8Zm5 0V5h6v3M4 13h16',
  coins: 'M12 7c4 0 7-1.3 7-3s-3-3-7-3-7 1.3-7 3 3 3 7 3Zm-7-3v6c0 1.7 3 3 7 3s7-1.3 7-3V4M5 10v6c0 1.7 3 3 7 3s7-1.3 7-3v-6',
  store: 'M4 10v10h16V10M3 10l2-6h14l2 6H3Zm6 10v-6h6v6',
  bus: 'M6 17V5a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2v12H6Zm0-6h12M8 20v-3m8 3v-3M9 14h.01M15 14h.01',
  family: 'M8 8a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Zm8 2a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM3 20v-4a5 5 0 0 1 10 0v4m1 0v-3a3 3 0 0 1 6 0v3',
  shield: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6l8-3Zm-3 9 2 2 4-4',
  laptop: 'M5 5h14v10H5V5Zm-3 14h20l-2-4H4l-2 4Z',
  chat: 'M4 5h16v10H9l-5 4V5Zm4 4h8M8 12h5',
  people: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm8 0a2.5 2.5 0 1 0 0-5M3 20a6 6 0 0 1 12 0m2-6a4 4 0 0 1 4 4v2',
  circle: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z',
  search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14Zm5-2 5 5',
  phone: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2',
  globe: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm-9-9h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-14v5l3 2',
  pin: 'M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11Zm0-8a3 3 0 1 0 0-6 3 3 0 0 0 0 6Z',
  arrow: 'M5 12h14m-5-5 5 5-5 5',
  warning: 'M12 3 2 20h20L12 3Zm0 6v5m0 3h.01',
  check: 'M5 12l5 5 9-10',
  printer: 'M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7v-7Z',
  mail: 'M3 6h18v12H3V6Zm0 0 9 7 9-7',
};

/** Icons that point somewhere are mirrored in right-to-left pages. */
const DIRECTIONAL = new Set(['arrow']);

export function Icon({ name, className = 'size-6' }: { name: string; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={`${className} shrink-0 ${DIRECTIONAL.has(name) ? 'icon-directional' : ''}`}
    >
      <path d={PATHS[name] ?? PATHS.circle} />
    </svg>
  );
}
