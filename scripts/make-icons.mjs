// Renders the app icons, favicon.ico and the Open Graph image in public/ from public/favicon.svg.
// Run by hand when the logo changes (`node scripts/make-icons.mjs`) and commit the results; it uses
// sharp, which Next.js installs for image optimisation. The OG image's text needs DejaVu Sans.
import { readFile, writeFile } from "node:fs/promises";
import sharp from "sharp";

const publicDir = new URL("../public/", import.meta.url);
const logo = await readFile(new URL("favicon.svg", publicDir));

const png = (size) => sharp(logo, { density: 72 * (size / 32) }).resize(size, size).png().toBuffer();

for (const [name, size] of [["icon-192.png", 192], ["icon-512.png", 512], ["apple-touch-icon.png", 180]]) {
  await writeFile(new URL(name, publicDir), await png(size));
}

// An .ico may hold a PNG: a 6-byte header and one 16-byte directory entry in front of a 32 px PNG.
const small = await png(32);
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(1, 4);
header.writeUInt8(32, 6);
header.writeUInt8(32, 7);
header.writeUInt16LE(1, 10);
header.writeUInt16LE(32, 12);
header.writeUInt32LE(small.length, 14);
header.writeUInt32LE(22, 18);
await writeFile(new URL("favicon.ico", publicDir), Buffer.concat([header, small]));

const ogMark = logo.toString("utf8").replace("<svg ", '<svg x="96" y="96" width="160" height="160" ');
const og = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#f8fafc"/>
  <rect y="590" width="1200" height="40" fill="#1e40af"/>
  ${ogMark}
  <text x="96" y="380" font-family="DejaVu Sans" font-weight="bold" font-size="88" fill="#0f172a">Fact-check</text>
  <text x="96" y="460" font-family="DejaVu Sans" font-size="36" fill="#334155">Claims, sources and verdicts, checked by a newsroom</text>
  <text x="96" y="530" font-family="DejaVu Sans" font-size="32" fill="#1e40af">Factdesk</text>
</svg>`;
await writeFile(new URL("og-image.png", publicDir), await sharp(Buffer.from(og)).png({ compressionLevel: 9 }).toBuffer());
