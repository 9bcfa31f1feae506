/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * The one place where lib/ code learns whether it is built for the kernel
 * or for userspace.
 *
 * Everything under lib/ includes this header instead of kernel or libc
 * headers, so the same sources compile unchanged as part of the module and
 * in userspace unit tests, fuzzers and benchmarks.  This is the only file
 * in lib/ that may test __KERNEL__: the kernel half is below, the userspace
 * half is lib/port_user.h, and differences between the kernel versions we
 * build for (Debian's 6.1 and 6.12) live in lib/compat.h.
 *
 * Rules for lib/ code (see Documentation/architecture.rst):
 *  - fixed-width kernel types (u8..u64, s8..s64), size_t, bool;
 *  - no allocation: callers pass buffers and contexts;
 *  - no logging;
 *  - errors are negative errno values or negative KeyMint error codes,
 *    never ERR_PTR();
 *  - secrets are wiped with km_wipe() (memzero_explicit()/explicit_bzero()).
 */
#ifndef KEYMINT_LIB_PORT_H
#define KEYMINT_LIB_PORT_H

#ifdef __KERNEL__

#include <linux/types.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/bug.h>
#include <crypto/algapi.h>

#include "compat.h"

#define km_wipe(p, n)		memzero_explicit((p), (n))
#define km_memneq(a, b, n)	crypto_memneq((a), (b), (n))
#define KM_EXPORT(sym)		EXPORT_SYMBOL_GPL(sym)

#include <linux/mutex.h>
#include <linux/nospec.h>

/**
 * struct km_mutex - a sleeping lock usable from lib/ (struct mutex here).
 * @m: the kernel mutex
 */
struct km_mutex {
	struct mutex m;	/* what it protects: see each user's comment */
};

#define km_mutex_init(l)	mutex_init(&(l)->m)
#define km_mutex_lock(l)	mutex_lock(&(l)->m)
#define km_mutex_unlock(l)	mutex_unlock(&(l)->m)
#define km_mutex_destroy(l)	mutex_destroy(&(l)->m)

/* Clamp an untrusted, already bounds-checked index under speculation. */
#define km_index_nospec(idx, size)	array_index_nospec((idx), (size))

#else /* !__KERNEL__ */

#include "port_user.h"

#endif /* __KERNEL__ */

#endif /* KEYMINT_LIB_PORT_H */
