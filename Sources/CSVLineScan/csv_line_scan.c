#include "CSVLineScan.h"

#if defined(__x86_64__) || defined(_M_X64)
#include <emmintrin.h>
#define IK_CSV_SSE2 1
#endif

ptrdiff_t ik_csv_scan_line_portable(const uint8_t *bytes, ptrdiff_t start, ptrdiff_t limit,
                                    ptrdiff_t *ends, ptrdiff_t capacity, ptrdiff_t *count) {
  ptrdiff_t stored = 0;
  for (ptrdiff_t index = start; index < limit; index++) {
    uint8_t byte = bytes[index];
    if (byte > ',') continue;
    if (byte == ',') {
      if (stored + 1 >= capacity) return -1;
      ends[stored++] = index - start;
    } else if (byte == '\n' || byte == '\r' || byte == '"') {
      *count = stored;
      return index;
    }
  }
  *count = stored;
  return limit;
}

ptrdiff_t ik_csv_scan_line_separated_portable(const uint8_t *bytes, ptrdiff_t start,
                                              ptrdiff_t limit, uint8_t separator,
                                              ptrdiff_t *ends, ptrdiff_t capacity,
                                              ptrdiff_t *count) {
  ptrdiff_t stored = 0;
  for (ptrdiff_t index = start; index < limit; index++) {
    uint8_t byte = bytes[index];
    if (byte == separator) {
      if (stored + 1 >= capacity) return -1;
      ends[stored++] = index - start;
    } else if (byte == '\n' || byte == '\r' || byte == '"') {
      *count = stored;
      return index;
    }
  }
  *count = stored;
  return limit;
}

#ifdef IK_CSV_SSE2
/// The vector scan for any separator; `ik_csv_scan_line` passes a comma, which the compiler
/// folds into the constant it was before.
static inline ptrdiff_t scan_line_sse2(const uint8_t *bytes, ptrdiff_t start, ptrdiff_t limit,
                                       uint8_t separator, ptrdiff_t *ends, ptrdiff_t capacity,
                                       ptrdiff_t *count) {
  const __m128i comma = _mm_set1_epi8((char)separator);
  const __m128i lf = _mm_set1_epi8('\n');
  const __m128i cr = _mm_set1_epi8('\r');
  const __m128i quote = _mm_set1_epi8('"');
  ptrdiff_t stored = 0;
  ptrdiff_t index = start;
  while (index + 16 <= limit) {
    __m128i block = _mm_loadu_si128((const __m128i *)(bytes + index));
    unsigned commas = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(block, comma));
    unsigned stops = (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, lf), _mm_cmpeq_epi8(block, cr)),
                     _mm_cmpeq_epi8(block, quote)));
    if (stops != 0) commas &= (stops & -stops) - 1;  // only the commas before the first stop
    if (stored + 17 <= capacity) {
      // Room for sixteen commas and the line's end: write eight positions whatever the
      // number of commas (the extra ones are past `stored`, overwritten later), then any
      // more, so that the usual block takes no branch that depends on its commas. A
      // position from an empty mask is 16 (the bit or'ed in), never read.
      ptrdiff_t offset = index - start;
      ptrdiff_t *out = ends + stored;
      int found = __builtin_popcount(commas);
      for (int k = 0; k < 8; k++) {
        out[k] = offset + __builtin_ctz(commas | 0x10000u);
        commas &= commas - 1;
      }
      for (int k = 8; k < found; k++) {
        out[k] = offset + __builtin_ctz(commas);
        commas &= commas - 1;
      }
      stored += found;
    } else {
      // Near the capacity: one by one, checking each.
      while (commas != 0) {
        if (stored + 1 >= capacity) return -1;
        ends[stored++] = index + __builtin_ctz(commas) - start;
        commas &= commas - 1;
      }
    }
    if (stops != 0) {
      *count = stored;
      return index + __builtin_ctz(stops);
    }
    index += 16;
  }
  ptrdiff_t tail = 0;
  ptrdiff_t found = separator == ','
                        ? ik_csv_scan_line_portable(bytes, index, limit, ends + stored,
                                                    capacity - stored, &tail)
                        : ik_csv_scan_line_separated_portable(bytes, index, limit, separator,
                                                              ends + stored, capacity - stored,
                                                              &tail);
  if (found < 0) return -1;
  for (ptrdiff_t k = 0; k < tail; k++) ends[stored + k] += index - start;
  *count = stored + tail;
  return found;
}

ptrdiff_t ik_csv_scan_line(const uint8_t *bytes, ptrdiff_t start, ptrdiff_t limit,
                           ptrdiff_t *ends, ptrdiff_t capacity, ptrdiff_t *count) {
  return scan_line_sse2(bytes, start, limit, ',', ends, capacity, count);
}

ptrdiff_t ik_csv_scan_line_separated(const uint8_t *bytes, ptrdiff_t start, ptrdiff_t limit,
                                     uint8_t separator, ptrdiff_t *ends, ptrdiff_t capacity,
                                     ptrdiff_t *count) {
  return scan_line_sse2(bytes, start, limit, separator, ends, capacity, count);
}
#else
ptrdiff_t ik_csv_scan_line(const uint8_t *bytes, ptrdiff_t start, ptrdiff_t limit,
                           ptrdiff_t *ends, ptrdiff_t capacity, ptrdiff_t *count) {
  return ik_csv_scan_line_portable(bytes, start, limit, ends, capacity, count);
}

ptrdiff_t ik_csv_scan_line_separated(const uint8_t *bytes, ptrdiff_t start, ptrdiff_t limit,
                                     uint8_t separator, ptrdiff_t *ends, ptrdiff_t capacity,
                                     ptrdiff_t *count) {
  return ik_csv_scan_line_separated_portable(bytes, start, limit, separator, ends, capacity,
                                             count);
}
#endif
