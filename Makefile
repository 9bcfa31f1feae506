# SPDX-License-Identifier: GPL-2.0-only
#
# KeyMint for Linux - top-level Makefile.
#
#   make modules   build the kernel modules for KVER (default: Debian 6.12;
#                  KVER=6.1 or a full version such as 6.1.0-56-amd64)
#   make lint      checkpatch --strict + kernel-doc on kernel code, uapi check
#   make unit      userspace unit tests of lib/ and userspace/ (ASan+UBSan;
#                  the heavy differential rounds also -O2, see UNIT_O2_TESTS)
#   make kunit     KUnit suites under User-Mode Linux (kunit.py)
#   make e2e       boot both Debian kernels in QEMU, run tests/e2e programs
#   make vm SCRIPT=path [KVER=6.1]   run a script in a VM with the module
#   make demo      build, boot, load, set boot info, run `keymint info`
#   make fuzz      libFuzzer targets (FUZZ_TIME seconds each, default 300)
#   make ct        constant-time checks under valgrind
#   make bench     benchmarks (figures only, no assertions)
#   make bench-kernel  in-kernel benchmark in QEMU (6.12; figures only)
#   make check     every test suite; one "<suite>: N passed, N failed" line each
#   make deps      install missing Debian packages (root) or list them
#
# Userspace unit tests register themselves in tests/unit/*.mk:
#
#   UNIT_TESTS += cbor
#   UNIT_cbor_SRCS := tests/unit/cbor_test.c lib/cbor/cbor.c
#   UNIT_cbor_LDLIBS := -lcrypto           (optional)
#   UNIT_O2_TESTS += cbor                  (optional: also build it -O2)
#
# and each binary ends with check_summary() (tests/unit/check.h).  A test
# listed in UNIT_O2_TESTS is built twice: build/unit/<name> with ASan+UBSan
# and build/unit-O2/<name> with -O2, no sanitizers and -DKM_UNIT_O2=1, so
# it can run many more differential rounds there and name its result line
# "<name>-O2".  "make unit" runs both; the suite line adds up every line.

.DEFAULT_GOAL	:= modules
SRCDIR		:= $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
BUILD		:= $(SRCDIR)/build
SCRIPTS		:= $(SRCDIR)/scripts

# Kernel version: 6.12 (default) and 6.1 name Debian's meta packages.
KVER		?= 6.12
KVER_FULL	= $(shell $(SCRIPTS)/kver.sh $(KVER))
KMOD_DIR	= $(BUILD)/kmod/$(KVER_FULL)

# Wycheproof vectors are read at run time, never committed (tests/unit/wyche.h
# reads $WYCHEPROOF_DIR).  Point it at a checkout of the vectors elsewhere.
# Default: the shared/ folder beside the checkout, else the workplace's copy.
WYCHEPROOF_DIR	?= $(firstword $(wildcard $(SRCDIR)/../shared/testdata/wycheproof) \
			   /work/shared/testdata/wycheproof)
export WYCHEPROOF_DIR

HOSTCC		?= gcc
SAN		:= -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
UNIT_BASE_CFLAGS := -std=gnu11 -g -Wall -Wextra -Werror -Wno-unused-parameter \
		   -Wno-deprecated-declarations \
		   -I$(SRCDIR)/include/uapi -I$(SRCDIR) \
		   -DKEYMINT_SRCDIR='"$(SRCDIR)"'
UNIT_CFLAGS	:= $(UNIT_BASE_CFLAGS) -O1 $(SAN)
UNIT_LDFLAGS	:= $(SAN)
# The second build of UNIT_O2_TESTS: optimised, no sanitizers.
UNIT_O2_CFLAGS	:= $(UNIT_BASE_CFLAGS) -O2 -DKM_UNIT_O2=1
UNIT_O2_LDFLAGS	:=

UNIT_TESTS	:=
UNIT_O2_TESTS	:=
include $(sort $(wildcard $(SRCDIR)/tests/unit/*.mk))
UNIT_BINS	:= $(addprefix $(BUILD)/unit/,$(UNIT_TESTS))
UNIT_O2_BINS	:= $(addprefix $(BUILD)/unit-O2/,$(UNIT_O2_TESTS))

# unit_rule NAME DIR FLAGS-PREFIX: build/DIR/NAME with $(PREFIX_CFLAGS) and
# $(PREFIX_LDFLAGS) (UNIT: ASan+UBSan build, UNIT_O2: the -O2 one).
define unit_rule
$(BUILD)/$(2)/$(1): $$(addprefix $(SRCDIR)/,$$(UNIT_$(1)_SRCS)) $$(wildcard $(SRCDIR)/lib/*.h $(SRCDIR)/lib/*/*.h $(SRCDIR)/tests/unit/*.h)
	@mkdir -p $$(dir $$@) && rm -f $$@
	$$(HOSTCC) $$($(3)_CFLAGS) $$(UNIT_$(1)_CFLAGS) -o $$@ $$(addprefix $(SRCDIR)/,$$(UNIT_$(1)_SRCS)) $$($(3)_LDFLAGS) $$(UNIT_$(1)_LDLIBS)
endef
$(foreach t,$(UNIT_TESTS),$(eval $(call unit_rule,$(t),unit,UNIT)))
$(foreach t,$(UNIT_O2_TESTS),$(eval $(call unit_rule,$(t),unit-O2,UNIT_O2)))

.PHONY: unit unit-build
unit-build: $(UNIT_BINS) $(UNIT_O2_BINS)

# Suites build what they can (-k) and count a program that did not build as
# failed, so one broken test does not hide the others' results.
# The unit programs run KM_RUN_JOBS at a time (default KM_JOBS, else 2),
# the long -O2 ones first; each may take KM_TEST_TIMEOUT seconds (default
# 1800 here: the -O2 rounds take about 2.5 minutes of one idle core, and
# shared CI machines can be several times slower).
unit:
	-@$(MAKE) --no-print-directory -k unit-build
	@KM_RUN_JOBS=$${KM_RUN_JOBS:-$${KM_JOBS:-2}} \
		KM_TEST_TIMEOUT=$${KM_TEST_TIMEOUT:-1800} \
		$(SRCDIR)/scripts/run-suite.sh unit $(UNIT_O2_BINS) $(UNIT_BINS)

# ---- client library and CLI (userspace/userspace.mk, make tools) ----------
-include $(SRCDIR)/userspace/userspace.mk
# The static CLI goes into the QEMU guest when userspace.mk provides it.
CLI_STATIC	:= $(if $(wildcard $(SRCDIR)/userspace/userspace.mk),$(BUILD)/userspace/keymint-static)

# ---- end-to-end programs (tests/e2e/*.mk), static for the QEMU guest -------
#   E2E_TESTS += dev
#   E2E_dev_SRCS := tests/e2e/dev.c
E2E_CFLAGS	:= -std=gnu11 -O2 -g -Wall -Wextra -Werror -Wno-unused-parameter \
		   -I$(SRCDIR)/include/uapi -I$(SRCDIR) -static -pthread
E2E_TESTS	:=
include $(sort $(wildcard $(SRCDIR)/tests/e2e/*.mk))
E2E_BINS	:= $(addprefix $(BUILD)/e2e/,$(E2E_TESTS))

define e2e_rule
$(BUILD)/e2e/$(1): $$(addprefix $(SRCDIR)/,$$(E2E_$(1)_SRCS)) $$(wildcard $(SRCDIR)/include/uapi/linux/*.h $(SRCDIR)/lib/*/*.h $(SRCDIR)/tests/unit/*.h $(SRCDIR)/tests/e2e/*.h)
	@mkdir -p $$(dir $$@) && rm -f $$@
	$$(HOSTCC) $$(E2E_CFLAGS) $$(E2E_$(1)_CFLAGS) -o $$@ $$(addprefix $(SRCDIR)/,$$(E2E_$(1)_SRCS)) $$(E2E_$(1)_LDLIBS)
endef
$(foreach t,$(E2E_TESTS),$(eval $(call e2e_rule,$(t))))

# ---- libFuzzer targets (tests/fuzz/*.mk) -----------------------------------
#   FUZZ_TARGETS += decode
#   FUZZ_decode_SRCS := tests/fuzz/decode.c lib/cbor/cbor.c
CLANG		?= clang
FUZZ_TIME	?= 300
FUZZ_CFLAGS	:= -std=gnu11 -O1 -g -fsanitize=fuzzer,address,undefined \
		   -fno-sanitize-recover=undefined -Wall -Wno-unused-parameter \
		   -I$(SRCDIR)/include/uapi -I$(SRCDIR) -DKEYMINT_SRCDIR='"$(SRCDIR)"'
FUZZ_TARGETS	:=
include $(sort $(wildcard $(SRCDIR)/tests/fuzz/*.mk))
FUZZ_BINS	:= $(addprefix $(BUILD)/fuzz/,$(FUZZ_TARGETS))

define fuzz_rule
$(BUILD)/fuzz/$(1): $$(addprefix $(SRCDIR)/,$$(FUZZ_$(1)_SRCS)) $$(wildcard $(SRCDIR)/lib/*.h $(SRCDIR)/lib/*/*.h)
	@mkdir -p $$(dir $$@) && rm -f $$@
	$$(CLANG) $$(FUZZ_CFLAGS) $$(FUZZ_$(1)_CFLAGS) -o $$@ $$(addprefix $(SRCDIR)/,$$(FUZZ_$(1)_SRCS)) $$(FUZZ_$(1)_LDLIBS)
endef
$(foreach t,$(FUZZ_TARGETS),$(eval $(call fuzz_rule,$(t))))

# ---- constant-time checks under valgrind (tests/ct/*.mk) -------------------
#   CT_TESTS += bn
#   CT_bn_SRCS := tests/ct/bn.c lib/bn/bn.c
CT_CFLAGS	:= -std=gnu11 -O2 -g -Wall -Wextra -Werror -Wno-unused-parameter \
		   -I$(SRCDIR)/include/uapi -I$(SRCDIR) -DKEYMINT_SRCDIR='"$(SRCDIR)"'
CT_TESTS	:=
include $(sort $(wildcard $(SRCDIR)/tests/ct/*.mk))
CT_BINS		:= $(addprefix $(BUILD)/ct/,$(CT_TESTS))

define ct_rule
$(BUILD)/ct/$(1): $$(addprefix $(SRCDIR)/,$$(CT_$(1)_SRCS)) $$(wildcard $(SRCDIR)/lib/*.h $(SRCDIR)/lib/*/*.h $(SRCDIR)/tests/unit/*.h)
	@mkdir -p $$(dir $$@) && rm -f $$@
	$$(HOSTCC) $$(CT_CFLAGS) $$(CT_$(1)_CFLAGS) -o $$@ $$(addprefix $(SRCDIR)/,$$(CT_$(1)_SRCS)) $$(CT_$(1)_LDLIBS)
endef
$(foreach t,$(CT_TESTS),$(eval $(call ct_rule,$(t))))

# ---- benchmarks (bench/*.mk): -O2, no sanitizers, figures only --------------
#   BENCH += ec
#   BENCH_ec_SRCS := bench/ec.c lib/ec/ec.c
#   BENCH_ec_LDLIBS := -lcrypto
BENCH_CFLAGS	:= -std=gnu11 -O2 -g -Wall -Wextra -Werror -Wno-unused-parameter \
		   -Wno-deprecated-declarations \
		   -I$(SRCDIR)/include/uapi -I$(SRCDIR) -DKEYMINT_SRCDIR='"$(SRCDIR)"'
BENCH		:=
include $(sort $(wildcard $(SRCDIR)/bench/*.mk))
BENCH_BINS	:= $(addprefix $(BUILD)/bench/,$(BENCH))

define bench_rule
$(BUILD)/bench/$(1): $$(addprefix $(SRCDIR)/,$$(BENCH_$(1)_SRCS)) $$(wildcard $(SRCDIR)/lib/*.h $(SRCDIR)/lib/*/*.h $(SRCDIR)/tests/unit/*.h)
	@mkdir -p $$(dir $$@) && rm -f $$@
	$$(HOSTCC) $$(BENCH_CFLAGS) $$(BENCH_$(1)_CFLAGS) -o $$@ $$(addprefix $(SRCDIR)/,$$(BENCH_$(1)_SRCS)) $$(BENCH_$(1)_LDLIBS)
endef
$(foreach t,$(BENCH),$(eval $(call bench_rule,$(t))))

# ---- kernel modules -------------------------------------------------------
.PHONY: modules modules-all
modules:
	@$(SCRIPTS)/build-modules.sh $(KVER_FULL) $(KMOD_DIR)

modules-all:
	@$(MAKE) --no-print-directory modules KVER=6.1
	@$(MAKE) --no-print-directory modules KVER=6.12

# ---- lint -------------------------------------------------------------------
.PHONY: lint
lint:
	@$(SCRIPTS)/lint.sh

# ---- KUnit under User-Mode Linux ------------------------------------------
.PHONY: kunit
kunit:
	@$(SCRIPTS)/kunit.sh

# ---- QEMU: e2e on both Debian kernels, make vm, make demo ------------------
.PHONY: e2e e2e-6.1 e2e-6.12 vm demo
e2e:
	@rc=0; \
	$(MAKE) --no-print-directory e2e-6.1 || rc=1; \
	$(MAKE) --no-print-directory e2e-6.12 || rc=1; \
	exit $$rc

e2e-6.1 e2e-6.12: e2e-%:
	-@[ -z "$(E2E_BINS)$(CLI_STATIC)" ] || \
		$(MAKE) --no-print-directory -k $(E2E_BINS) $(CLI_STATIC)
	@k=$$($(SCRIPTS)/kver.sh $*) && \
	$(SCRIPTS)/build-modules.sh $$k $(BUILD)/kmod/$$k && \
	KM_CLI=$(CLI_STATIC) $(SCRIPTS)/run-vm.sh e2e $$k $(BUILD)/kmod/$$k \
		$(BUILD)/vm/e2e-$* $(E2E_BINS)

vm: $(CLI_STATIC)
	@test -n "$(SCRIPT)" || { echo "usage: make vm SCRIPT=path/to/script.sh [KVER=6.1]" >&2; exit 2; }
	@$(SCRIPTS)/build-modules.sh $(KVER_FULL) $(KMOD_DIR) >/dev/null
	@KM_CLI=$(CLI_STATIC) $(SCRIPTS)/run-vm.sh vm $(KVER_FULL) $(KMOD_DIR) \
		$(BUILD)/vm/vm-$(KVER) $(abspath $(SCRIPT))

demo:
	@$(SCRIPTS)/deps.sh
	@echo "== building the modules and the keymint CLI, booting Debian $(KVER) in QEMU"
	@$(MAKE) --no-print-directory vm SCRIPT=$(SCRIPTS)/demo.sh

# ---- fuzz, constant time, benchmarks ----------------------------------------
.PHONY: fuzz fuzz-short ct bench bench-kernel
fuzz:
	-@[ -z "$(FUZZ_BINS)" ] || $(MAKE) --no-print-directory -k $(FUZZ_BINS)
	@$(SCRIPTS)/fuzz.sh $(FUZZ_TIME) $(FUZZ_BINS)

fuzz-short:
	-@[ -z "$(FUZZ_BINS)" ] || $(MAKE) --no-print-directory -k $(FUZZ_BINS)
	@$(SCRIPTS)/fuzz.sh 20 $(FUZZ_BINS)

ct:
	-@[ -z "$(CT_BINS)" ] || $(MAKE) --no-print-directory -k $(CT_BINS)
	@KM_RUN_PREFIX="valgrind --error-exitcode=1 -q" \
		$(SCRIPTS)/run-suite.sh ct $(CT_BINS)

bench: $(BENCH_BINS)
	@for b in $(BENCH_BINS); do echo "== $$(basename $$b)"; $$b || exit 1; done

# bench/kernel/keymint_bench.ko: built and booted only here (Kernel 6.12).
bench-kernel:
	@$(SCRIPTS)/bench-kernel.sh $(KVER_FULL) $(BUILD)/bench-kernel/$(KVER_FULL)

# ---- everything -------------------------------------------------------------
.PHONY: deps check
deps:
	@$(SCRIPTS)/deps.sh

check:
	@$(SCRIPTS)/check.sh

.PHONY: clean
clean:
	rm -rf $(BUILD)
