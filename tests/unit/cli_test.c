// SPDX-License-Identifier: GPL-2.0-only
/*
 * cli_test.c - the keymint command-line tool, run in forked children with
 * its output captured: --help on every command, `help CMD`, the stable
 * exit codes for usage, device and input errors, and real commands against
 * the TEST-ONLY --loopback backend (lib/ta in-process).
 *
 * The tool's source is compiled into this test (its main() renamed), with
 * KM_WITH_LOOPBACK, so it runs under the same sanitizers.
 */
#define main keymint_main
#include "../../userspace/tools/keymint.c"
#undef main

#include <fcntl.h>
#include <stdarg.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"

static char out[65536], err[8192];
static char tmpdir[32];

static void slurp(int fd, char *buf, size_t cap)
{
	ssize_t n;
	size_t k = 0;

	lseek(fd, 0, SEEK_SET);
	while (k + 1 < cap && (n = read(fd, buf + k, cap - 1 - k)) > 0)
		k += (size_t)n;
	buf[k] = '\0';
	close(fd);
}

static int tmpfd(const char *name)
{
	char path[128];
	int fd;

	snprintf(path, sizeof(path), "%s/%s", tmpdir, name);
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	unlink(path);
	return fd;
}

/*
 * Run `keymint ARGS...` (NULL-terminated) with stdin from @in (NULL =
 * /dev/null).  Returns the exit status; output lands in out[] and err[].
 */
static int run_in(const char *in, ...)
{
	char *argv[32];
	int argc = 0, ofd, efd, status = -1;
	va_list ap;
	pid_t pid;

	argv[argc++] = "keymint";
	va_start(ap, in);
	while (argc < 31 && (argv[argc] = va_arg(ap, char *)))
		argc++;
	va_end(ap);
	argv[argc] = NULL;

	ofd = tmpfd("out");
	efd = tmpfd("err");
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid == 0) {
		int ifd = open(in ? in : "/dev/null", O_RDONLY);

		dup2(ifd, 0);
		dup2(ofd, 1);
		dup2(efd, 2);
		int rc = keymint_main(argc, argv);

		fflush(NULL);
		_exit(rc & 0xff);
	}
	if (pid > 0)
		waitpid(pid, &status, 0);
	slurp(ofd, out, sizeof(out));
	slurp(efd, err, sizeof(err));
	if (!WIFEXITED(status))
		return -1;
	return WEXITSTATUS(status);
}

#define run(...) run_in(NULL, __VA_ARGS__, (char *)NULL)

static bool starts(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static void write_file(const char *name, const void *data, size_t len,
		       char *path, size_t cap)
{
	int fd;

	snprintf(path, cap, "%s/%s", tmpdir, name);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (!CHECK(fd >= 0))
		return;
	CHECK_EQ(write(fd, data, len), (long long)len);
	close(fd);
}

static void test_help(void)
{
	static const char * const cmds[][2] = {
		{ "info", NULL }, { "boot", NULL }, { "boot", "set" },
		{ "boot", "status" }, { "hal", NULL }, { "hal", "set" },
		{ "rng", NULL }, { "rng", "add" }, { "raw", NULL },
		{ "errors", NULL }, { "help", NULL },
	};
	static char want[sizeof(out)];
	char usage[64];
	unsigned int i;

	CHECK_EQ(run("--help"), KM_EXIT_OK);
	CHECK(starts(out, "Usage: keymint [--device PATH] COMMAND"));
	CHECK(strstr(out, "Exit status:"));
	CHECK(strstr(out, "  5  the kernel refused"));
	CHECK_EQ(run("help"), KM_EXIT_OK);
	CHECK(starts(out, "Usage: keymint [--device PATH] COMMAND"));

	for (i = 0; i < ARRAY_SIZE(cmds); i++) {
		const char *c = cmds[i][0], *s = cmds[i][1];

		if (s) {
			CHECK_EQ(run(c, s, "--help"), KM_EXIT_OK);
			snprintf(usage, sizeof(usage), "Usage: keymint %s %s",
				 c, s);
		} else {
			CHECK_EQ(run(c, "--help"), KM_EXIT_OK);
			snprintf(usage, sizeof(usage), "Usage: keymint %s", c);
		}
		if (!CHECK(starts(out, usage)))
			fprintf(stderr, "     %s %s: '%.60s'\n", c, s ? s : "",
				out);
		CHECK_EQ(err[0], '\0');
		snprintf(want, sizeof(want), "%s", out);
		/* `keymint help CMD [SUB]` prints the same text */
		if (s)
			CHECK_EQ(run("help", c, s), KM_EXIT_OK);
		else
			CHECK_EQ(run("help", c), KM_EXIT_OK);
		CHECK(!strcmp(out, want));
		/* -h works as well */
		if (s)
			CHECK_EQ(run(c, s, "-h"), KM_EXIT_OK);
		else
			CHECK_EQ(run(c, "-h"), KM_EXIT_OK);
		CHECK(!strcmp(out, want));
	}
}

static void test_usage_errors(void)
{
	CHECK_EQ(run_in(NULL, (char *)NULL), KM_EXIT_USAGE);
	CHECK(starts(err, "Usage: keymint"));
	CHECK_EQ(run("frobnicate"), KM_EXIT_USAGE);
	CHECK(strstr(err, "unknown or ambiguous command 'frobnicate'"));
	CHECK_EQ(run("--bogus", "info"), KM_EXIT_USAGE);
	CHECK_EQ(run("info", "--bogus"), KM_EXIT_USAGE);
	CHECK_EQ(run("info", "extra"), KM_EXIT_USAGE);
	CHECK_EQ(run("boot"), KM_EXIT_USAGE);
	CHECK_EQ(run("boot", "reset"), KM_EXIT_USAGE);
	CHECK_EQ(run("h"), KM_EXIT_USAGE);	/* ambiguous: hal, help */
	CHECK_EQ(run("help", "nope"), KM_EXIT_USAGE);
	CHECK_EQ(run("help", "info", "x"), KM_EXIT_USAGE);
	CHECK_EQ(run("boot", "set", "--state", "verified", "--locked"),
		 KM_EXIT_USAGE);
	CHECK(strstr(err, "are required"));
	CHECK_EQ(run("boot", "set", "--state", "green", "--locked",
		     "--patchlevel", "20250101"), KM_EXIT_USAGE);
	CHECK_EQ(run("boot", "set", "--state", "verified", "--locked",
		     "--patchlevel", "20251301"), KM_EXIT_USAGE);
	CHECK_EQ(run("boot", "set", "--state", "verified", "--locked",
		     "--patchlevel", "2025010"), KM_EXIT_USAGE);
	CHECK_EQ(run("boot", "set", "--state", "verified", "--locked",
		     "--unlocked", "--patchlevel", "20250101"), KM_EXIT_USAGE);
	CHECK_EQ(run("boot", "set", "--state", "verified", "--locked",
		     "--patchlevel", "20250101", "--key", "abcd"),
		 KM_EXIT_USAGE);
	CHECK_EQ(run("boot", "set", "--state", "verified", "--locked",
		     "--patchlevel", "20250101", "--hash", "zz"),
		 KM_EXIT_USAGE);
	CHECK_EQ(run("hal", "set", "--os-version", "1"), KM_EXIT_USAGE);
	CHECK_EQ(run("hal", "set", "--os-version", "-1", "--os-patchlevel",
		     "202501", "--vendor-patchlevel", "20250101"),
		 KM_EXIT_USAGE);
	CHECK_EQ(run("hal", "set", "--os-version", "1", "--os-patchlevel",
		     "20250101", "--vendor-patchlevel", "20250101"),
		 KM_EXIT_USAGE);
	CHECK_EQ(run("raw"), KM_EXIT_USAGE);
	CHECK_EQ(run("raw", "8211 8"), KM_EXIT_USAGE);
	CHECK_EQ(run("raw", "82", "11"), KM_EXIT_USAGE);
	CHECK_EQ(run("errors", "x"), KM_EXIT_USAGE);
	CHECK_EQ(run("rng", "add", "extra"), KM_EXIT_USAGE);
}

static void test_device_and_input_errors(void)
{
	char path[256], big[KM_ENTROPY_FILE_MAX + 1];

	CHECK_EQ(run("--device", "/nonexistent/keymint", "info"),
		 KM_EXIT_DEVICE);
	CHECK(strstr(err, "/nonexistent/keymint"));
	CHECK_EQ(run("-d", "/nonexistent/keymint", "boot", "status"),
		 KM_EXIT_DEVICE);
	CHECK_EQ(run("-d", "/nonexistent/keymint", "raw", "821180"),
		 KM_EXIT_DEVICE);
	/* input problems are found before the device is opened */
	CHECK_EQ(run("-d", "/nonexistent/keymint", "rng", "add", "--file",
		     "/nonexistent/entropy"), KM_EXIT_INPUT);
	write_file("empty", "", 0, path, sizeof(path));
	CHECK_EQ(run("-d", "/nonexistent/keymint", "rng", "add", "-f", path),
		 KM_EXIT_INPUT);
	memset(big, 1, sizeof(big));
	write_file("big", big, sizeof(big), path, sizeof(path));
	CHECK_EQ(run("-d", "/nonexistent/keymint", "rng", "add", "-f", path),
		 KM_EXIT_INPUT);
	write_file("key", "not a key", 9, path, sizeof(path));
	CHECK_EQ(run("-d", "/nonexistent/keymint", "boot", "set", "--state",
		     "verified", "--locked", "--patchlevel", "20250101",
		     "--key-file", path), KM_EXIT_INPUT);
	/* commands that need no device do not open it */
	CHECK_EQ(run("-d", "/nonexistent/keymint", "errors"), KM_EXIT_OK);
}

static void test_loopback(void)
{
	char path[256], hex[80];
	uint8_t ent[5000];
	unsigned int i, lines = 0;

	memset(ent, 0xa5, sizeof(ent));
	CHECK_EQ(run("--loopback", "info"), KM_EXIT_OK);
	CHECK(strstr(out, "transport:                loopback\n"));
	CHECK(strstr(out, "KeyMint version (TA):     400\n"));
	CHECK(strstr(out, "security level:           TRUSTED_ENVIRONMENT (1)\n"));
	CHECK(strstr(out, "boot info:                not set\n"));
	CHECK_EQ(run("--loopback", "inf", "--json"), KM_EXIT_OK);
	CHECK(starts(out, "{\"transport\": \"loopback\", \"abi_version\": 1,"));
	CHECK(strstr(out, "\"version_number\": 400"));
	CHECK(strstr(out, "\"timestamp_token_required\": false}\n"));

	CHECK_EQ(run("--loopback", "raw", "821180"), KM_EXIT_OK);
	CHECK(starts(out, "[0, [[17, [[400, 1, \""));
	CHECK_EQ(run("--loopback", "raw", "--hex", "82 11 80"), KM_EXIT_OK);
	CHECK(starts(out, "8200818211818519019001"));
	/* SecureClock before start of day: KeyMint error, exit 3 */
	CHECK_EQ(run("--loopback", "raw", "8218618101"), KM_EXIT_KEYMINT);
	CHECK(starts(out, "[-85, []]"));
	CHECK(strstr(err, "HARDWARE_NOT_YET_AVAILABLE (-85)"));
	CHECK_EQ(run("--loopback", "raw", "ff"), KM_EXIT_KEYMINT);
	CHECK(starts(out, "[-1000, []]"));

	CHECK_EQ(run("--loopback", "boot", "set", "--state", "self-signed",
		     "--unlocked", "--patchlevel", "20250101", "--key",
		     "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"),
		 KM_EXIT_OK);
	CHECK(strstr(out, "state self-signed, unlocked, patchlevel 20250101"));
	for (i = 0; i < 32; i++)
		sprintf(hex + 2 * i, "%02x", i);
	write_file("keyhex", hex, 64, path, sizeof(path));
	CHECK_EQ(run("--loopback", "boot", "set", "--state", "verified",
		     "--locked", "--patchlevel", "20250101", "--key-file", path,
		     "--via-message"), KM_EXIT_OK);
	write_file("keyraw", ent, 32, path, sizeof(path));
	CHECK_EQ(run("--loopback", "boot", "set", "--state", "failed",
		     "--locked", "--patchlevel", "20250101", "--key-file",
		     path), KM_EXIT_OK);
	CHECK_EQ(run("--loopback", "boot", "status"), KM_EXIT_OK);
	CHECK(!strcmp(out, "boot info: not set\nHAL info:  not set\n"));
	CHECK_EQ(run("--loopback", "boot", "status", "--json"), KM_EXIT_OK);
	CHECK(!strcmp(out, "{\"boot_info_set\": false, \"hal_info_set\": false}\n"));
	CHECK_EQ(run("--loopback", "hal", "set", "--os-version", "160000",
		     "--os-patchlevel", "202501", "--vendor-patchlevel",
		     "20250105"), KM_EXIT_OK);

	write_file("ent", ent, sizeof(ent), path, sizeof(path));
	CHECK_EQ(run("--loopback", "rng", "add", "--file", path), KM_EXIT_OK);
	CHECK(!strcmp(out, "added 5000 bytes of entropy\n"));
	CHECK_EQ(run_in(path, "--loopback", "rng", "add", "-", (char *)NULL),
		 KM_EXIT_OK);
	CHECK(!strcmp(out, "added 5000 bytes of entropy\n"));

	CHECK_EQ(run("errors"), KM_EXIT_OK);
	for (i = 0; out[i]; i++)
		lines += out[i] == '\n';
	CHECK_EQ(lines, 88);
	CHECK(strstr(out, "   -38  INVALID_ARGUMENT\n"));
}

int main(void)
{
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/km_cli_test_XXXXXX");
	if (!CHECK(mkdtemp(tmpdir)))
		return check_summary("cli");
	test_help();
	test_usage_errors();
	test_device_and_input_errors();
	test_loopback();
	rmdir(tmpdir);
	return check_summary("cli");
}
