// SPDX-License-Identifier: MIT
#include "GreekFont.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>

namespace rackline {

namespace {
bool coversGreek(const QString &family)
{
    return QFontDatabase::writingSystems(family).contains(QFontDatabase::Greek);
}
} // namespace

QString useFontWithGreek()
{
    const QFont current = QGuiApplication::font();
    const QString family = QFontInfo(current).family(); // what the default resolves to
    if (coversGreek(family))
        return family;
    for (const QString &candidate : {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                                     QStringLiteral("Liberation Sans"), QStringLiteral("FreeSans")}) {
        if (coversGreek(candidate)) {
            QFont font = current;
            font.setFamily(candidate);
            QGuiApplication::setFont(font);
            return candidate;
        }
    }
    return family; // nothing better installed: Qt's per-glyph fallback is all there is
}

} // namespace rackline
