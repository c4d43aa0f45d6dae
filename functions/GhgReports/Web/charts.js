// The GHG web page, its charts: inline SVG line charts drawn from the API's JSON (years against values), one style for
// the HQ home's small multiples and management's trend. Each chart is an image with a text alternative that lists
// its values, so a screen reader gets what the lines show. Uses app.js's t, format, number.
const svgNs = "http://www.w3.org/2000/svg";

function svg(name, attributes, text) {
  const element = document.createElementNS(svgNs, name);
  Object.entries(attributes || {}).forEach(([k, v]) => element.setAttribute(k, v));
  if (text !== undefined) element.textContent = text;
  return element;
}

// series: [{ kind: "actual" | "pathway", label, values: [{ year, value }] }]; an empty series draws nothing.
function lineChart(series, title, options) {
  const width = (options && options.width) || 320, height = (options && options.height) || 180;
  const left = 44, right = 10, top = 10, bottom = 24;
  const points = series.flatMap(s => s.values);
  const summary = series.filter(s => s.values.length > 0)
    .map(s => format(t("chartSummary"), s.label, s.values.map(v => v.year + " " + number(v.value, 3)).join(", "))).join("; ");
  const chart = svg("svg", { viewBox: "0 0 " + width + " " + height, class: "chart", role: "img", "aria-label": title + ". " + summary });
  chart.appendChild(svg("title", {}, title));
  if (points.length === 0) return chart;
  const years = points.map(p => p.year), values = points.map(p => Number(p.value));
  const x0 = Math.min(...years), x1 = Math.max(...years, x0 + 1);
  const yMax = Math.max(...values) * 1.1 || 1, yMin = 0;
  const x = year => left + (year - x0) / (x1 - x0) * (width - left - right);
  const y = value => top + (1 - (value - yMin) / (yMax - yMin)) * (height - top - bottom);
  chart.appendChild(svg("line", { x1: left, y1: top, x2: left, y2: height - bottom, class: "axis" }));
  chart.appendChild(svg("line", { x1: left, y1: height - bottom, x2: width - right, y2: height - bottom, class: "axis" }));
  [yMin, yMax / 2, yMax].forEach(v => chart.appendChild(svg("text", { x: left - 4, y: y(v) + 3, "text-anchor": "end", class: "tick" }, number(v, 2))));
  const step = Math.max(1, Math.ceil((x1 - x0) / 4));
  for (let year = x0; year <= x1; year += step) {
    chart.appendChild(svg("text", { x: x(year), y: height - bottom + 14, "text-anchor": "middle", class: "tick" }, String(year)));
  }
  series.forEach(s => {
    if (s.values.length === 0) return;
    const path = s.values.map((v, i) => (i ? "L" : "M") + x(v.year).toFixed(1) + " " + y(Number(v.value)).toFixed(1)).join(" ");
    chart.appendChild(svg("path", { d: path, class: s.kind }));
    if (s.kind === "actual") s.values.forEach(v => chart.appendChild(svg("circle", { cx: x(v.year), cy: y(Number(v.value)), r: 3, class: "actual-dot" })));
  });
  return chart;
}

// The key under a set of charts: what the solid and the dashed line mean.
function chartLegend(actualKey, pathwayKey) {
  const legend = document.createElement("p");
  legend.className = "legend";
  [[actualKey, ""], [pathwayKey, " pathway"]].forEach(([key, extra]) => {
    const item = document.createElement("span");
    const swatch = document.createElement("span");
    swatch.className = "swatch" + extra;
    swatch.setAttribute("aria-hidden", "true");
    item.append(swatch, t(key));
    legend.appendChild(item);
  });
  return legend;
}

function figure(caption, content, className) {
  const element = document.createElement("figure");
  if (className) element.className = className;
  const label = document.createElement("figcaption");
  label.textContent = caption;
  element.append(label, content);
  return element;
}
