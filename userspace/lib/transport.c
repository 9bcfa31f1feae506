// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * transport.c - libkeymint transports: the /dev/keymint character device
 * (one write() per request, one read() per response, ioctls for version
 * and boot info) and the pluggable struct km_backend.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "keymint.h"
#include "internal.h"

/**
 * struct km_dev - an open KeyMint connection.
 * @be: transport callbacks
 * @ctx: transport state handed to every callback
 * @req: request buffer of the typed calls
 * @rsp: response buffer of the typed calls
 */
struct km_dev {
	const struct km_backend *be;
	void *ctx;
	uint8_t req[KEYMINT_MAX_MSG_SIZE];
	uint8_t rsp[KEYMINT_MAX_MSG_SIZE];
};

/* Character device backend: ctx is the fd cast to a pointer. */
static int km_fd(void *ctx)
{
	return (int)(intptr_t)ctx;
}

static void km_chardev_drain(int fd)
{
	uint8_t *tmp = malloc(KEYMINT_MAX_MSG_SIZE);
	ssize_t n;

	if (!tmp)
		return;
	do {
		n = read(fd, tmp, KEYMINT_MAX_MSG_SIZE);
	} while (n < 0 && errno == EINTR);
	free(tmp);
}

static int km_chardev_transact(void *ctx, const uint8_t *req, size_t len,
			       uint8_t *rsp, size_t cap, size_t *rsplen)
{
	int fd = km_fd(ctx);
	ssize_t n;

	do {
		n = write(fd, req, len);
	} while (n < 0 && errno == EINTR);
	if (n < 0)
		return -errno;
	if ((size_t)n != len)
		return -EIO;	/* the device takes whole messages only */

	do {
		n = read(fd, rsp, cap);
	} while (n < 0 && errno == EINTR);
	if (n < 0 && errno == EMSGSIZE && cap < KEYMINT_MAX_MSG_SIZE) {
		/*
		 * The device keeps a response that does not fit the caller's
		 * buffer; drain it so the next request does not get -EBUSY.
		 */
		km_chardev_drain(fd);
		return -EMSGSIZE;
	}
	if (n < 0)
		return -errno;
	if (n == 0)
		return -ENODATA;
	*rsplen = (size_t)n;
	return 0;
}

static int km_chardev_get_version(void *ctx, struct keymint_version *ver)
{
	int r;

	do {
		r = ioctl(km_fd(ctx), KEYMINT_IOC_GET_VERSION, ver);
	} while (r < 0 && errno == EINTR);
	return r < 0 ? -errno : 0;
}

static int km_chardev_set_boot_info(void *ctx,
				    const struct keymint_boot_info *bi)
{
	int r;

	do {
		r = ioctl(km_fd(ctx), KEYMINT_IOC_SET_BOOT_INFO, bi);
	} while (r < 0 && errno == EINTR);
	return r < 0 ? -errno : 0;
}

static void km_chardev_close(void *ctx)
{
	close(km_fd(ctx));
}

static const struct km_backend km_chardev_backend = {
	.name = "device",
	.transact = km_chardev_transact,
	.get_version = km_chardev_get_version,
	.set_boot_info = km_chardev_set_boot_info,
	.close = km_chardev_close,
};

/**
 * km_dev_open_backend() - open a connection over any transport
 * @be: transport callbacks; @be->transact is required
 * @ctx: transport state, passed to every callback and to @be->close
 * @ret_dev: receives the connection; untouched on failure
 *
 * On failure @ctx is not closed: it still belongs to the caller.
 *
 * Return: 0, or KM_CLIENT_ERR(EINVAL/ENOMEM).
 */
int km_dev_open_backend(const struct km_backend *be, void *ctx,
			struct km_dev **ret_dev)
{
	struct km_dev *dev;

	if (!be || !be->transact || !ret_dev)
		return KM_CLIENT_ERR(EINVAL);
	dev = calloc(1, sizeof(*dev));
	if (!dev)
		return KM_CLIENT_ERR(ENOMEM);
	dev->be = be;
	dev->ctx = ctx;
	*ret_dev = dev;
	return 0;
}

/**
 * km_dev_open() - open the KeyMint character device
 * @path: device node; NULL means $KEYMINT_DEVICE, or else /dev/keymint
 * @ret_dev: receives the connection; untouched on failure
 *
 * Return: 0, or KM_CLIENT_ERR(errno) of open() (ENOENT when the module is
 * not loaded, EACCES without permission) or of the allocation.
 */
int km_dev_open(const char *path, struct km_dev **ret_dev)
{
	const char *env;
	int fd, r;

	if (!ret_dev)
		return KM_CLIENT_ERR(EINVAL);
	if (!path) {
		env = getenv("KEYMINT_DEVICE");
		path = env && *env ? env : KM_DEFAULT_DEVICE;
	}
	fd = open(path, O_RDWR | O_CLOEXEC);
	if (fd < 0)
		return KM_CLIENT_ERR(errno);
	r = km_dev_open_backend(&km_chardev_backend, (void *)(intptr_t)fd,
				ret_dev);
	if (r)
		close(fd);
	return r;
}

/**
 * km_dev_close() - close a connection and its transport
 * @dev: connection, or NULL (then nothing happens)
 */
void km_dev_close(struct km_dev *dev)
{
	if (!dev)
		return;
	if (dev->be->close)
		dev->be->close(dev->ctx);
	free(dev);
}

/**
 * km_dev_name() - name of the transport behind a connection
 * @dev: connection
 *
 * Return: "device", "loopback", ... (never NULL).
 */
const char *km_dev_name(const struct km_dev *dev)
{
	return dev && dev->be->name ? dev->be->name : "?";
}

/**
 * km_transact() - one request/response exchange
 * @dev: connection
 * @req: whole CBOR request
 * @len: its length, 1 ... KEYMINT_MAX_MSG_SIZE
 * @rsp: buffer for the whole response
 * @cap: its size (KEYMINT_MAX_MSG_SIZE always suffices)
 * @rsplen: receives the response length; untouched on failure
 *
 * Return: 0, or KM_CLIENT_ERR(errno): EINVAL for bad arguments, EMSGSIZE for
 * an oversized request or a response that does not fit @cap (the device
 * transport then reads and discards that response, so the connection stays
 * usable), or the transport's errno.
 */
int km_transact(struct km_dev *dev, const uint8_t *req, size_t len,
		uint8_t *rsp, size_t cap, size_t *rsplen)
{
	size_t n = 0;
	int r;

	if (!dev || !req || !rsp || !rsplen || !len || !cap)
		return KM_CLIENT_ERR(EINVAL);
	if (len > KEYMINT_MAX_MSG_SIZE)
		return KM_CLIENT_ERR(EMSGSIZE);
	r = dev->be->transact(dev->ctx, req, len, rsp, cap, &n);
	if (r)
		return KM_CLIENT_ERR(r < 0 ? -r : EIO);
	if (n > cap)
		return KM_CLIENT_ERR(EMSGSIZE);
	*rsplen = n;
	return 0;
}

/**
 * km_get_version() - KEYMINT_IOC_GET_VERSION
 * @dev: connection
 * @ver: receives the answer; untouched on failure
 *
 * Return: 0, or KM_CLIENT_ERR(errno) (EOPNOTSUPP if the transport has no
 * ioctls).
 */
int km_get_version(struct km_dev *dev, struct keymint_version *ver)
{
	struct keymint_version v;
	int r;

	if (!dev || !ver)
		return KM_CLIENT_ERR(EINVAL);
	if (!dev->be->get_version)
		return KM_CLIENT_ERR(EOPNOTSUPP);
	memset(&v, 0, sizeof(v));
	r = dev->be->get_version(dev->ctx, &v);
	if (r)
		return KM_CLIENT_ERR(r < 0 ? -r : EIO);
	*ver = v;
	return 0;
}

/**
 * km_set_boot_info() - KEYMINT_IOC_SET_BOOT_INFO
 * @dev: connection
 * @bi: root of trust; @bi->flags and @bi->reserved must be zero
 *
 * Return: 0, or KM_CLIENT_ERR(errno): EALREADY when different boot info was
 * already set, EPERM without CAP_SYS_ADMIN, EINVAL for bad fields.
 */
int km_set_boot_info(struct km_dev *dev, const struct keymint_boot_info *bi)
{
	int r;

	if (!dev || !bi)
		return KM_CLIENT_ERR(EINVAL);
	if (!dev->be->set_boot_info)
		return KM_CLIENT_ERR(EOPNOTSUPP);
	r = dev->be->set_boot_info(dev->ctx, bi);
	return r ? KM_CLIENT_ERR(r < 0 ? -r : EIO) : 0;
}

/**
 * km_dev_bufs() - the connection's request and response buffers
 * @dev: connection
 * @req: receives the request buffer
 * @rsp: receives the response buffer
 *
 * Both are KEYMINT_MAX_MSG_SIZE bytes.
 */
void km_dev_bufs(struct km_dev *dev, uint8_t **req, uint8_t **rsp)
{
	*req = dev->req;
	*rsp = dev->rsp;
}
