/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * the one place for kernel API drift between
 * the kernels keymint.ko builds against (Debian 12: 6.1 and 6.12).
 *
 * lib/port.h handles the unaligned-access header move for lib/; this file
 * handles what drivers/keymint itself meets.  Add an entry here rather than
 * an #if in a .c file.
 */
#ifndef KEYMINT_DRIVERS_KM_COMPAT_H
#define KEYMINT_DRIVERS_KM_COMPAT_H

#include <linux/fs.h>

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

#endif /* KEYMINT_DRIVERS_KM_COMPAT_H */
