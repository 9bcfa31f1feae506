/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Kernel API drift between the kernels KeyMint builds against (Debian 12's
 * 6.1 and 6.12), in one place.  lib/port.h includes it for lib/, and
 * drivers/keymint includes it directly.  Add an entry here rather than a
 * version test in a .c file; test for the feature, not the version.
 */
#ifndef KEYMINT_LIB_COMPAT_H
#define KEYMINT_LIB_COMPAT_H

#ifndef __KERNEL__
#error "kernel-only header"
#endif

#include <linux/fs.h>

/* 6.12 moved the unaligned accessors from <asm/unaligned.h>. */
#if __has_include("linux/unaligned.h")
#include <linux/unaligned.h>
#else
#include <asm/unaligned.h>
#endif

/*
 * Unseekable files: 6.1 still has "#define no_llseek NULL" for drivers that
 * spell it out; 6.12 removed it ("fs: remove no_llseek"), where a NULL
 * ->llseek plus stream_open() (which clears FMODE_LSEEK) gives -ESPIPE.
 * Both kernels behave the same; only the spelling drifted.
 */
#ifdef no_llseek
#define KM_NO_LLSEEK	no_llseek
#else
#define KM_NO_LLSEEK	NULL
#endif

#endif /* KEYMINT_LIB_COMPAT_H */
