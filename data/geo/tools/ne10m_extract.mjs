// Extract from world-atlas countries-10m (Natural Earth 1:10m admin-0) the non-shared arcs
// (coast/Caspian shore) and shared arcs (land borders) inside the box, as GeoJSON.
import { readFileSync, writeFileSync } from 'node:fs';
import * as topojson from 'topojson-client';
const topo = JSON.parse(readFileSync('node_modules/world-atlas/countries-10m.json', 'utf8'));
const BOX = [44, 38.5, 50.5, 43.5];
const inBox = ([x, y]) => x >= BOX[0] && x <= BOX[2] && y >= BOX[1] && y <= BOX[3];
function clipLines(ml) {               // keep runs of points inside the box (enough at hex scale)
  const out = [];
  for (const line of ml) { let cur = [];
    for (const p of line) { if (inBox(p)) cur.push([+p[0].toFixed(4), +p[1].toFixed(4)]); else { if (cur.length > 1) out.push(cur); cur = []; } }
    if (cur.length > 1) out.push(cur); }
  return out;
}
const obj = topo.objects.countries;
const coast = topojson.mesh(topo, obj, (a, b) => a === b);   // arcs used by one country only
const borders = topojson.mesh(topo, obj, (a, b) => a !== b);
const names = obj.geometries.filter(g => ['Azerbaijan','Georgia','Armenia','Iran','Russia','Turkey'].includes(g.properties.name)).map(g => g.properties.name + ':' + g.id);
const fc = { type: 'FeatureCollection', features: [
  { type: 'Feature', properties: { kind: 'coast', source: 'Natural Earth 1:10m admin-0 via npm world-atlas@2.0.2' }, geometry: { type: 'MultiLineString', coordinates: clipLines(coast.coordinates) } },
  { type: 'Feature', properties: { kind: 'border', source: 'Natural Earth 1:10m admin-0 via npm world-atlas@2.0.2' }, geometry: { type: 'MultiLineString', coordinates: clipLines(borders.coordinates) } } ] };
writeFileSync(process.argv[2] || 'caucasus_ne10m_coast_borders.geojson', JSON.stringify(fc));
for (const f of fc.features) console.log(f.properties.kind, f.geometry.coordinates.length, 'lines', f.geometry.coordinates.reduce((a, l) => a + l.length, 0), 'points');
console.log(names.join(' '), 'quantization', JSON.stringify(topo.transform));
