/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * The userspace half of lib/port.h: what lib/ code needs from the kernel's
 * headers, provided on top of libc for unit tests, fuzzers, benchmarks and
 * the userspace tools.  Include lib/port.h, never this file directly.
 *
 * This is userspace code: it defines the kernel's type names on top of
 * <stdint.h>, so `make lint` checks it with the userspace exceptions
 * (scripts/lint.sh).  __always_inline comes from glibc's <sys/cdefs.h>.
 */
#ifndef KEYMINT_LIB_PORT_USER_H
#define KEYMINT_LIB_PORT_USER_H

#ifdef __KERNEL__
#error "userspace-only header: include port.h"
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <errno.h>
#include <assert.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;

#ifndef EBADMSG
#define EBADMSG 74
#endif
#ifndef EMSGSIZE
#define EMSGSIZE 90
#endif
#ifndef EOVERFLOW
#define EOVERFLOW 75
#endif
#ifndef EKEYREJECTED
#define EKEYREJECTED 129
#endif

/* Exports are a kernel notion; keep the name checked, emit nothing. */
#define KM_EXPORT(sym)		_Static_assert(1, #sym)
#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))
#ifndef __maybe_unused
#define __maybe_unused		__attribute__((__unused__))
#endif
/* As in the kernel: keep a big-framed helper out of its caller's frame. */
#ifndef noinline_for_stack
#define noinline_for_stack	__attribute__((__noinline__))
#endif
#ifndef min
#define min(a, b)		((a) < (b) ? (a) : (b))
#define max(a, b)		((a) > (b) ? (a) : (b))
#endif

void explicit_bzero(void *s, size_t n);
#define km_wipe(p, n)		explicit_bzero((p), (n))

/* Constant-time inequality: 0 when equal, non-zero otherwise. */
static inline int km_memneq(const void *a, const void *b, size_t n)
{
	const u8 *x = a, *y = b;
	u8 d = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		d |= x[i] ^ y[i];
		/* Keep the compiler from turning this into an early exit. */
		__asm__("" : "+r" (d));
	}
	return d;
}

static inline u16 get_unaligned_be16(const void *p)
{
	const u8 *b = p;

	return (u16)((u16)b[0] << 8 | b[1]);
}

static inline u32 get_unaligned_be32(const void *p)
{
	const u8 *b = p;

	return (u32)b[0] << 24 | (u32)b[1] << 16 | (u32)b[2] << 8 | b[3];
}

static inline u64 get_unaligned_be64(const void *p)
{
	const u8 *b = p;

	return (u64)get_unaligned_be32(b) << 32 | get_unaligned_be32(b + 4);
}

static inline void put_unaligned_be16(u16 v, void *p)
{
	u8 *b = p;

	b[0] = v >> 8;
	b[1] = v;
}

static inline void put_unaligned_be32(u32 v, void *p)
{
	u8 *b = p;

	b[0] = v >> 24;
	b[1] = v >> 16;
	b[2] = v >> 8;
	b[3] = v;
}

static inline void put_unaligned_be64(u64 v, void *p)
{
	put_unaligned_be32(v >> 32, p);
	put_unaligned_be32((u32)v, (u8 *)p + 4);
}

static inline u32 get_unaligned_le32(const void *p)
{
	const u8 *b = p;

	return (u32)b[3] << 24 | (u32)b[2] << 16 | (u32)b[1] << 8 | b[0];
}

static inline u64 get_unaligned_le64(const void *p)
{
	return (u64)get_unaligned_le32((const u8 *)p + 4) << 32 |
	       get_unaligned_le32(p);
}

static inline void put_unaligned_le32(u32 v, void *p)
{
	u8 *b = p;

	b[0] = v;
	b[1] = v >> 8;
	b[2] = v >> 16;
	b[3] = v >> 24;
}

static inline void put_unaligned_le64(u64 v, void *p)
{
	put_unaligned_le32((u32)v, p);
	put_unaligned_le32(v >> 32, (u8 *)p + 4);
}

#include <pthread.h>

/**
 * struct km_mutex - a sleeping lock usable from lib/ (pthread mutex here).
 * @m: the pthread mutex
 */
struct km_mutex {
	pthread_mutex_t m;
};

#define km_mutex_init(l)	pthread_mutex_init(&(l)->m, NULL)
#define km_mutex_lock(l)	pthread_mutex_lock(&(l)->m)
#define km_mutex_unlock(l)	pthread_mutex_unlock(&(l)->m)
#define km_mutex_destroy(l)	pthread_mutex_destroy(&(l)->m)

/*
 * Clamp an untrusted, already bounds-checked index under speculation: the
 * generic array_index_mask_nospec() (all ones when idx < size, else 0).
 */
static inline size_t km_index_nospec(size_t idx, size_t size)
{
	size_t mask = (size_t)(~(long)(idx | (size - 1 - idx)) >>
			       (sizeof(long) * 8 - 1));

	return idx & mask;
}

#endif /* KEYMINT_LIB_PORT_USER_H */
