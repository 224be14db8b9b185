/** The app's window mark (as app/icon.svg), drawn inline beside the name; decorative, the name says it all. */
export function AppMark() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className="h-8 w-8 shrink-0">
      <rect width="32" height="32" rx="6" fill="#1d4ed8" />
      <path d="M8 9h16v14H8z" fill="none" stroke="#fff" strokeWidth="2.5" />
      <path d="M16 9v14M8 16h16" stroke="#fff" strokeWidth="2.5" />
    </svg>
  );
}
