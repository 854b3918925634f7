// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

#include <cmath>

namespace Candor {

// A seeded random stream for the forecast: xoshiro256** seeded through SplitMix64, with its own
// uniform, normal, gamma, beta and triangular draws. The standard library's distributions are
// implementation-defined, so the same seed would give other figures with another compiler;
// these give the same bits everywhere (up to the platform's log and sqrt). Header-only so that
// the simulation's inner loop inlines it.
class RandomStream final
{
public:
    // A stream for one (seed, stream) pair: every chunk of a simulation gets its own, so that the
    // result does not depend on which thread ran which chunk.
    RandomStream(quint64 seed, quint64 stream)
    {
        quint64 mix = seed ^ (0x9e3779b97f4a7c15ULL * (stream + 1));
        for (quint64 &word : m_state)
            word = splitMix(mix);
    }

    quint64 next()
    {
        const quint64 result = rotate(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotate(m_state[3], 45);
        return result;
    }

    // Uniform on the open interval (0, 1): never 0, so its logarithm is finite.
    double uniform() { return (double(next() >> 11) + 0.5) * 0x1.0p-53; }

    // Standard normal (Marsaglia's polar method; the second value of each pair is kept).
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u, v, s;
        do {
            u = 2 * uniform() - 1;
            v = 2 * uniform() - 1;
            s = u * u + v * v;
        } while (s >= 1);
        const double factor = std::sqrt(-2 * std::log(s) / s);
        m_spare = v * factor;
        m_hasSpare = true;
        return u * factor;
    }

    // Gamma(shape, 1) for shape >= 1 (Marsaglia and Tsang, 2000), with d = shape − 1/3 and
    // c = 1/sqrt(9 d) computed once per task by the caller.
    double gamma(double d, double c)
    {
        for (;;) {
            double x, v;
            do {
                x = normal();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            const double u = uniform();
            const double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2)
                return d * v;
            if (std::log(u) < 0.5 * x2 + d * (1 - v + std::log(v)))
                return d * v;
        }
    }

    // Triangular on [low, high] with its mode at `mode`, by the inverse of its distribution
    // function.
    double triangular(double low, double mode, double high)
    {
        const double width = high - low;
        if (width <= 0)
            return low;
        const double u = uniform();
        const double split = (mode - low) / width;
        return u < split ? low + std::sqrt(u * width * (mode - low))
                         : high - std::sqrt((1 - u) * width * (high - mode));
    }

private:
    static quint64 rotate(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitMix(quint64 &state)
    {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 m_state[4];
    double m_spare = 0;
    bool m_hasSpare = false;
};

} // namespace Candor
