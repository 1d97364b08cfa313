/** Horizontal grouped bars in inline SVG: one group per category, one bar per series, the value at its end. */
export interface BarSeries {
  name: string;
  /** A CSS class that colours the bars and the legend swatch (see styles.css, .series-*). */
  className: string;
  values: number[];
}

interface Props {
  title: string;
  categories: string[];
  series: BarSeries[];
  format(value: number): string;
}

/** Drawn at this natural width (never scaled up, so the text stays the page's size); narrower screens shrink it. */
const WIDTH = 640;
/** About the width of one character of the 12px label font; the label column fits the longest label. */
const CHAR_WIDTH = 6.8;
const MIN_LABEL_WIDTH = 70;
const MAX_LABEL_WIDTH = 280;
const VALUE_WIDTH = 90;
const BAR_HEIGHT = 14;
const BAR_GAP = 3;
const GROUP_GAP = 12;
const TOP = 4;

export function BarChart({ title, categories, series, format }: Props) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const groupHeight = series.length * (BAR_HEIGHT + BAR_GAP) - BAR_GAP;
  const height = TOP + categories.length * (groupHeight + GROUP_GAP);
  const longest = Math.max(0, ...categories.map((c) => c.length));
  const labelWidth = Math.min(MAX_LABEL_WIDTH, Math.max(MIN_LABEL_WIDTH, Math.ceil(longest * CHAR_WIDTH) + 12));
  const barSpace = WIDTH - labelWidth - VALUE_WIDTH;
  return (
    <figure className="chart">
      <svg
        width={WIDTH}
        height={height}
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={title}
        className="chart-svg"
      >
        {categories.map((category, row) => {
          const y = TOP + row * (groupHeight + GROUP_GAP);
          return (
            <g key={category}>
              <text
                x={labelWidth - 8}
                y={y + groupHeight / 2}
                className="chart-label"
                textAnchor="end"
                dominantBaseline="middle"
              >
                {category}
              </text>
              {series.map((s, index) => {
                const value = s.values[row] ?? 0;
                const barY = y + index * (BAR_HEIGHT + BAR_GAP);
                const barWidth = Math.max(value > 0 ? 2 : 0, (value / max) * barSpace);
                return (
                  <g key={s.name}>
                    <rect x={labelWidth} y={barY} width={barWidth} height={BAR_HEIGHT} rx={2} className={s.className}>
                      <title>{`${category} · ${s.name}: ${format(value)}`}</title>
                    </rect>
                    <text
                      x={labelWidth + barWidth + 6}
                      y={barY + BAR_HEIGHT / 2}
                      className="chart-value"
                      dominantBaseline="middle"
                    >
                      {format(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        {series.map((s) => (
          <span key={s.name}>
            <svg width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" rx="2" className={s.className} />
            </svg>{' '}
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
