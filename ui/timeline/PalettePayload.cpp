// SPDX-License-Identifier: MIT
#include "PalettePayload.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace rackline {

QMimeData *PalettePayload::toMimeData() const
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_0);
    stream << kVersion << quint8(kind) << systemId;
    auto *data = new QMimeData;
    data->setData(QLatin1String(kSystemMimeType), bytes);
    return data;
}

std::optional<PalettePayload> PalettePayload::fromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(QLatin1String(kSystemMimeType)))
        return std::nullopt;
    QDataStream stream(data->data(QLatin1String(kSystemMimeType)));
    stream.setVersion(QDataStream::Qt_6_0);
    quint8 version = 0, kind = 0;
    PalettePayload payload;
    stream >> version >> kind >> payload.systemId;
    if (stream.status() != QDataStream::Ok || version != kVersion || kind > quint8(Kind::PowerPhase))
        return std::nullopt;
    payload.kind = Kind(kind);
    if (payload.kind == Kind::System && payload.systemId.isEmpty())
        return std::nullopt;
    return payload;
}

} // namespace rackline
