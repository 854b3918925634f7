# SPDX-License-Identifier: MIT
candor_add_test(tst_boardview LIBRARIES candor_views)
