// Reads a zip's central directory (the list at the end of the file) without inflating anything:
// each entry's name, method, sizes as declared and where its data starts. Null when the bytes are
// not a readable zip. ZIP64 sizes are read from the entry's extra field.
export type ZipEntry = { name: string; method: number; compressedBytes: number; uncompressedBytes: number; dataStart: number };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const fits = (at: number, length: number) => at >= 0 && at + length <= bytes.length;

  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - MAX_COMMENT); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && fits(eocd - 20, 20) && u32(eocd - 20) === ZIP64_LOCATOR) {
    const at = Number(view.getBigUint64(eocd - 20 + 8, true));
    if (!fits(at, 56) || u32(at) !== ZIP64_EOCD) return null;
    count = Number(view.getBigUint64(at + 32, true));
    offset = Number(view.getBigUint64(at + 48, true));
  }

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (!fits(at, 46) || u32(at) !== CENTRAL) return null;
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    if (!fits(at + 46, nameLength + extraLength)) return null;
    const sizes = { compressed: u32(at + 20), uncompressed: u32(at + 24), local: u32(at + 42) };
    readZip64Sizes(view, at + 46 + nameLength, extraLength, sizes);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (!fits(sizes.local, 30) || u32(sizes.local) !== LOCAL) return null;
    const dataStart = sizes.local + 30 + u16(sizes.local + 26) + u16(sizes.local + 28);
    if (!fits(dataStart, sizes.compressed)) return null;
    entries.push({ name, method: u16(at + 10), compressedBytes: sizes.compressed, uncompressedBytes: sizes.uncompressed, dataStart });
    at += 46 + nameLength + extraLength + u16(at + 32);
  }
  return entries;
}

/** In ZIP64, a size or offset of 0xffffffff means "see the extra field", where they follow in this order. */
function readZip64Sizes(view: DataView, start: number, length: number, sizes: { compressed: number; uncompressed: number; local: number }) {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (sizes.uncompressed === 0xffffffff) sizes.uncompressed = next();
      if (sizes.compressed === 0xffffffff) sizes.compressed = next();
      if (sizes.local === 0xffffffff) sizes.local = next();
      return;
    }
    at += 4 + size;
  }
}
