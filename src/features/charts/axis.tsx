export interface Tick {
  value: number
  /** Position along the axis, px. */
  at: number
  label: string
}

/** A horizontal axis at `y`: tick marks, labels and, optionally, vertical grid lines up to `gridTop`. */
export function XAxis({ ticks, y, gridTop }: { ticks: readonly Tick[]; y: number; gridTop?: number }) {
  return (
    <g className="axis axis-x">
      {ticks.map((t) => (
        <g key={t.value} transform={`translate(${t.at},0)`}>
          {gridTop !== undefined && <line className="grid" y1={gridTop} y2={y} />}
          <line className="tick" y1={y} y2={y + 4} />
          <text y={y + 14} textAnchor="middle">
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
          <line className={t.value === 0 ? 'grid zero' : 'grid'} x1={x} x2={gridRight} />
          <text x={x - 5} dy="0.32em" textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
    </g>
  )
}
