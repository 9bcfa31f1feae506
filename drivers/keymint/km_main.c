// SPDX-License-Identifier: GPL-2.0-only
/*
 * keymint.ko life cycle: the kernel crypto
 * ops, the TA instance and the /dev/keymint misc device.
 *
 * Load order: crypto ops -> TA -> device node (the node appears only when
 * everything behind it works).  Unload runs in reverse.  An open file pins
 * the module (km_fops.owner), so the TA cannot go away under a file.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/slab.h>

#include "../../lib/ta/ta.h"
#include "km_crypto.h"
#include "km_dev.h"

static struct km_dev km_dev = {
	.misc = {
		.minor = MISC_DYNAMIC_MINOR,
		.name = "keymint",
		.fops = &km_fops,
		.mode = 0600,
	},
};

static int __init km_init(void)
{
	struct km_ta_platform plat;
	struct km_ta *ta;
	int ret;

	ret = km_crypto_init();
	if (ret) {
		pr_err("kernel crypto unavailable: %d\n", ret);
		return ret;
	}

	ta = kvzalloc(sizeof(*ta), GFP_KERNEL);
	if (!ta) {
		ret = -ENOMEM;
		goto err_crypto;
	}
	plat.crypto = km_kernel_crypto_ops();
	ret = km_ta_init(ta, &plat);
	if (ret) {
		pr_err("TA initialisation failed: %d\n", ret);
		goto err_free_ta;
	}
	km_dev.ta = ta;

	ret = misc_register(&km_dev.misc);
	if (ret) {
		pr_err("cannot register /dev/keymint: %d\n", ret);
		goto err_destroy_ta;
	}
	return 0;

err_destroy_ta:
	km_dev.ta = NULL;
	km_ta_destroy(ta);
err_free_ta:
	kvfree_sensitive(ta, sizeof(*ta));
err_crypto:
	km_crypto_exit();
	return ret;
}

static void __exit km_exit(void)
{
	struct km_ta *ta = km_dev.ta;

	/* No file is open (each pins the module) and no new open can start. */
	misc_deregister(&km_dev.misc);
	km_dev.ta = NULL;
	km_ta_destroy(ta);
	kvfree_sensitive(ta, sizeof(*ta));
	km_crypto_exit();
}

module_init(km_init);
module_exit(km_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("KeyMint trusted application (/dev/keymint)");
