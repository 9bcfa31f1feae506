// SPDX-License-Identifier: GPL-2.0-only OR MIT
/*
 * transport - /dev/keymint read/write/poll semantics, run inside the test
 * guest against the real module: size limits checked before allocation,
 * -EBUSY, short reads keep the response, O_NONBLOCK, poll(), blocking
 * readers woken by writers, many fds and threads in parallel, close with
 * an unread response, module pinning by open files.
 */
#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <pthread.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>

#include "e2e_util.h"

static const uint8_t req_hwinfo[] = { 0x82, OP_GET_HARDWARE_INFO, 0x80 };
static uint8_t ref_rsp[KEYMINT_MAX_MSG_SIZE];
static ssize_t ref_len;

/* Pointer that passes access_ok() but is not mapped. */
#define BAD_UPTR ((void *)16)

/* Raw syscalls, so the compiler does not object to BAD_UPTR. */
static ssize_t raw_write(int fd, const void *buf, size_t len)
{
	return syscall(SYS_write, fd, buf, len);
}

static ssize_t raw_read(int fd, void *buf, size_t len)
{
	return syscall(SYS_read, fd, buf, len);
}

static short poll_now(int fd)
{
	struct pollfd p = { .fd = fd, .events = POLLIN | POLLOUT };

	if (poll(&p, 1, 0) < 0)
		return -1;
	return p.revents;
}

static void test_node(void)
{
	struct stat st;

	CHECK(stat(E2E_DEV, &st) == 0);
	CHECK(S_ISCHR(st.st_mode));
	CHECK_EQ(st.st_mode & 07777, 0600);
	CHECK_EQ(st.st_uid, 0);
}

static void test_reference(void)
{
	const uint8_t *body;
	int64_t err;
	int fd = e2e_open(0);

	CHECK(fd >= 0);
	ref_len = e2e_call(fd, req_hwinfo, sizeof(req_hwinfo), ref_rsp,
			   sizeof(ref_rsp));
	CHECK(ref_len > 0);
	CHECK(ref_len > 0 && rsp_envelope(ref_rsp, ref_len, &err, &body) == 0);
	close(fd);
}

static int same_as_ref(const uint8_t *rsp, ssize_t n)
{
	return n == ref_len && memcmp(rsp, ref_rsp, n) == 0;
}

static void test_sizes(void)
{
	static uint8_t big[KEYMINT_MAX_MSG_SIZE];
	uint8_t rsp[4096];
	const uint8_t *body;
	int64_t err = 0;
	ssize_t n;
	int fd = e2e_open(0);

	CHECK(fd >= 0);
	errno = 0;
	CHECK(write(fd, req_hwinfo, 0) == -1 && errno == EINVAL);
	/* Oversize fails on the length alone: the buffer is never touched. */
	errno = 0;
	CHECK(raw_write(fd, BAD_UPTR, KEYMINT_MAX_MSG_SIZE + 1) == -1 &&
	      errno == EMSGSIZE);
	errno = 0;
	CHECK(raw_write(fd, BAD_UPTR, 1u << 30) == -1 && errno == EMSGSIZE);
	/* A request that cannot be copied in leaves the fd usable. */
	errno = 0;
	CHECK(raw_write(fd, BAD_UPTR, 8) == -1 && errno == EFAULT);
	CHECK_EQ(poll_now(fd) & (POLLIN | POLLOUT), POLLOUT);

	/* Exactly the maximum is accepted; garbage gets an error response. */
	memset(big, 0xff, sizeof(big));
	CHECK_EQ(write(fd, big, sizeof(big)), (ssize_t)sizeof(big));
	n = read(fd, rsp, sizeof(rsp));
	CHECK(n > 0);
	CHECK(n > 0 && rsp_envelope(rsp, n, &err, &body) == 0);
	CHECK(err < 0);
	close(fd);
}

static void test_busy_and_short_read(void)
{
	uint8_t rsp[KEYMINT_MAX_MSG_SIZE];
	ssize_t n;
	int fd = e2e_open(O_NONBLOCK);

	CHECK(fd >= 0);
	errno = 0;
	CHECK(read(fd, rsp, sizeof(rsp)) == -1 && errno == EAGAIN);

	CHECK_EQ(write(fd, req_hwinfo, sizeof(req_hwinfo)), 3);
	errno = 0;
	CHECK(write(fd, req_hwinfo, sizeof(req_hwinfo)) == -1 &&
	      errno == EBUSY);
	/* Too short, zero length and unwritable buffers keep the response. */
	errno = 0;
	CHECK(read(fd, rsp, 1) == -1 && errno == EMSGSIZE);
	errno = 0;
	CHECK(read(fd, rsp, ref_len - 1) == -1 && errno == EMSGSIZE);
	errno = 0;
	CHECK(read(fd, rsp, 0) == -1 && errno == EMSGSIZE);
	errno = 0;
	CHECK(raw_read(fd, BAD_UPTR, sizeof(rsp)) == -1 && errno == EFAULT);
	errno = 0;
	CHECK(write(fd, req_hwinfo, sizeof(req_hwinfo)) == -1 &&
	      errno == EBUSY);
	n = read(fd, rsp, ref_len);
	CHECK(same_as_ref(rsp, n));
	errno = 0;
	CHECK(read(fd, rsp, sizeof(rsp)) == -1 && errno == EAGAIN);
	/* and the fd accepts the next request */
	n = e2e_call(fd, req_hwinfo, sizeof(req_hwinfo), rsp, sizeof(rsp));
	CHECK(same_as_ref(rsp, n));
	errno = 0;
	CHECK(lseek(fd, 0, SEEK_SET) == -1 && errno == ESPIPE);
	close(fd);
}

static void test_poll(void)
{
	uint8_t rsp[KEYMINT_MAX_MSG_SIZE];
	int fd = e2e_open(0);

	CHECK(fd >= 0);
	CHECK_EQ(poll_now(fd) & (POLLIN | POLLOUT), POLLOUT);
	CHECK_EQ(write(fd, req_hwinfo, sizeof(req_hwinfo)), 3);
	CHECK_EQ(poll_now(fd) & (POLLIN | POLLOUT), POLLIN);
	CHECK(same_as_ref(rsp, read(fd, rsp, sizeof(rsp))));
	CHECK_EQ(poll_now(fd) & (POLLIN | POLLOUT), POLLOUT);
	close(fd);
}

struct waiter {
	int fd;
	int use_poll;
	ssize_t n;
	short revents;
	uint8_t rsp[KEYMINT_MAX_MSG_SIZE];
};

static void *waiter_main(void *arg)
{
	struct waiter *w = arg;

	if (w->use_poll) {
		struct pollfd p = { .fd = w->fd, .events = POLLIN };

		if (poll(&p, 1, 10000) == 1)
			w->revents = p.revents;
	}
	w->n = read(w->fd, w->rsp, sizeof(w->rsp));
	return NULL;
}

/* A reader (blocked in read() or poll()) is woken by another thread's write. */
static void test_blocking_reader(int use_poll)
{
	static struct waiter w;
	pthread_t t;
	int fd = e2e_open(0);

	CHECK(fd >= 0);
	memset(&w, 0, sizeof(w));
	w.fd = fd;
	w.n = -2;
	w.use_poll = use_poll;
	CHECK(pthread_create(&t, NULL, waiter_main, &w) == 0);
	usleep(200 * 1000);
	CHECK_EQ(w.n, -2);		/* still waiting */
	CHECK_EQ(write(fd, req_hwinfo, sizeof(req_hwinfo)), 3);
	pthread_join(t, NULL);
	CHECK(same_as_ref(w.rsp, w.n));
	if (use_poll)
		CHECK(w.revents & POLLIN);
	close(fd);
}

struct intr_reader {
	int fd;
	ssize_t n;
	int err;
};

static void on_usr1(int sig)
{
}

static void *intr_reader_main(void *arg)
{
	struct intr_reader *r = arg;
	uint8_t buf[64];

	r->n = read(r->fd, buf, sizeof(buf));
	r->err = errno;
	return NULL;
}

/* A signal (without SA_RESTART) interrupts a blocked read(): EINTR. */
static void test_read_interrupted(void)
{
	struct sigaction sa = { .sa_handler = on_usr1 };
	struct intr_reader r = { .n = -2 };
	uint8_t rsp[KEYMINT_MAX_MSG_SIZE];
	pthread_t t;

	sigemptyset(&sa.sa_mask);
	CHECK(sigaction(SIGUSR1, &sa, NULL) == 0);
	r.fd = e2e_open(0);
	CHECK(r.fd >= 0);
	CHECK(pthread_create(&t, NULL, intr_reader_main, &r) == 0);
	usleep(200 * 1000);
	CHECK_EQ(r.n, -2);
	pthread_kill(t, SIGUSR1);
	pthread_join(t, NULL);
	CHECK_EQ(r.n, -1);
	CHECK_EQ(r.err, EINTR);
	/* the fd is still idle and usable */
	CHECK_EQ(poll_now(r.fd) & (POLLIN | POLLOUT), POLLOUT);
	CHECK(same_as_ref(rsp, e2e_call(r.fd, req_hwinfo, sizeof(req_hwinfo),
					rsp, sizeof(rsp))));
	close(r.fd);
}

struct racer {
	int fd;
	pthread_barrier_t *bar;
	int err;
};

static void *racer_main(void *arg)
{
	struct racer *r = arg;

	pthread_barrier_wait(r->bar);
	r->err = write(r->fd, req_hwinfo, sizeof(req_hwinfo)) == 3 ? 0 : errno;
	return NULL;
}

/* Two writers on one fd: exactly one wins, the other gets -EBUSY. */
static void test_write_race(void)
{
	uint8_t rsp[KEYMINT_MAX_MSG_SIZE];
	pthread_barrier_t bar;
	int fd = e2e_open(0), i, ok = 1;

	CHECK(fd >= 0);
	pthread_barrier_init(&bar, NULL, 2);
	for (i = 0; i < 50; i++) {
		struct racer a = { fd, &bar, -1 }, b = { fd, &bar, -1 };
		pthread_t ta, tb;

		pthread_create(&ta, NULL, racer_main, &a);
		pthread_create(&tb, NULL, racer_main, &b);
		pthread_join(ta, NULL);
		pthread_join(tb, NULL);
		if (!((a.err == 0 && b.err == EBUSY) ||
		      (a.err == EBUSY && b.err == 0)))
			ok = 0;
		if (!same_as_ref(rsp, read(fd, rsp, sizeof(rsp))))
			ok = 0;
	}
	CHECK(ok);
	pthread_barrier_destroy(&bar);
	close(fd);
}

#define MANY_FDS 256

static void test_many_fds(void)
{
	static uint8_t rsp[KEYMINT_MAX_MSG_SIZE];
	int fds[MANY_FDS], i, opened = 0, wrote = 0, good = 0;

	for (i = 0; i < MANY_FDS; i++) {
		fds[i] = e2e_open(0);
		opened += fds[i] >= 0;
	}
	for (i = 0; i < MANY_FDS; i++)
		wrote += write(fds[i], req_hwinfo, sizeof(req_hwinfo)) == 3;
	/* read back in reverse order: every fd kept its own response */
	for (i = MANY_FDS - 1; i >= 0; i--)
		good += same_as_ref(rsp, read(fds[i], rsp, sizeof(rsp)));
	for (i = 0; i < MANY_FDS; i++)
		close(fds[i]);
	CHECK_EQ(opened, MANY_FDS);
	CHECK_EQ(wrote, MANY_FDS);
	CHECK_EQ(good, MANY_FDS);
}

#define THREADS 8
#define ROUNDS 200

static void *worker_main(void *unused)
{
	static __thread uint8_t rsp[KEYMINT_MAX_MSG_SIZE];
	long good = 0;
	int fd = e2e_open(0), i;

	for (i = 0; fd >= 0 && i < ROUNDS; i++)
		good += same_as_ref(rsp, e2e_call(fd, req_hwinfo,
						  sizeof(req_hwinfo), rsp,
						  sizeof(rsp)));
	if (fd >= 0)
		close(fd);
	return (void *)good;
}

static void test_threads(void)
{
	pthread_t t[THREADS];
	long total = 0;
	void *ret;
	int i;

	for (i = 0; i < THREADS; i++)
		CHECK(pthread_create(&t[i], NULL, worker_main, NULL) == 0);
	for (i = 0; i < THREADS; i++) {
		pthread_join(t[i], &ret);
		total += (long)ret;
	}
	CHECK_EQ(total, THREADS * ROUNDS);
}

static void test_close_unread(void)
{
	uint8_t rsp[KEYMINT_MAX_MSG_SIZE];
	int i, ok = 0, fd;

	for (i = 0; i < 500; i++) {
		fd = e2e_open(0);
		ok += fd >= 0 && write(fd, req_hwinfo, sizeof(req_hwinfo)) == 3;
		close(fd);
	}
	CHECK_EQ(ok, 500);
	fd = e2e_open(0);
	CHECK(same_as_ref(rsp, e2e_call(fd, req_hwinfo, sizeof(req_hwinfo),
					rsp, sizeof(rsp))));
	close(fd);
}

static long module_refcnt(void)
{
	FILE *f = fopen("/sys/module/keymint/refcnt", "r");
	long v = -1;

	if (f) {
		if (fscanf(f, "%ld", &v) != 1)
			v = -1;
		fclose(f);
	}
	return v;
}

/* Open files pin the module: refcount follows them, unload is refused. */
static void test_pinning(void)
{
	uint8_t rsp[KEYMINT_MAX_MSG_SIZE];
	long base = module_refcnt();
	int a, b;

	CHECK(base >= 0);
	a = e2e_open(0);
	b = e2e_open(0);
	CHECK_EQ(module_refcnt(), base + 2);
	CHECK_EQ(write(a, req_hwinfo, sizeof(req_hwinfo)), 3);
	errno = 0;
	CHECK(syscall(SYS_delete_module, "keymint", O_NONBLOCK) == -1 &&
	      (errno == EWOULDBLOCK || errno == EBUSY));
	CHECK(same_as_ref(rsp, read(a, rsp, sizeof(rsp))));
	close(a);
	close(b);
	CHECK_EQ(module_refcnt(), base);
}

int main(void)
{
	test_node();
	test_reference();
	if (ref_len <= 0) {
		fprintf(stderr, "no working /dev/keymint, giving up\n");
		return check_summary("transport");
	}
	test_sizes();
	test_busy_and_short_read();
	test_poll();
	test_blocking_reader(0);
	test_blocking_reader(1);
	test_read_interrupted();
	test_write_race();
	test_many_fds();
	test_threads();
	test_close_unread();
	test_pinning();
	return check_summary("transport");
}
