// SPDX-License-Identifier: GPL-2.0-only
/*
 * keymint.c - the `keymint` command-line tool: inspect and configure the
 * in-kernel KeyMint TA through libkeymint.  See
 * Documentation/keymint-cli.rst.
 *
 * Commands are dispatched from tables (iproute2 style); every command and
 * subcommand answers --help, and `keymint help CMD [SUB]` prints the same.
 * Built with -DKM_WITH_LOOPBACK (build/userspace/keymint-loopback) it also
 * accepts --loopback, a TEST-ONLY backend running lib/ta in-process.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lib/keymint.h"
#ifdef KM_WITH_LOOPBACK
#include "../lib/loopback.h"
#include "../../tests/unit/ops_openssl.h"
#endif

/*
 * Exit codes: a stable interface, documented in keymint-cli.rst and
 * `keymint --help`.  Do not reorder or renumber; only append.
 */
enum km_exit {
	KM_EXIT_OK = 0,		/* success */
	KM_EXIT_USAGE = 1,	/* bad command line */
	KM_EXIT_DEVICE = 2,	/* device/transport error, bad response */
	KM_EXIT_KEYMINT = 3,	/* the TA returned a KeyMint ErrorCode */
	KM_EXIT_INPUT = 4,	/* input file unreadable or malformed */
	KM_EXIT_DENIED = 5,	/* the kernel refused: permission, already set */
};

#define KM_ENTROPY_FILE_MAX	(64 * 1024)

struct km_cli {
	const char *device;
	bool loopback;
	struct km_dev *dev;
};

struct km_cmd {
	const char *name;
	int (*func)(struct km_cli *cli, int argc, char **argv);
	const struct km_cmd *const *sub; /* subcommands, NULL-terminated */
	const char *summary;
	const char *usage;		/* full --help text */
};

static const char *prog = "keymint";

static int km_usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", prog);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nTry '%s --help'.\n", prog);
	return KM_EXIT_USAGE;
}

/* Map a libkeymint return value to an exit code, printing why. */
static int km_fail(const char *what, int rc)
{
	fprintf(stderr, "%s: %s: %s\n", prog, what, km_strerror(rc));
	if (!km_is_client_err(rc))
		return KM_EXIT_KEYMINT;
	switch (km_client_errno(rc)) {
	case EPERM:
	case EACCES:
	case EALREADY:
		return KM_EXIT_DENIED;
	default:
		return KM_EXIT_DEVICE;
	}
}

static int km_cli_open(struct km_cli *cli)
{
	int r;

	if (cli->dev)
		return 0;
#ifdef KM_WITH_LOOPBACK
	if (cli->loopback) {
		r = km_loopback_open(&km_openssl_ops, &cli->dev);
		return r ? km_fail("loopback", r) : 0;
	}
#endif
	r = km_dev_open(cli->device, &cli->dev);
	if (r) {
		const char *path = cli->device ? cli->device :
				   getenv("KEYMINT_DEVICE");

		r = km_fail(path && *path ? path : KM_DEFAULT_DEVICE, r);
		if (r == KM_EXIT_DEVICE)
			fprintf(stderr,
				"%s: is the keymint module loaded? (see --device)\n",
				prog);
		return r;
	}
	return 0;
}

/* ---- argument parsing helpers ---- */

static int km_hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Parse hex (whitespace ignored) into out[cap]; *n gets the length.
 * Returns 0, or -1 for a bad digit, an odd count or more than cap bytes.
 */
static int km_parse_hex(const char *s, size_t len, uint8_t *out, size_t cap,
			size_t *n)
{
	size_t i, k = 0;
	int hi = -1, v;

	for (i = 0; i < len; i++) {
		if (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' ||
		    s[i] == '\r')
			continue;
		v = km_hexval((unsigned char)s[i]);
		if (v < 0)
			return -1;
		if (hi < 0) {
			hi = v;
			continue;
		}
		if (k == cap)
			return -1;
		out[k++] = (uint8_t)(hi << 4 | v);
		hi = -1;
	}
	if (hi >= 0)
		return -1;
	*n = k;
	return 0;
}

static int km_parse_u32(const char *s, uint32_t *v)
{
	unsigned long long x;
	char *end;

	if (!*s || *s == '-' || *s == '+')
		return -1;
	errno = 0;
	x = strtoull(s, &end, 10);
	if (errno || *end || x > UINT32_MAX)
		return -1;
	*v = (uint32_t)x;
	return 0;
}

/* YYYYMMDD (digits == 8) or YYYYMM (digits == 6), month 1-12, day 1-31. */
static int km_parse_date(const char *s, unsigned int digits, uint32_t *v)
{
	uint32_t x, month, day;

	if (strlen(s) != digits || km_parse_u32(s, &x))
		return -1;
	if (digits == 8) {
		day = x % 100;
		month = x / 100 % 100;
		if (day < 1 || day > 31)
			return -1;
	} else {
		month = x % 100;
	}
	if (month < 1 || month > 12)
		return -1;
	*v = x;
	return 0;
}

/*
 * Read a whole file ("-" = stdin) of at most max bytes.  Returns 0, or
 * KM_EXIT_INPUT after printing why.
 */
static int km_read_file(const char *path, uint8_t *buf, size_t max,
			size_t *n)
{
	FILE *f;
	size_t k;
	int err;

	f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	if (!f) {
		fprintf(stderr, "%s: %s: %s\n", prog, path, strerror(errno));
		return KM_EXIT_INPUT;
	}
	k = fread(buf, 1, max, f);
	err = ferror(f);
	if (!err && k == max && fgetc(f) != EOF) {
		fprintf(stderr, "%s: %s: larger than %zu bytes\n", prog, path,
			max);
		err = -1;
	} else if (err) {
		fprintf(stderr, "%s: %s: read error\n", prog, path);
	}
	if (f != stdin)
		fclose(f);
	if (err)
		return KM_EXIT_INPUT;
	*n = k;
	return 0;
}

/* Options shared by every command. */
#define KM_COMMON_OPTS	{ "help", no_argument, NULL, 'h' }

static void km_print_usage(const struct km_cmd *c, FILE *f)
{
	fputs(c->usage, f);
}

static void km_main_usage(FILE *f);

/* ---- keymint info ---- */

static void km_json_str(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == '"' || ch == '\\')
			printf("\\%c", ch);
		else if (ch < 0x20)
			printf("\\u%04x", ch);
		else
			putchar(ch);
	}
	putchar('"');
}

static int km_cmd_info(struct km_cli *cli, int argc, char **argv);
static int km_cmd_boot_status(struct km_cli *cli, int argc, char **argv);

/*
 * Options of a command that takes only --json and --help.  Sets *json and
 * returns -1 to go on, or the exit code the command returns (usage printed
 * for --help, a usage error otherwise).  @unexpected is the message, with
 * one %s, for a stray argument.
 */
static int km_json_only_opts(const struct km_cmd *cmd, const char *unexpected,
			     int argc, char **argv, bool *json)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		KM_COMMON_OPTS,
		{ NULL, 0, NULL, 0 }
	};
	int c;

	*json = false;
	optind = 0;
	while ((c = getopt_long(argc, argv, "+jh", opts, NULL)) != -1) {
		switch (c) {
		case 'j':
			*json = true;
			break;
		case 'h':
			km_print_usage(cmd, stdout);
			return KM_EXIT_OK;
		default:
			return KM_EXIT_USAGE;
		}
	}
	if (optind != argc)
		return km_usage_error(unexpected, argv[optind]);
	return -1;
}

static const struct km_cmd km_info_cmd;

static int km_cmd_info(struct km_cli *cli, int argc, char **argv)
{
	struct keymint_version ver;
	struct km_hardware_info hi;
	const char *level;
	bool json;
	int r;

	r = km_json_only_opts(&km_info_cmd, "info: unexpected argument '%s'",
			      argc, argv, &json);
	if (r >= 0)
		return r;
	r = km_cli_open(cli);
	if (r)
		return r;
	r = km_get_version(cli->dev, &ver);
	if (r)
		return km_fail("GET_VERSION", r);
	r = km_get_hardware_info(cli->dev, &hi);
	if (r)
		return km_fail("getHardwareInfo", r);
	level = km_security_level_name(hi.security_level);

	if (json) {
		printf("{\"transport\": ");
		km_json_str(km_dev_name(cli->dev));
		printf(", \"abi_version\": %u, \"max_msg_size\": %u, \"keymint_version\": %u",
		       ver.abi_version, ver.max_msg_size, ver.keymint_version);
		printf(", \"boot_info_set\": %s, \"hal_info_set\": %s",
		       ver.flags & KEYMINT_STATE_BOOT_INFO_SET ? "true" : "false",
		       ver.flags & KEYMINT_STATE_HAL_INFO_SET ? "true" : "false");
		printf(", \"state_flags\": %u, \"version_number\": %d, \"security_level\": %d",
		       ver.flags, hi.version_number, hi.security_level);
		printf(", \"security_level_name\": ");
		km_json_str(level ? level : "UNKNOWN");
		printf(", \"name\": ");
		km_json_str(hi.name);
		printf(", \"author\": ");
		km_json_str(hi.author);
		printf(", \"timestamp_token_required\": %s}\n",
		       hi.timestamp_token_required ? "true" : "false");
		return KM_EXIT_OK;
	}
	printf("transport:                %s\n", km_dev_name(cli->dev));
	printf("ABI version:              %u\n", ver.abi_version);
	printf("max message size:         %u bytes\n", ver.max_msg_size);
	printf("KeyMint version (ioctl):  %u\n", ver.keymint_version);
	printf("boot info:                %s\n",
	       ver.flags & KEYMINT_STATE_BOOT_INFO_SET ? "set" : "not set");
	printf("HAL info:                 %s\n",
	       ver.flags & KEYMINT_STATE_HAL_INFO_SET ? "set" : "not set");
	printf("KeyMint version (TA):     %d\n", hi.version_number);
	printf("security level:           %s (%d)\n",
	       level ? level : "UNKNOWN", hi.security_level);
	printf("name:                     %s\n", hi.name);
	printf("author:                   %s\n", hi.author);
	printf("timestamp token required: %s\n",
	       hi.timestamp_token_required ? "yes" : "no");
	return KM_EXIT_OK;
}

/* ---- keymint boot set|status ---- */

static const struct km_cmd km_boot_set_cmd, km_boot_status_cmd;

static int km_cmd_boot_set(struct km_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "key", required_argument, NULL, 'k' },
		{ "key-file", required_argument, NULL, 'K' },
		{ "hash", required_argument, NULL, 'H' },
		{ "state", required_argument, NULL, 's' },
		{ "locked", no_argument, NULL, 'l' },
		{ "unlocked", no_argument, NULL, 'u' },
		{ "patchlevel", required_argument, NULL, 'p' },
		{ "via-message", no_argument, NULL, 'm' },
		KM_COMMON_OPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct keymint_boot_info bi;
	bool have_state = false, have_pl = false, via_msg = false;
	const char *key = NULL, *key_file = NULL;
	uint8_t fbuf[2 * KEYMINT_BOOT_KEY_SIZE + 2];
	int lock = -1, c, r;
	uint32_t st;
	size_t n;

	memset(&bi, 0, sizeof(bi));
	optind = 0;
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		switch (c) {
		case 'k':
			key = optarg;
			break;
		case 'K':
			key_file = optarg;
			break;
		case 'H':
			if (km_parse_hex(optarg, strlen(optarg),
					 bi.verified_boot_hash,
					 sizeof(bi.verified_boot_hash), &n) ||
			    n != sizeof(bi.verified_boot_hash))
				return km_usage_error("--hash: need %s", "64 hex digits");
			break;
		case 's':
			for (st = 0; km_boot_state_name(st); st++)
				if (!strcmp(optarg, km_boot_state_name(st)))
					break;
			if (!km_boot_state_name(st))
				return km_usage_error("--state: unknown state '%s'",
						      optarg);
			bi.verified_boot_state = st;
			have_state = true;
			break;
		case 'l':
		case 'u':
			if (lock >= 0 && lock != (c == 'l'))
				return km_usage_error("%s", "--locked and --unlocked conflict");
			lock = c == 'l';
			break;
		case 'p':
			if (km_parse_date(optarg, 8, &bi.boot_patchlevel))
				return km_usage_error("--patchlevel: '%s' is not YYYYMMDD",
						      optarg);
			have_pl = true;
			break;
		case 'm':
			via_msg = true;
			break;
		case 'h':
			km_print_usage(&km_boot_set_cmd, stdout);
			return KM_EXIT_OK;
		default:
			return KM_EXIT_USAGE;
		}
	}
	if (optind != argc)
		return km_usage_error("boot set: unexpected argument '%s'",
				      argv[optind]);
	if (key && key_file)
		return km_usage_error("%s", "--key and --key-file conflict");
	if (!have_state || lock < 0 || !have_pl)
		return km_usage_error("%s",
				      "boot set: --state, --locked|--unlocked and --patchlevel are required");
	bi.device_locked = (uint32_t)lock;
	if (key && (km_parse_hex(key, strlen(key), bi.verified_boot_key,
				 sizeof(bi.verified_boot_key), &n) ||
		    n != sizeof(bi.verified_boot_key)))
		return km_usage_error("--key: need %s", "64 hex digits");
	if (key_file) {
		r = km_read_file(key_file, fbuf, sizeof(fbuf), &n);
		if (r)
			return r;
		if (n == KEYMINT_BOOT_KEY_SIZE) {
			memcpy(bi.verified_boot_key, fbuf, n);
		} else if (km_parse_hex((const char *)fbuf, n,
					bi.verified_boot_key,
					sizeof(bi.verified_boot_key), &n) ||
			   n != sizeof(bi.verified_boot_key)) {
			fprintf(stderr,
				"%s: %s: need 32 raw bytes or 64 hex digits\n",
				prog, key_file);
			return KM_EXIT_INPUT;
		}
	}
	r = km_cli_open(cli);
	if (r)
		return r;
	if (via_msg)
		r = km_set_boot_info_msg(cli->dev, &bi);
	else
		r = km_set_boot_info(cli->dev, &bi);
	if (r)
		return km_fail(via_msg ? "SetBootInfo" : "SET_BOOT_INFO", r);
	printf("boot info set: state %s, %s, patchlevel %u\n",
	       km_boot_state_name(bi.verified_boot_state),
	       bi.device_locked ? "locked" : "unlocked", bi.boot_patchlevel);
	return KM_EXIT_OK;
}

static int km_cmd_boot_status(struct km_cli *cli, int argc, char **argv)
{
	struct keymint_version ver;
	bool json, boot, hal;
	int r;

	r = km_json_only_opts(&km_boot_status_cmd,
			      "boot status: unexpected argument '%s'",
			      argc, argv, &json);
	if (r >= 0)
		return r;
	r = km_cli_open(cli);
	if (r)
		return r;
	r = km_get_version(cli->dev, &ver);
	if (r)
		return km_fail("GET_VERSION", r);
	boot = ver.flags & KEYMINT_STATE_BOOT_INFO_SET;
	hal = ver.flags & KEYMINT_STATE_HAL_INFO_SET;
	if (json)
		printf("{\"boot_info_set\": %s, \"hal_info_set\": %s}\n",
		       boot ? "true" : "false", hal ? "true" : "false");
	else
		printf("boot info: %s\nHAL info:  %s\n",
		       boot ? "set" : "not set", hal ? "set" : "not set");
	return KM_EXIT_OK;
}

/* ---- keymint hal set ---- */

static const struct km_cmd km_hal_set_cmd;

static int km_cmd_hal_set(struct km_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "os-version", required_argument, NULL, 'o' },
		{ "os-patchlevel", required_argument, NULL, 'p' },
		{ "vendor-patchlevel", required_argument, NULL, 'v' },
		KM_COMMON_OPTS,
		{ NULL, 0, NULL, 0 }
	};
	uint32_t osv = 0, ospl = 0, vpl = 0;
	unsigned int have = 0;
	int c, r;

	optind = 0;
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		switch (c) {
		case 'o':
			if (km_parse_u32(optarg, &osv))
				return km_usage_error("--os-version: '%s' is not a number",
						      optarg);
			have |= 1;
			break;
		case 'p':
			if (km_parse_date(optarg, 6, &ospl))
				return km_usage_error("--os-patchlevel: '%s' is not YYYYMM",
						      optarg);
			have |= 2;
			break;
		case 'v':
			if (km_parse_date(optarg, 8, &vpl))
				return km_usage_error("--vendor-patchlevel: '%s' is not YYYYMMDD",
						      optarg);
			have |= 4;
			break;
		case 'h':
			km_print_usage(&km_hal_set_cmd, stdout);
			return KM_EXIT_OK;
		default:
			return KM_EXIT_USAGE;
		}
	}
	if (optind != argc)
		return km_usage_error("hal set: unexpected argument '%s'",
				      argv[optind]);
	if (have != 7)
		return km_usage_error("%s",
				      "hal set: --os-version, --os-patchlevel and --vendor-patchlevel are required");
	r = km_cli_open(cli);
	if (r)
		return r;
	r = km_set_hal_info(cli->dev, osv, ospl, vpl);
	if (r)
		return km_fail("SetHalInfo", r);
	printf("HAL info set: os %u, os patchlevel %u, vendor patchlevel %u\n",
	       osv, ospl, vpl);
	return KM_EXIT_OK;
}

/* ---- keymint rng add ---- */

static const struct km_cmd km_rng_add_cmd;

static int km_cmd_rng_add(struct km_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "file", required_argument, NULL, 'f' },
		KM_COMMON_OPTS,
		{ NULL, 0, NULL, 0 }
	};
	const char *path = "-";
	uint8_t *buf;
	size_t n, off;
	int c, r;

	optind = 0;
	while ((c = getopt_long(argc, argv, "+f:h", opts, NULL)) != -1) {
		switch (c) {
		case 'f':
			path = optarg;
			break;
		case 'h':
			km_print_usage(&km_rng_add_cmd, stdout);
			return KM_EXIT_OK;
		default:
			return KM_EXIT_USAGE;
		}
	}
	if (optind < argc && !strcmp(argv[optind], "-") && !strcmp(path, "-"))
		optind++;
	if (optind != argc)
		return km_usage_error("rng add: unexpected argument '%s'",
				      argv[optind]);
	buf = malloc(KM_ENTROPY_FILE_MAX);
	if (!buf) {
		fprintf(stderr, "%s: out of memory\n", prog);
		return KM_EXIT_DEVICE;
	}
	r = km_read_file(path, buf, KM_ENTROPY_FILE_MAX, &n);
	if (!r && !n) {
		fprintf(stderr, "%s: %s: no data\n", prog, path);
		r = KM_EXIT_INPUT;
	}
	if (!r)
		r = km_cli_open(cli);
	for (off = 0; !r && off < n; off += KM_RNG_ENTROPY_MAX) {
		size_t chunk = n - off < KM_RNG_ENTROPY_MAX ?
			       n - off : KM_RNG_ENTROPY_MAX;

		r = km_add_rng_entropy(cli->dev, buf + off, chunk);
		if (r)
			r = km_fail("addRngEntropy", r);
	}
	free(buf);
	if (!r)
		printf("added %zu bytes of entropy\n", n);
	return r;
}

/* ---- keymint raw ---- */

static const struct km_cmd km_raw_cmd;

static int km_cmd_raw(struct km_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "hex", no_argument, NULL, 'x' },
		KM_COMMON_OPTS,
		{ NULL, 0, NULL, 0 }
	};
	static uint8_t req[KEYMINT_MAX_MSG_SIZE], rsp[KEYMINT_MAX_MSG_SIZE];
	const uint8_t *body;
	size_t len, rlen, blen;
	bool hex = false;
	int c, r, dr;
	uint64_t op;

	optind = 0;
	while ((c = getopt_long(argc, argv, "+xh", opts, NULL)) != -1) {
		switch (c) {
		case 'x':
			hex = true;
			break;
		case 'h':
			km_print_usage(&km_raw_cmd, stdout);
			return KM_EXIT_OK;
		default:
			return KM_EXIT_USAGE;
		}
	}
	if (argc - optind != 1)
		return km_usage_error("%s", "raw: need exactly one HEX argument");
	if (km_parse_hex(argv[optind], strlen(argv[optind]), req, sizeof(req),
			 &len) || !len)
		return km_usage_error("raw: '%s' is not a hex CBOR request",
				      argv[optind]);
	r = km_cli_open(cli);
	if (r)
		return r;
	r = km_transact(cli->dev, req, len, rsp, sizeof(rsp), &rlen);
	if (r)
		return km_fail("transact", r);
	if (hex) {
		for (size_t i = 0; i < rlen; i++)
			printf("%02x", rsp[i]);
		putchar('\n');
	}
	dr = km_cbor_diag(stdout, rsp, rlen);
	putchar('\n');
	if (dr)
		return km_fail("response", dr);
	/*
	 * Exit status from the envelope: opcode of the request (req[1] for
	 * the usual one-byte opcodes; otherwise whatever the TA answers).
	 */
	op = len >= 2 && req[0] == 0x82 && req[1] < 0x18 ? req[1] :
	     len >= 3 && req[0] == 0x82 && req[1] == 0x18 ? req[2] : 0;
	r = km_decode_response((uint32_t)op, rsp, rlen, &body, &blen);
	if (r && !km_is_client_err(r))
		return km_fail("TA", r);
	return KM_EXIT_OK;
}

/* ---- keymint errors ---- */

static const struct km_cmd km_errors_cmd;

static int km_cmd_errors(struct km_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		KM_COMMON_OPTS,
		{ NULL, 0, NULL, 0 }
	};
	const char *name;
	unsigned int i;
	int32_t value;
	int c;

	optind = 0;
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		if (c == 'h') {
			km_print_usage(&km_errors_cmd, stdout);
			return KM_EXIT_OK;
		}
		return KM_EXIT_USAGE;
	}
	if (optind != argc)
		return km_usage_error("errors: unexpected argument '%s'",
				      argv[optind]);
	for (i = 0; !km_error_list(i, &value, &name); i++)
		printf("%6d  %s\n", value, name);
	return KM_EXIT_OK;
}

/* ---- command tables ---- */

static const struct km_cmd km_info_cmd = {
	"info", km_cmd_info, NULL, "show ABI version and KeyMint hardware info",
	"Usage: keymint info [--json]\n"
	"\n"
	"Query the ABI version and start-of-day state (GET_VERSION ioctl) and\n"
	"getHardwareInfo: KeyMint version, security level, names and whether\n"
	"timestamp tokens are required.\n"
	"\n"
	"  --json     print one JSON object instead of text\n"
	"  -h, --help show this help\n",
};

static const struct km_cmd km_boot_set_cmd = {
	"set", km_cmd_boot_set, NULL, "set the root of trust (bootloader stand-in)",
	"Usage: keymint boot set --state STATE --locked|--unlocked\n"
	"                        --patchlevel YYYYMMDD [--key HEX|--key-file F]\n"
	"                        [--hash HEX] [--via-message]\n"
	"\n"
	"Act as the bootloader: hand the verified boot state to the TA, once per\n"
	"module load (needs CAP_SYS_ADMIN).  Repeating identical data succeeds;\n"
	"different data is refused (exit 5 via the ioctl, 3 via the message).\n"
	"\n"
	"  --state S          verified | self-signed | unverified | failed\n"
	"  --locked           the bootloader is locked\n"
	"  --unlocked         the bootloader is unlocked\n"
	"  --patchlevel D     boot image patch level, YYYYMMDD\n"
	"  --key HEX          verified boot key digest, 32 bytes (default zeroes)\n"
	"  --key-file F       the same, from a file: 32 raw bytes or 64 hex digits\n"
	"  --hash HEX         verified boot hash, 32 bytes (default zeroes)\n"
	"  --via-message      send SetBootInfo (0x82) instead of the ioctl\n"
	"  -h, --help         show this help\n",
};

static const struct km_cmd km_boot_status_cmd = {
	"status", km_cmd_boot_status, NULL, "show whether boot and HAL info are set",
	"Usage: keymint boot status [--json]\n"
	"\n"
	"Show whether the root of trust and the HAL info have been set.\n"
	"\n"
	"  --json     print one JSON object instead of text\n"
	"  -h, --help show this help\n",
};

static const struct km_cmd *const km_boot_subs[] = {
	&km_boot_set_cmd,
	&km_boot_status_cmd,
	NULL
};

static const struct km_cmd km_hal_set_cmd = {
	"set", km_cmd_hal_set, NULL, "send SetHalInfo (start of day)",
	"Usage: keymint hal set --os-version N --os-patchlevel YYYYMM\n"
	"                       --vendor-patchlevel YYYYMMDD\n"
	"\n"
	"Send the system versions the HAL reports at start of day (SetHalInfo,\n"
	"0x81).  Keys record them; accepted once.\n"
	"\n"
	"  --os-version N              OS version number, e.g. 160000\n"
	"  --os-patchlevel YYYYMM      OS patch level\n"
	"  --vendor-patchlevel YYYYMMDD vendor patch level\n"
	"  -h, --help                  show this help\n",
};

static const struct km_cmd *const km_hal_subs[] = {
	&km_hal_set_cmd,
	NULL
};

static const struct km_cmd km_rng_add_cmd = {
	"add", km_cmd_rng_add, NULL, "mix entropy into the TA's RNG",
	"Usage: keymint rng add [--file F | -]\n"
	"\n"
	"Send the contents of F (default: standard input) to addRngEntropy,\n"
	"in chunks of 2048 bytes; at most 65536 bytes.\n"
	"\n"
	"  -f, --file F  read entropy from F (\"-\" = standard input)\n"
	"  -h, --help    show this help\n",
};

static const struct km_cmd *const km_rng_subs[] = {
	&km_rng_add_cmd,
	NULL
};

static const struct km_cmd km_raw_cmd = {
	"raw", km_cmd_raw, NULL, "send a CBOR request, print the response",
	"Usage: keymint raw [--hex] HEX\n"
	"\n"
	"Send HEX as one whole CBOR request ([opcode, request]) and print the\n"
	"response in CBOR diagnostic notation.  Exit 3 if the response carries\n"
	"a KeyMint error code.\n"
	"Example: keymint raw 821180   (getHardwareInfo)\n"
	"\n"
	"  -x, --hex   also print the response bytes in hex\n"
	"  -h, --help  show this help\n",
};

static const struct km_cmd km_errors_cmd = {
	"errors", km_cmd_errors, NULL, "list KeyMint error codes",
	"Usage: keymint errors\n"
	"\n"
	"Print the KeyMint ErrorCode table (value and name).\n"
	"\n"
	"  -h, --help  show this help\n",
};

static const struct km_cmd km_boot_cmd = {
	"boot", NULL, km_boot_subs, "root of trust: set, status",
	"Usage: keymint boot {set|status} [OPTIONS]\n"
	"\n"
	"  set     set the root of trust (bootloader stand-in)\n"
	"  status  show whether boot and HAL info are set\n"
	"\n"
	"Run 'keymint boot SUBCOMMAND --help' for details.\n",
};

static const struct km_cmd km_hal_cmd = {
	"hal", NULL, km_hal_subs, "HAL start-of-day info: set",
	"Usage: keymint hal set [OPTIONS]\n"
	"\n"
	"  set  send SetHalInfo\n"
	"\n"
	"Run 'keymint hal set --help' for details.\n",
};

static const struct km_cmd km_rng_cmd = {
	"rng", NULL, km_rng_subs, "RNG: add entropy",
	"Usage: keymint rng add [--file F | -]\n"
	"\n"
	"  add  mix entropy into the TA's RNG\n"
	"\n"
	"Run 'keymint rng add --help' for details.\n",
};

static int km_cmd_help(struct km_cli *cli, int argc, char **argv);

static const struct km_cmd km_help_cmd = {
	"help", km_cmd_help, NULL, "show help for a command",
	"Usage: keymint help [COMMAND [SUBCOMMAND]]\n"
	"\n"
	"Without arguments, show the overview; otherwise the same text as\n"
	"'keymint COMMAND [SUBCOMMAND] --help'.\n",
};

static const struct km_cmd *const km_cmds[] = {
	&km_info_cmd,
	&km_boot_cmd,
	&km_hal_cmd,
	&km_rng_cmd,
	&km_raw_cmd,
	&km_errors_cmd,
	&km_help_cmd,
	NULL
};

static const char km_main_usage_head[] =
	"Usage: keymint [--device PATH] COMMAND [OPTIONS]\n"
	"       keymint help [COMMAND [SUBCOMMAND]]\n"
	"\n"
	"Talk to the in-kernel KeyMint TA (/dev/keymint).\n"
	"\n"
	"Options:\n"
	"  -d, --device PATH  device node (default $KEYMINT_DEVICE, else /dev/keymint)\n"
#ifdef KM_WITH_LOOPBACK
	"  --loopback         TEST ONLY: run lib/ta in-process instead of the device\n"
#endif
	"  -h, --help         show this help\n"
	"\n"
	"Commands:\n";

static const char km_main_usage_tail[] =
	"\n"
	"Exit status:\n"
	"  0  success\n"
	"  1  usage error\n"
	"  2  device or transport error, malformed response\n"
	"  3  the TA returned a KeyMint error code\n"
	"  4  an input file could not be read or is malformed\n"
	"  5  the kernel refused: permission denied or already set\n";

static void km_main_usage(FILE *f)
{
	const struct km_cmd *const *c;

	fputs(km_main_usage_head, f);
	for (c = km_cmds; *c; c++)
		fprintf(f, "  %-8s %s\n", (*c)->name, (*c)->summary);
	fputs(km_main_usage_tail, f);
}

/* Exact match, or a unique prefix. */
static const struct km_cmd *km_find(const struct km_cmd *const *t,
				    const char *name)
{
	const struct km_cmd *hit = NULL;
	size_t n = strlen(name);

	for (; *t; t++) {
		if (!strcmp((*t)->name, name))
			return *t;
		if (n && !strncmp((*t)->name, name, n)) {
			if (hit)
				return NULL;	/* ambiguous */
			hit = *t;
		}
	}
	return hit;
}

static int km_cmd_help(struct km_cli *cli, int argc, char **argv)
{
	const struct km_cmd *const *t = km_cmds;
	const struct km_cmd *c;
	int i;

	if (argc > 1 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
		km_print_usage(&km_help_cmd, stdout);
		return KM_EXIT_OK;
	}
	if (argc == 1) {
		km_main_usage(stdout);
		return KM_EXIT_OK;
	}
	c = NULL;
	for (i = 1; i < argc; i++) {
		if (!t)
			return km_usage_error("help: '%s' has no subcommands",
					      argv[i - 1]);
		c = km_find(t, argv[i]);
		if (!c)
			return km_usage_error("help: unknown command '%s'",
					      argv[i]);
		t = c->sub;
	}
	km_print_usage(c, stdout);
	return KM_EXIT_OK;
}

static int km_dispatch(struct km_cli *cli, const struct km_cmd *const *t,
		       const struct km_cmd *parent, int argc, char **argv)
{
	const struct km_cmd *c;

	if (argc < 1 || !strcmp(argv[0], "-h") ||
	    !strcmp(argv[0], "--help")) {
		bool help = argc >= 1;

		if (parent)
			km_print_usage(parent, help ? stdout : stderr);
		else
			km_main_usage(help ? stdout : stderr);
		return help ? KM_EXIT_OK : KM_EXIT_USAGE;
	}
	c = km_find(t, argv[0]);
	if (!c)
		return km_usage_error("unknown or ambiguous command '%s'",
				      argv[0]);
	if (c->sub)
		return km_dispatch(cli, c->sub, c, argc - 1, argv + 1);
	return c->func(cli, argc, argv);
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "device", required_argument, NULL, 'd' },
#ifdef KM_WITH_LOOPBACK
		{ "loopback", no_argument, NULL, 'L' },
#endif
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct km_cli cli = { 0 };
	int c, r;

	while ((c = getopt_long(argc, argv, "+d:h", opts, NULL)) != -1) {
		switch (c) {
		case 'd':
			cli.device = optarg;
			break;
		case 'L':
			cli.loopback = true;
			break;
		case 'h':
			km_main_usage(stdout);
			return KM_EXIT_OK;
		default:
			fprintf(stderr, "Try '%s --help'.\n", prog);
			return KM_EXIT_USAGE;
		}
	}
	if (optind == argc) {
		km_main_usage(stderr);
		return KM_EXIT_USAGE;
	}
	r = km_dispatch(&cli, km_cmds, NULL, argc - optind, argv + optind);
	km_dev_close(cli.dev);
	if (fflush(stdout) && r == KM_EXIT_OK)
		r = KM_EXIT_DEVICE;
	return r;
}
