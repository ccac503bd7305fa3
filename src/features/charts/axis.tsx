export interface Tick {
  value: number
  /** Position along the axis, px. */
  at: number
  label: string
}

// Axis colours and sizes are SVG presentation attributes, not only CSS: a downloaded SVG or PNG is
// the serialized chart without the page's stylesheet, and class-only styling left its grid and tick
// lines unstroked and its labels at the 16px default (clipped on the left). The rules in charts.css
// still apply on screen and match these values.
const LABEL = { fill: '#4a5a66', fontSize: 10 } as const
const GRID = '#e3e8ec'
const TICK = '#8a99a5'

/** A horizontal axis at `y`: tick marks, labels and, optionally, vertical grid lines up to `gridTop`. */
export function XAxis({ ticks, y, gridTop }: { ticks: readonly Tick[]; y: number; gridTop?: number }) {
  return (
    <g className="axis axis-x">
      {ticks.map((t) => (
        <g key={t.value} transform={`translate(${t.at},0)`}>
          {gridTop !== undefined && <line className="grid" y1={gridTop} y2={y} stroke={GRID} />}
          <line className="tick" y1={y} y2={y + 4} stroke={TICK} />
          <text y={y + 14} textAnchor="middle" {...LABEL}>
            {t.label}
          </text>
        </g>
      ))}
    </g>
  )
}

/** A vertical axis at `x`: labels to the left and horizontal grid lines from `x` to `gridRight`. */
export function YAxis({ ticks, x, gridRight }: { ticks: readonly Tick[]; x: number; gridRight: number }) {
  return (
    <g className="axis axis-y">
      {ticks.map((t) => (
        <g key={t.value} transform={`translate(0,${t.at})`}>
          <line
            className={t.value === 0 ? 'grid zero' : 'grid'}
            x1={x}
            x2={gridRight}
            stroke={t.value === 0 ? TICK : GRID}
          />
          <text x={x - 5} dy="0.32em" textAnchor="end" {...LABEL}>
            {t.label}
          </text>
        </g>
      ))}
    </g>
  )
}
