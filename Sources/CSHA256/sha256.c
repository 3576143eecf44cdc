// SHA-256 compression on the CPU's SHA instructions (FIPS 180-4 section 6.2.2).
//
// Written from the instruction descriptions: Intel's "SHA Extensions" (SHA256RNDS2,
// SHA256MSG1, SHA256MSG2) and Arm's ARMv8 Cryptographic Extension (SHA256H, SHA256H2,
// SHA256SU0, SHA256SU1). Each platform's function carries a `target` attribute so that
// only it may use the instructions; the rest of the file is compiled for the baseline ISA
// and the caller checks `ik_sha256_hardware_available()` before calling.

#include "CSHA256.h"

// The 64 round constants K0...K63 (FIPS 180-4 section 4.2.2), shared by both paths.
// Aligned so that four at a time load as one vector.
static const uint32_t roundConstants[64] __attribute__((aligned(16))) = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
  0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
  0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
  0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
  0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
  0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
  0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
  0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
};

#if defined(__x86_64__) || defined(_M_X64)

#include <cpuid.h>
#include <immintrin.h>

int ik_sha256_hardware_available(void) {
  unsigned int eax, ebx, ecx, edx;
  // Leaf 1, ECX: bit 9 SSSE3 (the byte shuffle that makes words big-endian), bit 19
  // SSE4.1 (the blend that rearranges the state).
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
  if (!(ecx & (1u << 9)) || !(ecx & (1u << 19))) return 0;
  // Leaf 7 subleaf 0, EBX bit 29: the SHA extensions. __get_cpuid_count fails when the CPU's
  // highest leaf is below 7.
  if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
  return (ebx >> 29) & 1;
}

__attribute__((target("sha,sse4.1,ssse3")))
void ik_sha256_hardware_compress(uint32_t state[8], const uint8_t *blocks, size_t blockCount) {
  // SHA256RNDS2 keeps the eight working variables in two registers, in the order its
  // description names them: ABEF = {A, B, E, F} and CDGH = {C, D, G, H}, A and C in the
  // highest lane. Memory holds {a, b, c, d} and {e, f, g, h} with a in the lowest lane.
  __m128i abcd = _mm_loadu_si128((const __m128i *)&state[0]);
  __m128i efgh = _mm_loadu_si128((const __m128i *)&state[4]);
  __m128i badc = _mm_shuffle_epi32(abcd, 0xB1);            // lanes b a d c
  __m128i hgfe = _mm_shuffle_epi32(efgh, 0x1B);            // lanes h g f e
  __m128i abef = _mm_alignr_epi8(badc, hgfe, 8);           // lanes f e b a
  __m128i cdgh = _mm_blend_epi16(hgfe, badc, 0xF0);        // lanes h g d c

  // Swaps the bytes of each 32-bit lane: message words are big-endian.
  const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);

  for (size_t block = 0; block < blockCount; block++) {
    const uint8_t *input = blocks + block * 64;
    const __m128i savedABEF = abef, savedCDGH = cdgh;
    // The message schedule four words at a time: schedule[g % 4] holds W[4g ... 4g+3].
    __m128i schedule[4];
    for (int g = 0; g < 16; g++) {
      __m128i words;
      if (g < 4) {
        words = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(input + 16 * g)), byteSwap);
      } else {
        // W[t] = sigma1(W[t-2]) + W[t-7] + sigma0(W[t-15]) + W[t-16], for t = 4g ... 4g+3.
        // MSG1 adds sigma0 of the next word to W[t-16 ... t-13]; the alignment picks out
        // W[t-7 ... t-4] from the two groups before; MSG2 adds sigma1 of W[t-2], computing
        // the first two new words before the last two that depend on them.
        __m128i previous = schedule[(g - 1) % 4], beforePrevious = schedule[(g - 2) % 4];
        words = _mm_sha256msg1_epu32(schedule[g % 4], schedule[(g - 3) % 4]);
        words = _mm_add_epi32(words, _mm_alignr_epi8(previous, beforePrevious, 4));
        words = _mm_sha256msg2_epu32(words, previous);
      }
      schedule[g % 4] = words;
      // Two rounds per instruction, each consuming W[t] + K[t] from the low two lanes.
      __m128i sums = _mm_add_epi32(words, _mm_load_si128((const __m128i *)&roundConstants[4 * g]));
      // After two rounds the old A, B, E, F are the new C, D, G, H, so the roles of the
      // registers swap: the first call leaves the new ABEF in `cdgh`, the second the new ABEF
      // in `abef` again, and `cdgh` then holds the CDGH of four rounds on.
      cdgh = _mm_sha256rnds2_epu32(cdgh, abef, sums);
      abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(sums, 0x0E));
    }
    // H(i) = H(i-1) + the working variables.
    abef = _mm_add_epi32(abef, savedABEF);
    cdgh = _mm_add_epi32(cdgh, savedCDGH);
  }

  // Back to memory order.
  __m128i feba = _mm_shuffle_epi32(abef, 0x1B);            // lanes a b e f
  __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);            // lanes g h c d
  _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(feba, dchg, 0xF0));  // a b c d
  _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(dchg, feba, 8));     // e f g h
}


// Four messages at once. One message keeps SHA256RNDS2 waiting on its own previous result
// (each call needs the state the last one produced); four independent messages interleaved
// give the unit work while it waits, which on this machine hashes about 1.9 times as many
// bytes a second. The steps are those of ik_sha256_hardware_compress, for each lane.
__attribute__((target("sha,sse4.1,ssse3")))
void ik_sha256_hardware_compress4(uint32_t *const states[4], const uint8_t *const blocks[4],
                                  size_t blockCount) {
  __m128i abef[4], cdgh[4];
  for (int lane = 0; lane < 4; lane++) {
    __m128i abcd = _mm_loadu_si128((const __m128i *)&states[lane][0]);
    __m128i efgh = _mm_loadu_si128((const __m128i *)&states[lane][4]);
    __m128i badc = _mm_shuffle_epi32(abcd, 0xB1);
    __m128i hgfe = _mm_shuffle_epi32(efgh, 0x1B);
    abef[lane] = _mm_alignr_epi8(badc, hgfe, 8);
    cdgh[lane] = _mm_blend_epi16(hgfe, badc, 0xF0);
  }
  const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);

  for (size_t block = 0; block < blockCount; block++) {
    __m128i savedABEF[4], savedCDGH[4], schedule[4][4];
    for (int lane = 0; lane < 4; lane++) {
      savedABEF[lane] = abef[lane];
      savedCDGH[lane] = cdgh[lane];
    }
    for (int g = 0; g < 16; g++) {
      const __m128i constants = _mm_load_si128((const __m128i *)&roundConstants[4 * g]);
      __m128i sums[4];
      for (int lane = 0; lane < 4; lane++) {
        __m128i words;
        if (g < 4) {
          const uint8_t *input = blocks[lane] + block * 64 + 16 * g;
          words = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)input), byteSwap);
        } else {
          __m128i previous = schedule[lane][(g - 1) % 4];
          __m128i beforePrevious = schedule[lane][(g - 2) % 4];
          words = _mm_sha256msg1_epu32(schedule[lane][g % 4], schedule[lane][(g - 3) % 4]);
          words = _mm_add_epi32(words, _mm_alignr_epi8(previous, beforePrevious, 4));
          words = _mm_sha256msg2_epu32(words, previous);
        }
        schedule[lane][g % 4] = words;
        sums[lane] = _mm_add_epi32(words, constants);
      }
      for (int lane = 0; lane < 4; lane++) {
        cdgh[lane] = _mm_sha256rnds2_epu32(cdgh[lane], abef[lane], sums[lane]);
      }
      for (int lane = 0; lane < 4; lane++) {
        abef[lane] = _mm_sha256rnds2_epu32(abef[lane], cdgh[lane],
                                           _mm_shuffle_epi32(sums[lane], 0x0E));
      }
    }
    for (int lane = 0; lane < 4; lane++) {
      abef[lane] = _mm_add_epi32(abef[lane], savedABEF[lane]);
      cdgh[lane] = _mm_add_epi32(cdgh[lane], savedCDGH[lane]);
    }
  }

  for (int lane = 0; lane < 4; lane++) {
    __m128i feba = _mm_shuffle_epi32(abef[lane], 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh[lane], 0xB1);
    _mm_storeu_si128((__m128i *)&states[lane][0], _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128((__m128i *)&states[lane][4], _mm_alignr_epi8(dchg, feba, 8));
  }
}

#elif defined(__aarch64__)

#include <arm_neon.h>
#if defined(__linux__)
#include <sys/auxv.h>
#ifndef HWCAP_SHA2
#define HWCAP_SHA2 (1 << 6)  // as in the kernel's arch/arm64/include/uapi/asm/hwcap.h
#endif
#endif

int ik_sha256_hardware_available(void) {
#if defined(__APPLE__)
  return 1;  // every Apple arm64 CPU has the SHA2 instructions
#elif defined(__linux__)
  return (getauxval(AT_HWCAP) & HWCAP_SHA2) != 0;
#else
  return 0;  // no detection here: the Swift code is used
#endif
}

__attribute__((target("sha2")))
void ik_sha256_hardware_compress(uint32_t state[8], const uint8_t *blocks, size_t blockCount) {
  // SHA256H and SHA256H2 take the state as {a, b, c, d} and {e, f, g, h}, the memory order.
  uint32x4_t abcd = vld1q_u32(&state[0]);
  uint32x4_t efgh = vld1q_u32(&state[4]);

  for (size_t block = 0; block < blockCount; block++) {
    const uint8_t *input = blocks + block * 64;
    const uint32x4_t savedABCD = abcd, savedEFGH = efgh;
    // schedule[g % 4] holds W[4g ... 4g+3].
    uint32x4_t schedule[4];
    for (int g = 0; g < 16; g++) {
      uint32x4_t words;
      if (g < 4) {
        // Message words are big-endian.
        words = vreinterpretq_u32_u8(vrev32q_u8(vld1q_u8(input + 16 * g)));
      } else {
        // SU0 adds sigma0 of the next word to W[t-16 ... t-13]; SU1 adds W[t-7] and
        // sigma1(W[t-2]) from the two groups before.
        words = vsha256su0q_u32(schedule[g % 4], schedule[(g - 3) % 4]);
        words = vsha256su1q_u32(words, schedule[(g - 2) % 4], schedule[(g - 1) % 4]);
      }
      schedule[g % 4] = words;
      uint32x4_t sums = vaddq_u32(words, vld1q_u32(&roundConstants[4 * g]));
      // Four rounds: H computes the new {a, b, c, d}, H2 the new {e, f, g, h}; both need
      // the old {a, b, c, d}.
      uint32x4_t previousABCD = abcd;
      abcd = vsha256hq_u32(abcd, efgh, sums);
      efgh = vsha256h2q_u32(efgh, previousABCD, sums);
    }
    abcd = vaddq_u32(abcd, savedABCD);
    efgh = vaddq_u32(efgh, savedEFGH);
  }
  vst1q_u32(&state[0], abcd);
  vst1q_u32(&state[4], efgh);
}

#else

int ik_sha256_hardware_available(void) { return 0; }

void ik_sha256_hardware_compress(uint32_t state[8], const uint8_t *blocks, size_t blockCount) {
  // Unreachable: callers check ik_sha256_hardware_available() first.
  (void)state, (void)blocks, (void)blockCount, (void)roundConstants;
  __builtin_trap();
}

#endif

#if !(defined(__x86_64__) || defined(_M_X64))
// Elsewhere, four messages are compressed one after the other.
void ik_sha256_hardware_compress4(uint32_t *const states[4], const uint8_t *const blocks[4],
                                  size_t blockCount) {
  for (int lane = 0; lane < 4; lane++) {
    ik_sha256_hardware_compress(states[lane], blocks[lane], blockCount);
  }
}
#endif

