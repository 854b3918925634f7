# SPDX-License-Identifier: MIT
# The Kanban board's model layer: lanes, cells and ranked cards, moves and the board settings.
candor_add_test(tst_boardmodel LIBRARIES candor_models)
candor_add_test(tst_cardranks LIBRARIES candor_models)
