// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace Candor {

// How the forecast draws a task's remaining work from its three points.
enum class WorkDistribution : quint8 {
    PertBeta,  // Beta on [optimistic, pessimistic] with the PERT mean (the default)
    Triangular // triangle with its peak at likely
};

// One milestone's forecast: the finish of its gating tasks (and everything upstream of them)
// over many simulated runs. Days are working days from the morning of the forecast's start;
// dates are WorkCalendar::finishDate of them.
struct MilestoneForecast
{
    qint64 id = 0;
    QDate target;             // null when the milestone has none
    bool done = false;        // it has a done date: nothing is forecast
    bool hasOpenWork = false; // some gating task or a task upstream of one is unfinished
    double meanDays = 0;
    double p50Days = 0; // half the runs finish by then
    double p80Days = 0;
    double p95Days = 0;
    QDate p50;
    QDate p80;
    QDate p95;
    std::optional<double> onTimeProbability; // share of runs done by the target (needs one)
    std::optional<qint64> slipDays;          // p80 − target in working days, late > 0

    bool hasForecast() const { return !done && hasOpenWork; }
};

// The result of MonteCarloForecast::run.
struct Forecast
{
    QDate start;
    int runs = 0;
    quint64 seed = 0;
    WorkDistribution distribution = WorkDistribution::PertBeta;
    QList<MilestoneForecast> milestones; // in the order of the snapshot's milestones
    // Non-empty when the snapshot's dependencies have a cycle (A, B, A); nothing is forecast.
    QList<qint64> cycle;
    bool cancelled = false; // a newer request superseded it half way; the figures are partial

    bool isValid() const { return cycle.isEmpty() && !cancelled; }
    const MilestoneForecast *milestone(qint64 id) const;

    QHash<qint64, int> milestoneIndex; // id → position in milestones
};

} // namespace Candor
