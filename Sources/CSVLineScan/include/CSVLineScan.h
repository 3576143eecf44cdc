// CSVLineScan: finds the commas of a quote-free CSV line sixteen bytes at a time, for
// InspectionSupport's CSVReader (called from Sources/InspectionSupport/CSV/
// CSVReader+InPlaceLines.swift). Swift cannot name the vector compare-and-mask instructions
// this needs; everything else about CSV (quotes, line ends, errors, positions) stays in Swift
// (Sources/InspectionSupport/CSV/CSVReader.swift and its extension files).
#ifndef CSVLINESCAN_H
#define CSVLINESCAN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Records the commas of `bytes[start..<limit]` up to its first line feed, carriage return
/// or double quote, and returns where that byte is (`limit` when there is none).
///
/// Comma `k` (from 0) is stored as its offset from `start` in `ends[k]`; `*count` is set to
/// how many were stored. At most `capacity - 1` are stored, leaving room for the line's
/// end: when a comma would be one too many, the scan stops and returns -1 (`*count` is then
/// meaningless).
///
/// x86-64 compares sixteen bytes at a time (SSE2, which every x86-64 CPU has); other
/// platforms use `ik_csv_scan_line_portable`. Both give the same results for every input.
ptrdiff_t ik_csv_scan_line(const uint8_t *bytes, ptrdiff_t start, ptrdiff_t limit,
                           ptrdiff_t *ends, ptrdiff_t capacity, ptrdiff_t *count);

/// `ik_csv_scan_line` one byte at a time: the reference the vector version is tested
/// against, and what runs where there is no vector version.
ptrdiff_t ik_csv_scan_line_portable(const uint8_t *bytes, ptrdiff_t start, ptrdiff_t limit,
                                    ptrdiff_t *ends, ptrdiff_t capacity, ptrdiff_t *count);

/// `ik_csv_scan_line` for fields separated by `separator` instead of a comma (a semicolon or
/// a tab, as spreadsheets in many locales write them); `separator` must not be a line feed,
/// carriage return or double quote. Same results as `ik_csv_scan_line_separated_portable`.
ptrdiff_t ik_csv_scan_line_separated(const uint8_t *bytes, ptrdiff_t start, ptrdiff_t limit,
                                     uint8_t separator, ptrdiff_t *ends, ptrdiff_t capacity,
                                     ptrdiff_t *count);

/// `ik_csv_scan_line_separated` one byte at a time.
ptrdiff_t ik_csv_scan_line_separated_portable(const uint8_t *bytes, ptrdiff_t start,
                                              ptrdiff_t limit, uint8_t separator,
                                              ptrdiff_t *ends, ptrdiff_t capacity,
                                              ptrdiff_t *count);

#ifdef __cplusplus
}
#endif

#endif
