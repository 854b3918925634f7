# SPDX-License-Identifier: MIT
# The Markdown tracker reader (see docs/import.md).
target_sources(candor_models PRIVATE
    io/markdowntrackerreader.cpp io/markdowntrackerreader.h
    io/markdown/statusvocabulary.cpp io/markdown/statusvocabulary.h
    io/markdown/markdowntable.cpp io/markdown/markdowntable.h
    io/markdown/inlinemarkdown.cpp io/markdown/inlinemarkdown.h
    io/markdown/trackerparser.cpp io/markdown/trackerparser.h
)
