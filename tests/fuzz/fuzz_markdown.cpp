// SPDX-License-Identifier: MIT
// libFuzzer target: a Markdown tracker's bytes, decoded (TrackerText) and parsed
// (MarkdownTrackerReader) as ImportReader does for a .md file.
#include "fuzzinput.h"
#include "io/markdown/markdowntrackerreader.h"
#include "io/trackertext.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace Candor;
    const QString fileName = QStringLiteral("fuzz.md");
    QList<ImportWarning> warnings;
    const QString text = TrackerText::decode(Fuzz::bytesOf(data, size), fileName, &warnings);
    const ImportBatch batch = MarkdownTrackerReader::read(text, fileName);
    Q_UNUSED(batch)
    return 0;
}
