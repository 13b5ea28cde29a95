// SPDX-License-Identifier: MIT
// rackline-bench: Google Benchmark's main, inside a Qt application so that benchmarks can
// use resources (the built-in catalog) and, where built with the GUI, widgets offscreen.
#include <QCoreApplication>

#include <benchmark/benchmark.h>

#ifdef RACKLINE_BENCH_GUI
#include <QApplication>
#endif

int main(int argc, char **argv)
{
#ifdef RACKLINE_BENCH_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
