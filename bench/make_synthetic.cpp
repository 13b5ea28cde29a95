// SPDX-License-Identifier: MIT
// rackline-make-synthetic N FILE: writes a synthetic scenario of N deployments, to time
// `rackline-cli report` on big files as a whole process.
#include "ScenarioFile.h"
#include "SyntheticScenario.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int count = args.size() == 3 ? args[1].toInt(&ok) : 0;
    if (!ok || count <= 0) {
        std::fprintf(stderr, "usage: rackline-make-synthetic N FILE\n");
        return 2;
    }
    const QString error = rackline::saveScenarioFile(rackline::bench::makeSyntheticScenario(count), args[2]);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
