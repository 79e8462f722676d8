/**
 * Well-formed UTF-8 whose characters all fit in Latin-1 (ASCII, or 0xC2/0xC3 and one
 * continuation byte), converted to Latin-1 bytes by a small WebAssembly function. ICU's
 * `transcode` converts through UTF-16 and a JavaScript loop is no faster than it; this loop,
 * eight bytes at a time where they are ASCII, takes about 1.1 ns per byte of French prose to
 * ICU's 2.0 (copies in and out included). ICU
 * also silently drops default-ignorable characters (a BOM, a zero-width space, bidi marks)
 * instead of refusing them, so text converted by it lost them and its later columns shifted;
 * here they are refused like any character above U+00FF, and the reader reads the rest of the
 * file as strings, which keep them.
 *
 * The function, in WebAssembly's text form:
 *
 *   (func (export "f") (param $in i32) (param $end i32) (param $out i32) (result i32)
 *     (local $b i32) (local $c i32) (local $w i64)
 *     block $fail
 *       loop $next
 *         (if (i32.ge_u $in $end) (then (return $out)))
 *         (if (i32.le_u (i32.add $in 8) $end) (then
 *           ;; Eight bytes copied at once; the ASCII ones that open them are kept.
 *           (i64.store $out (local.tee $w (i64.load $in)))
 *           (local.tee $b (i32.shr_u (i32.wrap_i64 (i64.ctz (i64.and $w 0x8080808080808080))) 3))
 *           $out += $b  $in += $b
 *           (br_if $next (i32.eq $b 8))))
 *         (local.tee $b (i32.load8_u $in))
 *         (if (i32.lt_u $b 0x80) (then
 *           (i32.store8 $out $b) $out += 1  $in += 1  (br $next)))
 *         (br_if $fail (i32.ne (i32.and $b 0xfe) 0xc2))
 *         (br_if $fail (i32.ge_u (i32.add $in 1) $end))
 *         (br_if $fail (i32.ne (i32.and (local.tee $c (i32.load8_u offset=1 $in)) 0xc0) 0x80))
 *         (i32.store8 $out (i32.or (i32.shl $b 6) (i32.and $c 0x3f)))
 *         $out += 1  $in += 2  (br $next)
 *       end
 *     end
 *     (i32.const -1))
 *
 * with one memory exported as "m". It returns the end of what it wrote, or -1 at the first
 * byte that is not such a character (a wider one, invalid UTF-8, a cut end).
 */
const BODY = [
  // Two i32 locals: b, c; one i64: w.
  0x02, 0x02, 0x7f, 0x01, 0x7e,
  // block $fail, loop $next
  0x02, 0x40, 0x03, 0x40,
  // if in >= end: return out
  0x20, 0x00, 0x20, 0x01, 0x4f, 0x04, 0x40, 0x20, 0x02, 0x0f, 0x0b,
  // if in + 8 <= end: store64(out, w = load64(in))
  0x20, 0x00, 0x41, 0x08, 0x6a, 0x20, 0x01, 0x4d, 0x04, 0x40, 0x20, 0x02, 0x20, 0x00, 0x29, 0x00,
  0x00, 0x22, 0x05, 0x37, 0x00, 0x00,
  // b = ctz(w & 0x8080808080808080) >> 3: the ASCII bytes that open w (8 when all are)
  0x20, 0x05, 0x42, 0x80, 0x81, 0x82, 0x84, 0x88, 0x90, 0xa0, 0xc0, 0x80, 0x7f, 0x83, 0x7a, 0xa7,
  0x41, 0x03, 0x76, 0x22, 0x03,
  // out += b; in += b; br_if $next: b == 8; end
  0x20, 0x02, 0x6a, 0x21, 0x02, 0x20, 0x00, 0x20, 0x03, 0x6a, 0x21, 0x00, 0x20, 0x03, 0x41, 0x08,
  0x46, 0x0d, 0x01, 0x0b,
  // b = load8_u(in); if b < 0x80
  0x20, 0x00, 0x2d, 0x00, 0x00, 0x22, 0x03, 0x41, 0x80, 0x01, 0x49, 0x04, 0x40,
  // store8(out, b); out += 1; in += 1; br $next; end
  0x20, 0x02, 0x20, 0x03, 0x3a, 0x00, 0x00, 0x20, 0x02, 0x41, 0x01, 0x6a, 0x21, 0x02, 0x20, 0x00,
  0x41, 0x01, 0x6a, 0x21, 0x00, 0x0c, 0x01, 0x0b,
  // br_if $fail: (b & 0xfe) != 0xc2
  0x20, 0x03, 0x41, 0xfe, 0x01, 0x71, 0x41, 0xc2, 0x01, 0x47, 0x0d, 0x01,
  // br_if $fail: in + 1 >= end
  0x20, 0x00, 0x41, 0x01, 0x6a, 0x20, 0x01, 0x4f, 0x0d, 0x01,
  // c = load8_u offset=1 (in); br_if $fail: (c & 0xc0) != 0x80
  0x20, 0x00, 0x2d, 0x00, 0x01, 0x22, 0x04, 0x41, 0xc0, 0x01, 0x71, 0x41, 0x80, 0x01, 0x47, 0x0d,
  0x01,
  // store8(out, (b << 6) | (c & 0x3f))
  0x20, 0x02, 0x20, 0x03, 0x41, 0x06, 0x74, 0x20, 0x04, 0x41, 0x3f, 0x71, 0x72, 0x3a, 0x00, 0x00,
  // out += 1; in += 2; br $next
  0x20, 0x02, 0x41, 0x01, 0x6a, 0x21, 0x02, 0x20, 0x00, 0x41, 0x02, 0x6a, 0x21, 0x00, 0x0c, 0x00,
  // end loop, end block, -1, end
  0x0b, 0x0b, 0x41, 0x7f, 0x0b,
];

function leb128(value: number): number[] {
  return value < 0x80 ? [value] : [(value & 0x7f) | 0x80, ...leb128(value >> 7)];
}

function section(id: number, content: number[]): number[] {
  return [id, ...leb128(content.length), ...content];
}

/** The module's bytes: magic and version, then its type, function, memory, export and code sections. */
export const MODULE_BYTES = Uint8Array.from([
  0x00,
  0x61,
  0x73,
  0x6d,
  0x01,
  0x00,
  0x00,
  0x00,
  // (i32, i32, i32) -> i32
  ...section(1, [0x01, 0x60, 0x03, 0x7f, 0x7f, 0x7f, 0x01, 0x7f]),
  ...section(3, [0x01, 0x00]),
  // One memory, one page at first.
  ...section(5, [0x01, 0x00, 0x01]),
  // "m": the memory, "f": the function.
  ...section(7, [0x02, 0x01, 0x6d, 0x02, 0x00, 0x01, 0x66, 0x00, 0x00]),
  ...section(10, [0x01, ...leb128(BODY.length), ...BODY]),
]);

/** What this file uses of WebAssembly (a global of Node's, not in the project's type libraries). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}

interface Converter {
  memory: WasmMemory;
  convert: (input: number, end: number, output: number) => number;
}

let converter: Converter | undefined;

function instance(): Converter {
  if (converter) return converter;
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const exports = new wasm.Instance(new wasm.Module(MODULE_BYTES)).exports;
  converter = {
    memory: exports['m'] as WasmMemory,
    convert: exports['f'] as Converter['convert'],
  };
  return converter;
}

const PAGE = 1 << 16;

/**
 * `utf8` as Latin-1 bytes when it is ASCII and U+0080–U+00FF only, well-formed and not cut;
 * undefined for any other. The result is a view of the module's memory, valid until the next
 * call: copy it.
 */
export function utf8ToLatin1(utf8: Uint8Array): Uint8Array | undefined {
  const { memory, convert } = instance();
  // The input at 0, the output right after it (at most as long).
  const needed = 2 * utf8.length;
  if (memory.buffer.byteLength < needed)
    memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE));
  const heap = new Uint8Array(memory.buffer);
  heap.set(utf8, 0);
  const end = convert(0, utf8.length, utf8.length);
  return end < 0 ? undefined : heap.subarray(utf8.length, end);
}
