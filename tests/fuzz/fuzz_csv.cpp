// SPDX-License-Identifier: MIT
// libFuzzer target: the bytes of a CSV file, read by CsvReader.
#include "fuzzinput.h"
#include "io/csv/csvreader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Candor::Fuzz::readWith<Candor::CsvReader>(data, size, QStringLiteral("fuzz.csv"));
}
