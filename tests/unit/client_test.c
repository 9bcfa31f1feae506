// SPDX-License-Identifier: GPL-2.0-only
/*
 * client_test.c - libkeymint against scripted fake backends: exact request
 * encodings of every typed call, response decoding, error separation, and
 * malformed responses (truncated, wrong opcode, trailing bytes, oversized,
 * bad shapes, random corruption) that must give clear errors, never crash.
 * Also the character-device transport over a FIFO and the CBOR diagnostic
 * printer.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "../../userspace/lib/keymint.h"

/* A scripted backend: records the request, returns a canned response. */
struct fake {
	uint8_t req[KEYMINT_MAX_MSG_SIZE];
	size_t req_len;
	unsigned int calls;
	uint8_t rsp[KEYMINT_MAX_MSG_SIZE + 16];
	size_t rsp_len;
	int ret;		/* transact() result when non-zero */
	bool lie_len;		/* report more bytes than the buffer holds */
};

static int fake_transact(void *ctx, const uint8_t *req, size_t len,
			 uint8_t *rsp, size_t cap, size_t *rsplen)
{
	struct fake *f = ctx;

	f->calls++;
	memcpy(f->req, req, len);
	f->req_len = len;
	if (f->ret)
		return f->ret;
	if (f->lie_len) {
		*rsplen = cap + 1;
		return 0;
	}
	if (f->rsp_len > cap)
		return -EMSGSIZE;
	memcpy(rsp, f->rsp, f->rsp_len);
	*rsplen = f->rsp_len;
	return 0;
}

static const struct km_backend fake_backend = {
	.name = "fake",
	.transact = fake_transact,
};

static void fake_set(struct fake *f, const char *hex)
{
	int n = check_unhex(hex, f->rsp, sizeof(f->rsp));

	if (n < 0) {
		CHECK(!"bad hex in test vector");
		n = 0;
	}
	f->rsp_len = (size_t)n;
	f->ret = 0;
	f->lie_len = false;
}

static bool req_is(const struct fake *f, const char *hex)
{
	uint8_t want[256];
	int n = check_unhex(hex, want, sizeof(want));

	return n >= 0 && (size_t)n == f->req_len &&
	       !memcmp(want, f->req, f->req_len);
}

#define EXPECT_CLIENT(rc, e) CHECK_EQ((rc), KM_CLIENT_ERR(e))

/* "[0, [[0x11, [[400, 1, "KM", "me", false]]]]]" */
#define HWINFO_OK "8200818211818519019001624b4d626d65f4"

static void test_hw_info(struct km_dev *dev, struct fake *f)
{
	struct km_hardware_info hi;

	memset(&hi, 0x5a, sizeof(hi));
	fake_set(f, HWINFO_OK);
	CHECK_EQ(km_get_hardware_info(dev, &hi), 0);
	CHECK(req_is(f, "821180"));
	CHECK_EQ(hi.version_number, 400);
	CHECK_EQ(hi.security_level, 1);
	CHECK(!strcmp(hi.name, "KM"));
	CHECK(!strcmp(hi.author, "me"));
	CHECK_EQ(hi.timestamp_token_required, 0);

	/* timestamp flag true */
	fake_set(f, "8200818211818519019001624b4d626d65f5");
	CHECK_EQ(km_get_hardware_info(dev, &hi), 0);
	CHECK_EQ(hi.timestamp_token_required, 1);

	/* Failures leave the output untouched. */
	memset(&hi, 0x5a, sizeof(hi));
	fake_set(f, "8200818211818519019001624b4d626d65"); /* truncated */
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EBADMSG);
	fake_set(f, "8200818211818519019001624b4d626d65f400"); /* trailing */
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EBADMSG);
	fake_set(f, "8200818212818519019001624b4d626d65f4"); /* opcode 0x12 */
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EPROTO);
	/* body has 4 fields instead of 5 */
	fake_set(f, "8200818211818419019001624b4d626d65");
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EBADMSG);
	/* name is a byte string */
	fake_set(f, "8200818211818519019001424b4d626d65f4");
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EBADMSG);
	/* non-preferred encoding of 1 (18 01) */
	fake_set(f, "820081821181851901901801624b4d626d65f4");
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EBADMSG);
	/* name with an embedded NUL */
	fake_set(f, "8200818211818519019001624b00626d65f4");
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EBADMSG);
	/* name of 128 bytes: longer than KM_HW_NAME_MAX */
	{
		char hex[600];
		int i, k;

		k = sprintf(hex, "82008182118185190190017880");
		for (i = 0; i < 128; i++)
			k += sprintf(hex + k, "41");
		sprintf(hex + k, "626d65f4");
		fake_set(f, hex);
		EXPECT_CLIENT(km_get_hardware_info(dev, &hi), E2BIG);
	}
	{
		struct km_hardware_info z;

		memset(&z, 0x5a, sizeof(z));
		CHECK_MEM(&hi, &z, sizeof(z));
	}

	/* KeyMint error: [-38, []] */
	fake_set(f, "82382580");
	CHECK_EQ(km_get_hardware_info(dev, &hi), -38);
	/* error with a payload, success without one, positive code */
	fake_set(f, "8238258182118180");
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EBADMSG);
	fake_set(f, "820080");
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EBADMSG);
	fake_set(f, "820580");
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EBADMSG);
	/* error code below the KeyMint range collides with client errors */
	fake_set(f, "823a0001000080");
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EBADMSG);
	/* envelope of three elements, not an array, empty */
	fake_set(f, "83008000");
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EBADMSG);
	fake_set(f, "a0");
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EBADMSG);
	fake_set(f, "");
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EBADMSG);
	/* indefinite-length envelope is not accepted */
	fake_set(f, "9f00818211818519019001624b4d626d65f4ff");
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EBADMSG);

	/* transport failures */
	fake_set(f, HWINFO_OK);
	f->ret = -EIO;
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EIO);
	f->ret = 0;
	f->lie_len = true;
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EMSGSIZE);
	f->lie_len = false;
	f->rsp_len = KEYMINT_MAX_MSG_SIZE + 1;
	EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EMSGSIZE);
}

static void test_simple_calls(struct km_dev *dev, struct fake *f)
{
	struct keymint_boot_info bi;
	uint8_t big[KM_RNG_ENTROPY_MAX + 1];
	unsigned int calls;
	char want[300];
	int i, k;

	fake_set(f, "820081821280");
	CHECK_EQ(km_add_rng_entropy(dev, (const uint8_t *)"ab", 2), 0);
	CHECK(req_is(f, "821281426162"));
	/* an empty entropy buffer is still a valid request */
	CHECK_EQ(km_add_rng_entropy(dev, NULL, 0), 0);
	CHECK(req_is(f, "82128140"));
	/* the TA, not the library, enforces the 2048-byte limit */
	memset(big, 7, sizeof(big));
	CHECK_EQ(km_add_rng_entropy(dev, big, sizeof(big)), 0);
	CHECK_EQ(f->req_len, 2 + 1 + 3 + sizeof(big));
	fake_set(f, "823480");
	CHECK_EQ(km_add_rng_entropy(dev, big, sizeof(big)), -21);
	/* a non-empty body where [] is expected */
	fake_set(f, "82008182128100");
	EXPECT_CLIENT(km_add_rng_entropy(dev, big, 1), EBADMSG);

	fake_set(f, "82008182188180");
	CHECK_EQ(km_set_hal_info(dev, 160000, 202501, 20250105), 0);
	CHECK(req_is(f, "821881831a000271001a000317051a0134fdf9"));

	memset(&bi, 0, sizeof(bi));
	memset(bi.verified_boot_key, 0xaa, sizeof(bi.verified_boot_key));
	memset(bi.verified_boot_hash, 0xbb, sizeof(bi.verified_boot_hash));
	bi.verified_boot_state = KEYMINT_BOOT_STATE_SELF_SIGNED;
	bi.device_locked = 1;
	bi.boot_patchlevel = 20250101;
	fake_set(f, "82008182188280");
	CHECK_EQ(km_set_boot_info_msg(dev, &bi), 0);
	k = sprintf(want, "821882855820");
	for (i = 0; i < 32; i++)
		k += sprintf(want + k, "aa");
	k += sprintf(want + k, "f5015820");
	for (i = 0; i < 32; i++)
		k += sprintf(want + k, "bb");
	sprintf(want + k, "1a0134fdf5");
	CHECK(req_is(f, want));
	/* wrong opcode echoed */
	fake_set(f, "82008182188180");
	EXPECT_CLIENT(km_set_boot_info_msg(dev, &bi), EPROTO);
	/* reserved fields must be zero; nothing is sent */
	calls = f->calls;
	bi.flags = 1;
	EXPECT_CLIENT(km_set_boot_info_msg(dev, &bi), EINVAL);
	bi.flags = 0;
	bi.reserved[1] = 1;
	EXPECT_CLIENT(km_set_boot_info_msg(dev, &bi), EINVAL);
	bi.reserved[1] = 0;
	bi.device_locked = 2;
	EXPECT_CLIENT(km_set_boot_info_msg(dev, &bi), EINVAL);
	CHECK_EQ(f->calls, calls);

	/* the fake backend has no ioctls */
	{
		struct keymint_version v;

		EXPECT_CLIENT(km_get_version(dev, &v), EOPNOTSUPP);
		EXPECT_CLIENT(km_set_boot_info(dev, &bi), EOPNOTSUPP);
	}
}

static void test_raw(struct km_dev *dev, struct fake *f)
{
	uint8_t rsp[64], body[2] = { 0x80 };
	const uint8_t *b = NULL;
	uint8_t big[KEYMINT_MAX_MSG_SIZE];
	size_t n = 0, len = 0;

	fake_set(f, "820081821880820102");
	CHECK_EQ(km_call_raw(dev, 0x80, body, 1, rsp, sizeof(rsp), &b, &n), 0);
	CHECK(req_is(f, "82188080"));
	CHECK_EQ(n, 3);
	CHECK(b && !memcmp(b, "\x82\x01\x02", 3));
	/* a response larger than the caller's buffer */
	fake_set(f, HWINFO_OK);
	EXPECT_CLIENT(km_call_raw(dev, 0x11, body, 1, rsp, 4, &b, &n),
		      EMSGSIZE);
	/* a request body that makes the message too big: nothing sent */
	memset(big, 0, sizeof(big));
	EXPECT_CLIENT(km_call_raw(dev, 0x11, big, sizeof(big), rsp,
				  sizeof(rsp), &b, &n), EMSGSIZE);
	EXPECT_CLIENT(km_encode_request(0x11, NULL, 0, rsp, sizeof(rsp), &len),
		      EINVAL);
	CHECK_EQ(km_encode_request(0x11, body, 1, rsp, sizeof(rsp), &len), 0);
	CHECK_EQ(len, 3);
	EXPECT_CLIENT(km_encode_request(0x11, body, 1, rsp, 2, &len), EMSGSIZE);
	EXPECT_CLIENT(km_transact(dev, body, 0, rsp, sizeof(rsp), &len),
		      EINVAL);
}

/* Random corruption of valid responses: any outcome but a crash is fine,
 * but the outcome must be one of the documented kinds.
 */
static void test_corruption(struct km_dev *dev, struct fake *f)
{
	static const char * const seeds[] = {
		HWINFO_OK, "820081821280", "82382580", "82008182188280",
	};
	struct km_hardware_info hi;
	unsigned int i, j, bad = 0;
	uint8_t orig[64];
	size_t olen;

	srand(1234);
	for (i = 0; i < 20000; i++) {
		const char *s = seeds[i % 4];
		int r, flips = 1 + rand() % 3;

		fake_set(f, s);
		olen = f->rsp_len;
		memcpy(orig, f->rsp, olen);
		for (j = 0; j < (unsigned int)flips; j++)
			f->rsp[rand() % olen] ^= (uint8_t)(1 + rand() % 255);
		if (rand() % 4 == 0)
			f->rsp_len = (size_t)(rand() % (int)olen);
		switch (i % 3) {
		case 0:
			r = km_get_hardware_info(dev, &hi);
			break;
		case 1:
			r = km_add_rng_entropy(dev, orig, 3);
			break;
		default:
			r = km_set_hal_info(dev, 1, 202501, 20250101);
			break;
		}
		if (!(r == 0 || km_is_client_err(r) ||
		      (r < 0 && r > -KM_CLIENT_ERR_BASE)))
			bad++;
	}
	CHECK_EQ(bad, 0);
}

static void test_errors(void)
{
	const char *name;
	unsigned int i;
	int32_t v;

	for (i = 0; !km_error_list(i, &v, &name); i++) {
		if (!CHECK(!km_is_client_err(v)))
			break;
		CHECK(km_error_name(v) == name);
	}
	CHECK_EQ(i, 88);
	CHECK(!strcmp(km_error_name(-38), "INVALID_ARGUMENT"));
	CHECK(!km_error_name(-42));
	CHECK(!strcmp(km_strerror(-38), "INVALID_ARGUMENT (-38)"));
	CHECK(km_is_client_err(KM_CLIENT_ERR(ENOENT)));
	CHECK_EQ(km_client_errno(KM_CLIENT_ERR(ENOENT)), ENOENT);
	CHECK_EQ(km_client_errno(-1000), 0);
	CHECK(!km_is_client_err(0));
	CHECK(strstr(km_strerror(KM_CLIENT_ERR(ENOENT)), "No such file"));
	CHECK(!strcmp(km_op_name(0x11), "DeviceGetHardwareInfo"));
	CHECK(!km_op_name(0x10));
	CHECK(!strcmp(km_boot_state_name(1), "self-signed"));
	CHECK(!km_boot_state_name(4));
	CHECK(!strcmp(km_security_level_name(1), "TRUSTED_ENVIRONMENT"));
}

static void diag_is(const char *hex, const char *want, int want_rc)
{
	uint8_t buf[256];
	char *out = NULL;
	size_t sz = 0;
	int n = check_unhex(hex, buf, sizeof(buf)), r;
	FILE *f = open_memstream(&out, &sz);

	if (!CHECK(f && n >= 0))
		return;
	r = km_cbor_diag(f, buf, (size_t)n);
	fclose(f);
	CHECK_EQ(r, want_rc);
	if (!CHECK(!strcmp(out, want)))
		fprintf(stderr, "     diag %s: got '%s', want '%s'\n", hex, out,
			want);
	free(out);
}

static void test_diag(void)
{
	diag_is(HWINFO_OK, "[0, [[17, [[400, 1, \"KM\", \"me\", false]]]]]", 0);
	diag_is("82382580", "[-38, []]", 0);
	diag_is("3bffffffffffffffff", "-18446744073709551616", 0);
	diag_is("a201616140f6", "{1: \"a\", h'': null}", 0);
	diag_is("d9c3518201f5", "50001([1, true])", 0);
	diag_is("9f01ff", "[_ 1]", 0);
	diag_is("5f4101ff", "(_ h'01')", 0);
	diag_is("f93c00", "float16(0x3c00)", 0);
	diag_is("0102", "1, 2", 0);
	diag_is("62225c", "\"\\\"\\\\\"", 0);
	/* malformed: truncated, stray break, too deep */
	diag_is("8201", "", KM_CLIENT_ERR(EBADMSG));
	diag_is("82", "", KM_CLIENT_ERR(EBADMSG));
	diag_is("820161", "[1, ", KM_CLIENT_ERR(EBADMSG));
	diag_is("ff", "", KM_CLIENT_ERR(EBADMSG));
	diag_is("818181818181818181818181818181818181818100",
		"[[[[[[[[[[[[[[[[[", KM_CLIENT_ERR(E2BIG));
}

/* The character-device transport over a FIFO: write() then read() echo. */
static void test_chardev_fifo(void)
{
	char path[] = "/tmp/km_client_test_XXXXXX";
	char fifo[64];
	uint8_t rsp[16];
	struct keymint_version v;
	struct km_hardware_info hi;
	struct km_dev *dev = NULL;
	size_t n = 0;

	if (!CHECK(mkdtemp(path)))
		return;
	snprintf(fifo, sizeof(fifo), "%s/dev", path);
	if (CHECK(!mkfifo(fifo, 0600))) {
		CHECK_EQ(km_dev_open(fifo, &dev), 0);
		if (CHECK(dev)) {
			CHECK(!strcmp(km_dev_name(dev), "device"));
			CHECK_EQ(km_transact(dev, (const uint8_t *)"\x82\x11\x80",
					     3, rsp, sizeof(rsp), &n), 0);
			CHECK_EQ(n, 3);
			CHECK_MEM(rsp, "\x82\x11\x80", 3);
			/* the echo is no valid response: 17 is no error code */
			EXPECT_CLIENT(km_get_hardware_info(dev, &hi), EBADMSG);
			EXPECT_CLIENT(km_get_version(dev, &v), ENOTTY);
			km_dev_close(dev);
		}
		dev = NULL;
		setenv("KEYMINT_DEVICE", fifo, 1);
		CHECK_EQ(km_dev_open(NULL, &dev), 0);
		km_dev_close(dev);
		unlink(fifo);
	}
	dev = NULL;
	setenv("KEYMINT_DEVICE", "/nonexistent/keymint", 1);
	EXPECT_CLIENT(km_dev_open(NULL, &dev), ENOENT);
	CHECK(!dev);
	unsetenv("KEYMINT_DEVICE");
	EXPECT_CLIENT(km_dev_open("/nonexistent/keymint", &dev), ENOENT);
	km_dev_close(NULL);
	rmdir(path);
}

int main(void)
{
	static struct fake f;
	struct km_dev *dev = NULL;

	EXPECT_CLIENT(km_dev_open_backend(NULL, &f, &dev), EINVAL);
	if (!CHECK_EQ(km_dev_open_backend(&fake_backend, &f, &dev), 0))
		return check_summary("client");
	CHECK(!strcmp(km_dev_name(dev), "fake"));
	test_hw_info(dev, &f);
	test_simple_calls(dev, &f);
	test_raw(dev, &f);
	test_corruption(dev, &f);
	km_dev_close(dev);
	test_errors();
	test_diag();
	test_chardev_fifo();
	return check_summary("client");
}
