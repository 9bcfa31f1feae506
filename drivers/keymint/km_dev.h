/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * what km_main.c (module life cycle) and
 * km_dev.c (file operations of /dev/keymint) share inside keymint.ko.
 */
#ifndef KEYMINT_DRIVERS_KM_DEV_H
#define KEYMINT_DRIVERS_KM_DEV_H

#include <linux/fs.h>
#include <linux/miscdevice.h>

struct km_ta;

/**
 * struct km_dev - the one /dev/keymint instance.
 * @misc: the registered misc device; misc_open() stores a pointer to it in
 *	file->private_data before calling our open()
 * @ta: the TA behind it, valid from before misc_register() until after
 *	misc_deregister(); it does its own locking, so no lock here
 */
struct km_dev {
	struct miscdevice misc;
	struct km_ta *ta;
};

extern const struct file_operations km_fops;

#endif /* KEYMINT_DRIVERS_KM_DEV_H */
