// SPDX-License-Identifier: MIT
// libFuzzer target: the bytes of a Taskwarrior export, read by TaskwarriorReader.
#include "fuzzinput.h"
#include "io/taskwarrior/taskwarriorreader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Candor::Fuzz::readWith<Candor::TaskwarriorReader>(data, size,
                                                             QStringLiteral("fuzz.json"));
}
