const WIDTH = 80;
const HEIGHT = 24;
const PAD = 3;

type Point = { x: number; y: number };

/** Each value as a point in the box (null where there is none): time across, the range of values up. */
function pointsOf(values: (number | null)[]): (Point | null)[] {
  const shown = values.filter((value): value is number => value !== null);
  const [low, high] = [Math.min(...shown), Math.max(...shown)];
  const step = values.length > 1 ? (WIDTH - 2 * PAD) / (values.length - 1) : 0;
  const y = (value: number) =>
    high === low ? HEIGHT / 2 : HEIGHT - PAD - ((value - low) / (high - low)) * (HEIGHT - 2 * PAD);
  return values.map((value, index) => (value === null ? null : { x: PAD + index * step, y: y(value) }));
}

/** The unbroken runs of points: a missing value breaks the line. */
function runsOf(points: (Point | null)[]): Point[][] {
  const runs: Point[][] = [[]];
  for (const point of points) {
    if (point === null) runs.push([]);
    else runs.at(-1)?.push(point);
  }
  return runs.filter((run) => run.length > 0);
}

/**
 * A small line of a region's values over the periods, drawn on the server, with a dot on the periode
 * shown (`marked`): the shape only (the numbers are in the table and the trend chart), so it is hidden
 * from screen readers.
 */
export function Sparkline({ values, marked }: { values: (number | null)[]; marked: number }) {
  const points = pointsOf(values);
  const lines = runsOf(points);
  const current = points[marked];
  return (
    <svg
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      className="overflow-visible text-tremor-brand"
    >
      {lines.map((line) =>
        line.length === 1 ? (
          <circle key={line[0]?.x} cx={line[0]?.x} cy={line[0]?.y} r={1.5} fill="currentColor" />
        ) : (
          <polyline
            key={line[0]?.x}
            points={line.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ')}
            fill="none"
            stroke="currentColor"
            strokeWidth={1.5}
            strokeLinejoin="round"
          />
        ),
      )}
      {current ? <circle cx={current.x} cy={current.y} r={2.5} fill="currentColor" /> : null}
    </svg>
  );
}
