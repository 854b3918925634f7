# SPDX-License-Identifier: MIT
candor_add_test(tst_inspector LIBRARIES candor_views)
