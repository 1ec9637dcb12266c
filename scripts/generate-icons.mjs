#!/usr/bin/env node
// Draws the app's icons (public/icons/*.png) from one SVG with sharp (installed with Next): a house
// with a check mark on the app's blue. Run again after changing the drawing; the PNGs are committed.
// The maskable icon fills its square and keeps the drawing inside the central 80% safe zone.
import { mkdirSync } from 'node:fs';
import sharp from 'sharp';

const BLUE = '#1d4ed8';

function drawing({ rounded, scale }) {
  const inset = (512 * (1 - scale)) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${rounded ? 96 : 0}" fill="${BLUE}"/>
  <g transform="translate(${inset} ${inset}) scale(${scale})" fill="none" stroke="#fff" stroke-width="28" stroke-linejoin="round" stroke-linecap="round">
    <path d="M96 240 L256 104 L416 240"/>
    <path d="M136 212 V408 H376 V212"/>
    <path d="M186 300 L240 352 L330 256" stroke="#fde047"/>
  </g>
</svg>`;
}

const ICONS = [
  { file: 'icon-192.png', size: 192, rounded: true, scale: 1 },
  { file: 'icon-512.png', size: 512, rounded: true, scale: 1 },
  { file: 'icon-maskable-512.png', size: 512, rounded: false, scale: 0.72 },
  { file: 'apple-touch-icon.png', size: 180, rounded: false, scale: 0.86 },
];

mkdirSync('public/icons', { recursive: true });
for (const icon of ICONS) {
  await sharp(Buffer.from(drawing(icon))).resize(icon.size, icon.size).png({ compressionLevel: 9, palette: true }).toFile(`public/icons/${icon.file}`);
  console.log(`public/icons/${icon.file}`);
}
