// SPDX-License-Identifier: MIT
#include "CliCommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rackline-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RACKLINE_VERSION));
    return rackline::cli::run(QCoreApplication::arguments(), {});
}
