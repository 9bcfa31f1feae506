/* SPDX-License-Identifier: GPL-2.0-only OR MIT */
/*
 * tests/unit/wyche.h - read Wycheproof vectors flattened by
 * tests/unit/wycheproof_flat.py.
 *
 *	struct wyche w;
 *	if (wyche_open(&w, "ecdsa_secp256r1_sha256_test.json"))
 *		... the file could not be read: count it as a failure ...
 *	while (wyche_next(&w)) {
 *		const char *result = wyche_get(&w, "result");
 *		int n = wyche_hex(&w, "msg", buf, sizeof(buf));
 *		...
 *		wyche_tally(&w, ok);
 *	}
 *	wyche_close(&w);   prints "wycheproof <file>: N passed, N failed"
 *
 * wyche_open() looks in $WYCHEPROOF_DIR, else ../shared/testdata/wycheproof
 * relative to the repository root (KEYMINT_SRCDIR, set by the Makefile).
 * It runs the flattener through python3, so no copy of the vectors ever
 * lands in this repository.
 */
#ifndef KEYMINT_TESTS_WYCHE_H
#define KEYMINT_TESTS_WYCHE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define WYCHE_MAX_FIELDS	64
#define WYCHE_MAX_LINE		(1 << 20)

struct wyche {
	FILE *f;
	char name[256];
	char *line;
	char *keys[WYCHE_MAX_FIELDS];
	char *vals[WYCHE_MAX_FIELDS];
	int nfields;
	unsigned long passed, failed;
};

static inline void wyche_clear(struct wyche *w)
{
	int i;

	for (i = 0; i < w->nfields; i++) {
		free(w->keys[i]);
		free(w->vals[i]);
	}
	w->nfields = 0;
}

static inline int wyche_open(struct wyche *w, const char *file)
{
	const char *dir = getenv("WYCHEPROOF_DIR");
	char cmd[1024];

	memset(w, 0, sizeof(*w));
	snprintf(w->name, sizeof(w->name), "%s", file);
#ifdef KEYMINT_SRCDIR
	if (!dir)
		dir = KEYMINT_SRCDIR "/../shared/testdata/wycheproof";
#endif
	if (!dir)
		dir = "../shared/testdata/wycheproof";
	snprintf(cmd, sizeof(cmd), "python3 %s/tests/unit/wycheproof_flat.py '%s/%s'",
#ifdef KEYMINT_SRCDIR
		 KEYMINT_SRCDIR,
#else
		 ".",
#endif
		 dir, file);
	w->line = malloc(WYCHE_MAX_LINE);
	w->f = w->line ? popen(cmd, "r") : NULL;
	if (!w->f) {
		fprintf(stderr, "wycheproof %s: cannot run %s\n", file, cmd);
		return -1;
	}
	/* Skip the header record. */
	while (fgets(w->line, WYCHE_MAX_LINE, w->f) && w->line[0] != '\n')
		;
	return 0;
}

/* Advance to the next test case; returns 0 at the end. */
static inline int wyche_next(struct wyche *w)
{
	wyche_clear(w);
	while (fgets(w->line, WYCHE_MAX_LINE, w->f)) {
		char *sp, *nl;

		if (w->line[0] == '\n') {
			if (w->nfields)
				return 1;
			continue;
		}
		nl = strchr(w->line, '\n');
		if (nl)
			*nl = 0;
		sp = strchr(w->line, ' ');
		if (!sp || w->nfields == WYCHE_MAX_FIELDS)
			continue;
		*sp = 0;
		w->keys[w->nfields] = strdup(w->line);
		w->vals[w->nfields] = strdup(sp + 1);
		w->nfields++;
	}
	return w->nfields > 0;
}

/* The value of a field, or NULL when absent. */
static inline const char *wyche_get(const struct wyche *w, const char *key)
{
	int i;

	for (i = w->nfields - 1; i >= 0; i--)
		if (!strcmp(w->keys[i], key))
			return w->vals[i];
	return NULL;
}

/* Decode a hex field into buf; returns its length or -1. */
static inline int wyche_hex(const struct wyche *w, const char *key,
			    unsigned char *buf, size_t cap)
{
	const char *v = wyche_get(w, key);

	return v ? check_unhex(v, buf, cap) : -1;
}

/* "valid", "invalid" or "acceptable". */
static inline int wyche_is(const struct wyche *w, const char *result)
{
	const char *r = wyche_get(w, "result");

	return r && !strcmp(r, result);
}

static inline int wyche_has_flag(const struct wyche *w, const char *flag)
{
	const char *f = wyche_get(w, "flags");
	size_t n = strlen(flag);

	while (f && *f) {
		if (!strncmp(f, flag, n) && (f[n] == ',' || !f[n]))
			return 1;
		f = strchr(f, ',');
		if (f)
			f++;
	}
	return 0;
}

static inline void wyche_tally(struct wyche *w, int ok)
{
	const char *id = wyche_get(w, "tcId");

	if (ok) {
		w->passed++;
	} else {
		w->failed++;
		fprintf(stderr, "wycheproof %s: tcId %s failed (%s)\n", w->name,
			id ? id : "?", wyche_get(w, "comment") ?: "");
	}
	check_report(ok, __FILE__, __LINE__, "wycheproof case");
}

/* Print the per-file line; returns non-zero if anything failed. */
static inline int wyche_close(struct wyche *w)
{
	int st = w->f ? pclose(w->f) : -1;

	wyche_clear(w);
	free(w->line);
	if (!check_report(st == 0 && w->passed, __FILE__, __LINE__,
			  "vector file read completely, at least one case"))
		w->failed++;
	printf("wycheproof %s: %lu passed, %lu failed\n", w->name, w->passed,
	       w->failed);
	return w->failed != 0;
}

#endif /* KEYMINT_TESTS_WYCHE_H */
