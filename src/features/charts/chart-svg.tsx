import type { ReactNode, RefObject } from 'react'

/**
 * A chart's drawing surface: an SVG of the model's size (its viewBox the same, so the downloaded
 * image keeps it), named for assistive technology. `role` 'group' for a chart whose marks are buttons.
 */
export function ChartSvg({
  svgRef,
  width,
  height,
  label,
  className = 'chart',
  role = 'img',
  children,
}: {
  svgRef: RefObject<SVGSVGElement | null>
  width: number
  height: number
  label: string
  className?: string
  role?: 'img' | 'group'
  children: ReactNode
}) {
  return (
    <svg
      ref={svgRef}
      className={className}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role={role}
      aria-label={label}
    >
      {children}
    </svg>
  )
}
