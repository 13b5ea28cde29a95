// SPDX-License-Identifier: MIT
#include "AboutBox.h"

#include <Catalog.h>

#include <QCoreApplication>
#include <QMessageBox>
#include <QSet>

namespace rackline {

void showAboutBox(QWidget *parent, const Catalog &catalog)
{
    int estimated = 0;
    QStringList vendors;
    for (const SystemSpec &spec : catalog.systems()) {
        if (!spec.estimates.isEmpty())
            ++estimated;
        if (!vendors.contains(spec.vendor))
            vendors << spec.vendor;
    }
    const QString text =
        QStringLiteral("<h3>Rackline %1</h3><p>%2</p><p>%3</p><p>%4</p>")
            .arg(QCoreApplication::applicationVersion(),
                 QCoreApplication::translate("AboutBox", "Plan and compare AI compute build-outs: racks, GPUs, "
                                                         "power phases and the commitments behind them."),
                 QCoreApplication::translate("AboutBox",
                                             "The built-in catalog lists %n system(s) from %1. Every figure comes "
                                             "from a published source (vendor announcements, datasheets and press "
                                             "reports), shown with each system's tooltip in the palette; where no "
                                             "source gives a number it is an estimate, and the tooltip says which "
                                             "fields are estimated and why.",
                                             nullptr, int(catalog.systems().size()))
                     .arg(vendors.join(QStringLiteral(", "))),
                 QCoreApplication::translate("AboutBox", "%n system(s) carry at least one estimated figure.", nullptr,
                                             estimated));
    QMessageBox::about(parent, QCoreApplication::translate("AboutBox", "About Rackline"), text);
}

} // namespace rackline
