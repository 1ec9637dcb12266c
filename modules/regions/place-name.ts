// A region as lists show it: with its parent's name ("封开县 · 长岗镇"), which tells apart the
// many towns and villages of the same name.
export function placeName(region: { name: string; parent: { name: string } | null }): string {
  return region.parent ? `${region.parent.name} · ${region.name}` : region.name;
}
