# SPDX-License-Identifier: MIT
candor_add_test(tst_tableview LIBRARIES candor_views)
