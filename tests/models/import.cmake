# SPDX-License-Identifier: MIT
candor_add_test(tst_import LIBRARIES candor_models)
