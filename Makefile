# SPDX-License-Identifier: GPL-2.0-only
#
# KeyMint for Linux - top-level Makefile.
#
#   make modules   build the kernel modules for KVER (default: Debian 6.12;
#                  KVER=6.1 or a full version such as 6.1.0-56-amd64)
#   make lint      checkpatch --strict + kernel-doc on kernel code, uapi check
#   make unit      userspace unit tests of lib/ and userspace/ (ASan+UBSan)
#   make kunit     KUnit suites under User-Mode Linux (kunit.py)
#   make e2e       boot both Debian kernels in QEMU, run tests/e2e programs
#   make vm SCRIPT=path [KVER=6.1]   run a script in a VM with the module
#   make demo      build, boot, load, set boot info, run `keymint info`
#   make fuzz      libFuzzer targets (FUZZ_TIME seconds each, default 300)
#   make ct        constant-time checks under valgrind
#   make bench     benchmarks (figures only, no assertions)
#   make check     every test suite; one "<suite>: N passed, N failed" line each
#   make deps      install missing Debian packages (root) or list them
#
# Userspace unit tests register themselves in tests/unit/*.mk:
#
#   UNIT_TESTS += cbor
#   UNIT_cbor_SRCS := tests/unit/cbor_test.c lib/cbor/cbor.c
#   UNIT_cbor_LDLIBS := -lcrypto           (optional)
#
# and each binary ends with check_summary() (tests/unit/check.h).

SRCDIR		:= $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
BUILD		:= $(SRCDIR)/build
SCRIPTS		:= $(SRCDIR)/scripts

# Kernel version: 6.12 (default) and 6.1 name Debian's meta packages.
KVER		?= 6.12
KVER_FULL	= $(shell $(SCRIPTS)/kver.sh $(KVER))
KMOD_DIR	= $(BUILD)/kmod/$(KVER_FULL)

HOSTCC		?= gcc
SAN		:= -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
UNIT_CFLAGS	:= -std=gnu11 -O1 -g -Wall -Wextra -Werror -Wno-unused-parameter \
		   -Wno-deprecated-declarations \
		   -I$(SRCDIR)/include/uapi -I$(SRCDIR) \
		   -DKEYMINT_SRCDIR='"$(SRCDIR)"' $(SAN)
UNIT_LDFLAGS	:= $(SAN)

UNIT_TESTS	:=
include $(sort $(wildcard $(SRCDIR)/tests/unit/*.mk))

define unit_rule
$(BUILD)/unit/$(1): $$(addprefix $(SRCDIR)/,$$(UNIT_$(1)_SRCS)) $$(wildcard $(SRCDIR)/lib/*.h $(SRCDIR)/lib/*/*.h $(SRCDIR)/tests/unit/*.h)
	@mkdir -p $$(dir $$@)
	$$(HOSTCC) $$(UNIT_CFLAGS) $$(UNIT_$(1)_CFLAGS) -o $$@ $$(addprefix $(SRCDIR)/,$$(UNIT_$(1)_SRCS)) $$(UNIT_LDFLAGS) $$(UNIT_$(1)_LDLIBS)
endef
$(foreach t,$(UNIT_TESTS),$(eval $(call unit_rule,$(t))))

.PHONY: unit unit-build
unit-build: $(addprefix $(BUILD)/unit/,$(UNIT_TESTS))

unit: unit-build
	@$(SRCDIR)/scripts/run-suite.sh unit $(addprefix $(BUILD)/unit/,$(UNIT_TESTS))

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

.PHONY: clean
clean:
	rm -rf $(BUILD)
