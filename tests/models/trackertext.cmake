# SPDX-License-Identifier: MIT
candor_add_test(tst_trackertext LIBRARIES candor_models)
