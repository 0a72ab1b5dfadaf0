// Converts Finland's and Sweden's borders from the npm package world-atlas (Natural Earth 1:50m,
// public domain) into src/main/resources/insight/outline.tsv, once; the application never fetches it.
//   npm install world-atlas@2.0.2 && node tools/insight-outline.mjs node_modules/world-atlas/countries-50m.json
import { readFileSync, writeFileSync } from 'node:fs';

const topology = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;
const arcs = topology.arcs.map(arc => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
const ring = indexes => indexes.flatMap((i, n) => {
  const points = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
  return n === 0 ? points : points.slice(1);
});
// Keeps a point only once it lies 0.04 degrees from the last kept one; drops islands under 0.02 square degrees.
const simplify = points => points.filter((p, i) => {
  if (i === 0 || i === points.length - 1) return true;
  const last = simplify.last;
  if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < 0.04) return false;
  simplify.last = p;
  return true;
});
const area = points => Math.abs(points.reduce((s, p, i) => {
  const q = points[(i + 1) % points.length];
  return s + p[0] * q[1] - q[0] * p[1];
}, 0) / 2);
const lines = ['# Outlines of Finland and Sweden: Natural Earth 1:50m via world-atlas 2.0.2 (public domain),',
  '# simplified by tools/insight-outline.mjs. One ring a line: country, then lon,lat pairs.'];
for (const [id, code] of [['246', 'FI'], ['752', 'SE']]) {
  const geometry = topology.objects.countries.geometries.find(g => g.id === id);
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
  for (const polygon of polygons) {
    const outer = ring(polygon[0]);
    if (area(outer) < 0.02) continue;
    simplify.last = null;
    const kept = simplify(outer);
    lines.push(code + '\t' + kept.map(([x, y]) => x.toFixed(3) + ',' + y.toFixed(3)).join(' '));
  }
}
writeFileSync('src/main/resources/insight/outline.tsv', lines.join('\n') + '\n');
