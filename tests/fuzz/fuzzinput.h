// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// What every fuzz target shares: fuzzinput.cpp makes the QCoreApplication (SQL drivers,
// translations, temporary folders) in LLVMFuzzerInitialize; each target defines only
// LLVMFuzzerTestOneInput.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace Candor::Fuzz {

// A copy, not QByteArray::fromRawData: code that reads the input may rely on the terminating
// NUL every QByteArray owning its data has, which libFuzzer's buffer lacks.
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Reads the input with a reader of bytes (CsvReader, TaskwarriorReader) and drops the batch:
// a fuzz target only asks that reading ends, whatever the input.
template <typename Reader>
int readWith(const std::uint8_t *data, std::size_t size, const QString &fileName)
{
    const auto batch = Reader::read(bytesOf(data, size), fileName);
    Q_UNUSED(batch)
    return 0;
}

} // namespace Candor::Fuzz
