import type { ReactNode } from 'react';

/** A card's title and the lines that say what it holds; `inset` where the card itself has no padding. */
export function CardHeading({
  title,
  inset = false,
  children,
}: {
  title: string;
  inset?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={`space-y-1 ${inset ? 'px-4 pt-4' : ''}`}>
      <h2 className="text-tremor-title font-semibold text-tremor-content-strong">{title}</h2>
      {children}
    </div>
  );
}
