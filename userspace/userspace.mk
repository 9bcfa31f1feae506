# SPDX-License-Identifier: GPL-2.0-only
#
# userspace/userspace.mk - libkeymint and the keymint tool.  Included by the
# top-level Makefile (which defines SRCDIR, BUILD, HOSTCC).
#
#   make tools   build/userspace/libkeymint.a      the client library
#                build/userspace/keymint           the CLI (dynamic)
#                build/userspace/keymint-static    the CLI, -static (QEMU guest)
#                build/userspace/keymint-loopback  TEST ONLY: the CLI with
#                    --loopback, running lib/ta in-process (links OpenSSL)

KMU_DIR		:= $(BUILD)/userspace
KMU_CFLAGS	:= -std=gnu11 -O2 -g -Wall -Wextra -Werror -Wno-unused-parameter \
		   -Wno-deprecated-declarations -D_FORTIFY_SOURCE=2 \
		   -fstack-protector-strong -I$(SRCDIR)/include/uapi -I$(SRCDIR)

# The library: its own sources plus the lib/ code it shares with the kernel.
KMU_LIB_SRCS	:= userspace/lib/transport.c userspace/lib/msg.c \
		   userspace/lib/names.c userspace/lib/diag.c \
		   lib/cbor/cbor.c lib/wire/km_defs.c
KMU_LIB_OBJS	:= $(patsubst %.c,$(KMU_DIR)/obj/%.o,$(KMU_LIB_SRCS))
KMU_HDRS	= $(wildcard $(SRCDIR)/userspace/lib/*.h $(SRCDIR)/lib/*.h \
		    $(SRCDIR)/lib/*/*.h $(SRCDIR)/include/uapi/linux/keymint.h)

# TEST-ONLY loopback backend: lib/ta and what it needs, OpenSSL crypto ops.
KMU_TA_SRCS	= $(filter-out %_mod.c,$(wildcard $(SRCDIR)/lib/ta/*.c \
		    $(SRCDIR)/lib/wire/*.c))
KMU_LB_SRCS	= $(SRCDIR)/userspace/lib/loopback.c \
		  $(SRCDIR)/tests/unit/ops_openssl.c \
		  $(filter-out %/km_defs.c,$(KMU_TA_SRCS))

$(KMU_DIR)/obj/%.o: $(SRCDIR)/%.c $(KMU_HDRS)
	@mkdir -p $(dir $@)
	$(HOSTCC) $(KMU_CFLAGS) -c -o $@ $<

$(KMU_DIR)/libkeymint.a: $(KMU_LIB_OBJS)
	@mkdir -p $(dir $@)
	rm -f $@
	ar rcs $@ $^

$(KMU_DIR)/keymint: $(SRCDIR)/userspace/tools/keymint.c $(KMU_DIR)/libkeymint.a $(KMU_HDRS)
	$(HOSTCC) $(KMU_CFLAGS) -o $@ $< $(KMU_DIR)/libkeymint.a

$(KMU_DIR)/keymint-static: $(SRCDIR)/userspace/tools/keymint.c $(KMU_DIR)/libkeymint.a $(KMU_HDRS)
	$(HOSTCC) $(KMU_CFLAGS) -static -o $@ $< $(KMU_DIR)/libkeymint.a

$(KMU_DIR)/keymint-loopback: $(SRCDIR)/userspace/tools/keymint.c $(KMU_LB_SRCS) $(KMU_DIR)/libkeymint.a $(KMU_HDRS)
	$(HOSTCC) $(KMU_CFLAGS) -DKM_WITH_LOOPBACK -pthread -o $@ $< \
		$(KMU_LB_SRCS) $(KMU_DIR)/libkeymint.a -lcrypto

.PHONY: tools
tools: $(KMU_DIR)/libkeymint.a $(KMU_DIR)/keymint $(KMU_DIR)/keymint-static \
	$(if $(wildcard $(SRCDIR)/lib/ta/*.c),$(KMU_DIR)/keymint-loopback)
