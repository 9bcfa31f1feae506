// SPDX-License-Identifier: GPL-2.0-only
/*
 * file operations of /dev/keymint.
 *
 * DOC: message transport
 *
 * Every open file is an independent channel to the TA.  write() hands one
 * whole CBOR request to the TA and keeps its whole response in the file's
 * own buffer; the next read() returns it.  A file is in one of three
 * states:
 *
 *  IDLE   nothing pending: write() is accepted (poll: EPOLLOUT)
 *  BUSY   a write() is being processed: other write()s fail with -EBUSY,
 *         read() waits
 *  READY  a response waits: write() fails with -EBUSY, read() returns it
 *         (poll: EPOLLIN)
 *
 * The TA runs without any driver lock held (it serialises what it must
 * itself), so different files are processed in parallel.  There are no
 * timers: an unread response stays until it is read or the file is closed.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/build_bug.h>
#include <linux/capability.h>
#include <linux/cred.h>
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/poll.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/wait.h>

#include "../../include/uapi/linux/keymint.h"
#include "../../lib/ta/ta.h"
#include "../../lib/compat.h"
#include "km_dev.h"

static_assert(sizeof(struct keymint_version) == 16);
static_assert(sizeof(struct keymint_boot_info) == 96);
static_assert(KM_TA_STATE_BOOT_INFO_SET == KEYMINT_STATE_BOOT_INFO_SET);
static_assert(KM_TA_STATE_HAL_INFO_SET == KEYMINT_STATE_HAL_INFO_SET);
static_assert(KM_TA_BOOT_KEY_SIZE == KEYMINT_BOOT_KEY_SIZE);
static_assert(KM_TA_BOOT_HASH_SIZE == KEYMINT_BOOT_HASH_SIZE);

/* Size of every response buffer: the TA may use all of it while encoding. */
#define KM_RSP_CAP	KEYMINT_MAX_MSG_SIZE

enum km_file_state {
	KM_FILE_IDLE,
	KM_FILE_BUSY,
	KM_FILE_READY,
};

/**
 * struct km_file - everything one open file of /dev/keymint owns.
 * @kdev: the device, and through it the TA
 * @caller: the opener's privileges, fixed at open() from file->f_cred
 * @lock: serialises state changes: protects @state, @rsp and @rsp_len
 *	(never held while the TA runs; poll() reads @state locklessly)
 * @state: enum km_file_state
 * @rsp: the pending response, %KM_RSP_CAP bytes, non-NULL only when READY
 * @rsp_len: length of the response in @rsp
 * @wq: woken on every state change (readers and pollers wait here)
 */
struct km_file {
	struct km_dev *kdev;
	struct km_caller caller;
	struct mutex lock;	/* protects state, rsp, rsp_len */
	enum km_file_state state;
	u8 *rsp;
	size_t rsp_len;
	wait_queue_head_t wq;
};

static int km_open(struct inode *inode, struct file *file)
{
	struct miscdevice *misc = file->private_data;
	struct km_file *kf;

	kf = kzalloc(sizeof(*kf), GFP_KERNEL_ACCOUNT);
	if (!kf)
		return -ENOMEM;
	kf->kdev = container_of(misc, struct km_dev, misc);
	kf->caller.may_set_boot_info =
		file_ns_capable(file, &init_user_ns, CAP_SYS_ADMIN);
	mutex_init(&kf->lock);
	init_waitqueue_head(&kf->wq);
	kf->state = KM_FILE_IDLE;
	file->private_data = kf;

	return stream_open(inode, file);
}

static int km_release(struct inode *inode, struct file *file)
{
	struct km_file *kf = file->private_data;

	/*
	 * Last reference: no read/write/ioctl can be running on this file.
	 * Hook: once the TA tracks operations (begin/update/finish) per
	 * caller, abort the ones begun through this file here, before the
	 * caller identity goes away.
	 */
	kvfree_sensitive(kf->rsp, KM_RSP_CAP);
	mutex_destroy(&kf->lock);
	kfree_sensitive(kf);
	return 0;
}

static void km_file_set_state_locked(struct km_file *kf,
				     enum km_file_state state)
{
	lockdep_assert_held(&kf->lock);
	WRITE_ONCE(kf->state, state);
}

/*
 * write(): exactly one request of 1..KEYMINT_MAX_MSG_SIZE bytes.  The
 * length is checked before anything is allocated.  Processing is
 * synchronous (also with O_NONBLOCK: the TA computes, it never waits for
 * an event), so when write() returns the response is ready for read().
 */
static ssize_t km_write(struct file *file, const char __user *ubuf,
			size_t count, loff_t *ppos)
{
	struct km_file *kf = file->private_data;
	u8 *req = NULL, *rsp = NULL;
	size_t rsp_len = 0;
	int ret;

	if (!count)
		return -EINVAL;
	if (count > KEYMINT_MAX_MSG_SIZE)
		return -EMSGSIZE;

	mutex_lock(&kf->lock);
	if (kf->state != KM_FILE_IDLE) {
		mutex_unlock(&kf->lock);
		return -EBUSY;
	}
	km_file_set_state_locked(kf, KM_FILE_BUSY);
	mutex_unlock(&kf->lock);

	req = kvmalloc(count, GFP_KERNEL_ACCOUNT);
	rsp = kvmalloc(KM_RSP_CAP, GFP_KERNEL_ACCOUNT);
	if (!req || !rsp) {
		ret = -ENOMEM;
		goto out;
	}
	if (copy_from_user(req, ubuf, count)) {
		ret = -EFAULT;
		goto out;
	}

	ret = km_ta_process(kf->kdev->ta, &kf->caller, req, count,
			    rsp, KM_RSP_CAP, &rsp_len);
	if (ret == -EMSGSIZE) {
		/* The response does not fit: not the caller's -EMSGSIZE. */
		ret = -ENOBUFS;
	} else if (ret == -ENOMEM) {
		/* passed through */
	} else if (ret || !rsp_len || rsp_len > KM_RSP_CAP) {
		pr_warn_ratelimited("TA failed a request: %d (%zu bytes)\n",
				    ret, rsp_len);
		ret = -EIO;
	}

out:
	kvfree_sensitive(req, count);
	mutex_lock(&kf->lock);
	if (!ret) {
		kf->rsp = rsp;
		kf->rsp_len = rsp_len;
		rsp = NULL;
		km_file_set_state_locked(kf, KM_FILE_READY);
	} else {
		km_file_set_state_locked(kf, KM_FILE_IDLE);
	}
	mutex_unlock(&kf->lock);
	wake_up_interruptible(&kf->wq);
	kvfree_sensitive(rsp, KM_RSP_CAP);

	return ret ? ret : count;
}

/*
 * read(): the whole pending response.  A buffer shorter than the response
 * fails with -EMSGSIZE and so does nothing else: the response stays.
 * Without a pending response, O_NONBLOCK gives -EAGAIN; otherwise read()
 * sleeps (interruptibly) until a write() on this file - possibly from
 * another thread - produces one.
 */
static ssize_t km_read(struct file *file, char __user *ubuf, size_t count,
		       loff_t *ppos)
{
	struct km_file *kf = file->private_data;
	u8 *rsp = NULL;
	ssize_t ret;

	for (;;) {
		mutex_lock(&kf->lock);
		if (kf->state == KM_FILE_READY)
			break;
		mutex_unlock(&kf->lock);

		if (file->f_flags & O_NONBLOCK)
			return -EAGAIN;
		ret = wait_event_interruptible(kf->wq, READ_ONCE(kf->state) ==
					       KM_FILE_READY);
		if (ret)
			return ret;
	}

	if (count < kf->rsp_len) {
		ret = -EMSGSIZE;
	} else if (copy_to_user(ubuf, kf->rsp, kf->rsp_len)) {
		ret = -EFAULT;
	} else {
		ret = kf->rsp_len;
		rsp = kf->rsp;
		kf->rsp = NULL;
		kf->rsp_len = 0;
		km_file_set_state_locked(kf, KM_FILE_IDLE);
	}
	mutex_unlock(&kf->lock);

	if (rsp) {
		kvfree_sensitive(rsp, KM_RSP_CAP);
		wake_up_interruptible(&kf->wq);
	}
	return ret;
}

static __poll_t km_poll(struct file *file, poll_table *wait)
{
	struct km_file *kf = file->private_data;

	poll_wait(file, &kf->wq, wait);
	switch (READ_ONCE(kf->state)) {
	case KM_FILE_IDLE:
		return EPOLLOUT | EPOLLWRNORM;
	case KM_FILE_READY:
		return EPOLLIN | EPOLLRDNORM;
	default:
		return 0;
	}
}

static long km_ioctl_get_version(struct km_file *kf, void __user *uarg)
{
	struct keymint_version v = {
		.abi_version = KEYMINT_ABI_VERSION,
		.max_msg_size = KEYMINT_MAX_MSG_SIZE,
		.keymint_version = KM_TA_KEYMINT_VERSION,
		.flags = km_ta_state_flags(kf->kdev->ta) &
			 (KEYMINT_STATE_BOOT_INFO_SET |
			  KEYMINT_STATE_HAL_INFO_SET),
	};

	if (copy_to_user(uarg, &v, sizeof(v)))
		return -EFAULT;
	return 0;
}

static long km_ioctl_set_boot_info(struct km_file *kf, void __user *uarg)
{
	struct keymint_boot_info ubi;
	struct km_boot_info bi;
	long ret;

	if (!capable(CAP_SYS_ADMIN))
		return -EPERM;
	/* The command number encodes the size; km_ioctl() matched it exactly. */
	if (copy_from_user(&ubi, uarg, sizeof(ubi)))
		return -EFAULT;

	if (ubi.flags || ubi.reserved[0] || ubi.reserved[1] ||
	    ubi.verified_boot_state > KEYMINT_BOOT_STATE_FAILED ||
	    ubi.device_locked > 1) {
		ret = -EINVAL;
		goto out;
	}

	memcpy(bi.verified_boot_key, ubi.verified_boot_key,
	       sizeof(bi.verified_boot_key));
	memcpy(bi.verified_boot_hash, ubi.verified_boot_hash,
	       sizeof(bi.verified_boot_hash));
	bi.verified_boot_state = ubi.verified_boot_state;
	bi.device_locked = ubi.device_locked;
	bi.boot_patchlevel = ubi.boot_patchlevel;

	ret = km_ta_set_boot_info(kf->kdev->ta, &bi);
	if (ret != 0 && ret != -EALREADY && ret != -EINVAL) {
		pr_warn_ratelimited("TA refused boot info: %ld\n", ret);
		ret = -EIO;
	}
	memzero_explicit(&bi, sizeof(bi));
out:
	memzero_explicit(&ubi, sizeof(ubi));
	return ret;
}

static long km_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct km_file *kf = file->private_data;
	void __user *uarg = (void __user *)arg;

	switch (cmd) {
	case KEYMINT_IOC_GET_VERSION:
		return km_ioctl_get_version(kf, uarg);
	case KEYMINT_IOC_SET_BOOT_INFO:
		return km_ioctl_set_boot_info(kf, uarg);
	default:
		return -ENOTTY;
	}
}

const struct file_operations km_fops = {
	.owner = THIS_MODULE,
	.open = km_open,
	.release = km_release,
	.read = km_read,
	.write = km_write,
	.poll = km_poll,
	.unlocked_ioctl = km_ioctl,
	.compat_ioctl = compat_ptr_ioctl,
	.llseek = KM_NO_LLSEEK,
};
