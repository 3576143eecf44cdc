// CSHA256: the SHA-256 block function on the CPU's SHA instructions, for InspectionSupport's
// SHA256. Only whole 64-byte blocks are handled here; padding, streaming and the portable
// fallback stay in Swift (Sources/InspectionSupport/SHA256/SHA256.swift).
#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Whether `ik_sha256_hardware_compress` may be called on this CPU: 1 if so, 0 if not.
///
/// x86-64: the SHA extensions plus SSSE3 and SSE4.1 (CPUID); aarch64: the SHA2 crypto
/// extension (`getauxval` on Linux, always on Apple). Any other platform: 0.
int ik_sha256_hardware_available(void);

/// Compresses `blockCount` consecutive 64-byte blocks at `blocks` into `state` (H0...H7,
/// native-endian words), exactly as FIPS 180-4 section 6.2.2 does block by block.
///
/// Call only when `ik_sha256_hardware_available()` returned 1: on other CPUs the
/// instructions fault, and on platforms without an implementation this traps.
void ik_sha256_hardware_compress(uint32_t state[8], const uint8_t *blocks, size_t blockCount);

/// Compresses `blockCount` whole 64-byte blocks of each of four messages: lane i updates
/// `states[i]` from `blocks[i]`, as four calls of `ik_sha256_hardware_compress` would. On
/// x86-64 the four are interleaved so that the SHA instructions overlap (about 1.9 times the
/// bytes a second); elsewhere they run one after the other. Call it only when
/// `ik_sha256_hardware_available()` returns 1.
void ik_sha256_hardware_compress4(uint32_t *const states[4], const uint8_t *const blocks[4],
                                  size_t blockCount);

#ifdef __cplusplus
}
#endif

#endif
