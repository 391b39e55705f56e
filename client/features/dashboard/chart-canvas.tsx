import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
  type ChartConfiguration, type ChartDataset,
} from "chart.js";
import { useEffect, useRef } from "react";
import { prefersReducedMotion } from "@client/lib/reduced-motion.ts";

// Only the parts the dashboard draws: bars and lines on category and linear axes (tree-shaken).
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Dark enough for 3:1 against white; each series also has its own fill pattern or line dash and point shape. */
const COLOURS = ["#1f4e79", "#b35900", "#2e7d32", "#6a1b9a", "#5d4037"];
const DASHES = [[], [8, 4], [2, 3], [12, 3, 2, 3]];
const POINTS = ["circle", "triangle", "rect", "rectRot"] as const;

/** A fill that tells series apart without colour: plain, stripes, dots, cross-hatch. */
function pattern(index: number, colour: string): CanvasPattern | string {
  if (index === 0) return colour;
  const tile = document.createElement("canvas");
  tile.width = tile.height = 8;
  const g = tile.getContext("2d");
  if (!g) return colour;
  g.fillStyle = "#ffffff";
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = g.fillStyle = colour;
  g.lineWidth = 2;
  if (index % 3 === 1) {
    g.beginPath(); g.moveTo(0, 8); g.lineTo(8, 0); g.moveTo(-2, 2); g.lineTo(2, -2); g.moveTo(6, 10); g.lineTo(10, 6); g.stroke();
  } else if (index % 3 === 2) {
    g.beginPath(); g.arc(4, 4, 2, 0, Math.PI * 2); g.fill();
  } else {
    g.beginPath(); g.moveTo(0, 4); g.lineTo(8, 4); g.moveTo(4, 0); g.lineTo(4, 8); g.stroke();
  }
  return g.createPattern(tile, "repeat") ?? colour;
}

export interface Series {
  label: string;
  values: number[];
}

interface ChartCanvasProps {
  kind: "bar" | "line";
  labels: string[];
  series: Series[];
  /** What the canvas shows, for screen readers (the table below holds the numbers). */
  description: string;
  /** Formats a value on the axis and in the tooltip ("1 234,56 zł", "42%"). */
  format?: (value: number) => string;
  /** Fixes the value axis at 0..max (percentages). */
  max?: number;
}

/** One chart on a canvas; its data is also in a table beside it (the canvas itself is an image). */
export function ChartCanvas({ kind, labels, series, description, format, max }: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const datasets = series.map((s, i): ChartDataset<"bar" | "line", number[]> => {
      const colour = COLOURS[i % COLOURS.length]!;
      return kind === "bar"
        ? { type: "bar", label: s.label, data: s.values, backgroundColor: pattern(i, colour), borderColor: colour, borderWidth: 1 }
        : {
          type: "line", label: s.label, data: s.values, borderColor: colour, backgroundColor: colour,
          borderDash: DASHES[i % DASHES.length], pointStyle: POINTS[i % POINTS.length], pointRadius: 5, borderWidth: 2,
        };
    });
    const config: ChartConfiguration<"bar" | "line", number[], string> = {
      type: kind,
      data: { labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: prefersReducedMotion() ? false : undefined,
        plugins: {
          legend: { display: series.length > 1, labels: { usePointStyle: kind === "line", color: "#1a1a1a" } },
          tooltip: format ? { callbacks: { label: (item) => `${item.dataset.label ?? ""}: ${format(item.parsed.y ?? 0)}` } } : {},
        },
        scales: {
          x: { ticks: { color: "#1a1a1a" } },
          y: { beginAtZero: true, ...(max === undefined ? {} : { max }), ticks: { color: "#1a1a1a", ...(format ? { callback: (v) => format(Number(v)) } : {}) } },
        },
      },
    };
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [kind, labels, series, format, max]);
  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={description} />
    </div>
  );
}
