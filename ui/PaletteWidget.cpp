// SPDX-License-Identifier: MIT
#include "PaletteWidget.h"

#include <ChartFormat.h>

#include "PaletteItemDelegate.h"

#include <Catalog.h>

#include <QEvent>

#include <cmath>

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMimeData>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rackline {

namespace {

constexpr int kPayloadKindRole = Qt::UserRole;
constexpr int kSystemIdRole = Qt::UserRole + 1;

/// The tree hands out our payload instead of Qt's item model mime data.
class PaletteTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;

protected:
    QStringList mimeTypes() const override { return {QLatin1String(kSystemMimeType)}; }

    QMimeData *mimeData(const QList<QTreeWidgetItem *> &items) const override
    {
        if (items.isEmpty() || !items.front()->data(0, kPayloadKindRole).isValid())
            return nullptr;
        PalettePayload payload;
        payload.kind = PalettePayload::Kind(items.front()->data(0, kPayloadKindRole).toInt());
        payload.systemId = items.front()->data(0, kSystemIdRole).toString();
        return payload.toMimeData();
    }
};

/// About three significant digits, never in exponent notation ("42,520", "13.4", "0.186").
QString compact(double value)
{
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    QString text = QLocale().toString(value, 'f', decimals);
    const QChar point = QLocale().decimalPoint().front();
    if (decimals > 0) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString figuresLine(const SystemSpec &spec)
{
    return PaletteWidget::tr("%1 PF · %2 TB · %3 kW · $%4M")
        .arg(compact(spec.pflopsFp8), compact(spec.hbmTb), compact(spec.powerKw), compact(spec.priceUsdM));
}

QString toolTipFor(const SystemSpec &spec)
{
    const QLocale locale;
    const auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>").arg(name, value);
    };
    QString html = QStringLiteral("<b>%1</b> (%2, %3)<table>")
                       .arg(spec.name.toHtmlEscaped(), spec.vendor.toHtmlEscaped(),
                            spec.kind == SystemKind::Rack ? PaletteWidget::tr("rack") : PaletteWidget::tr("GPU"));
    html += row(PaletteWidget::tr("Accelerators"), locale.toString(spec.accelerators, 'g', 6));
    html += row(PaletteWidget::tr("Dense PFLOPS FP4 / FP8 / BF16"),
                QStringLiteral("%1 / %2 / %3")
                    .arg(locale.toString(spec.pflopsFp4, 'g', 5), locale.toString(spec.pflopsFp8, 'g', 5),
                         locale.toString(spec.pflopsBf16, 'g', 5)));
    html += row(PaletteWidget::tr("HBM"), PaletteWidget::tr("%1 TB").arg(locale.toString(spec.hbmTb, 'g', 5)));
    html += row(PaletteWidget::tr("Fast memory"),
                PaletteWidget::tr("%1 TB").arg(locale.toString(spec.fastMemoryTb, 'g', 5)));
    html += row(PaletteWidget::tr("Memory bandwidth"),
                PaletteWidget::tr("%1 TB/s").arg(locale.toString(spec.memBwTbps, 'g', 5)));
    html += row(PaletteWidget::tr("IT power"), PaletteWidget::tr("%1 kW").arg(locale.toString(spec.powerKw, 'g', 5)));
    html += row(PaletteWidget::tr("Price"), PaletteWidget::tr("$%1M").arg(locale.toString(spec.priceUsdM, 'g', 5)));
    html += row(PaletteWidget::tr("First shipments"), ChartFormat::month(spec.available));
    html += row(PaletteWidget::tr("Lifetime"), spec.lifetimeMonths > 0
                                                   ? PaletteWidget::tr("%n month(s)", nullptr, spec.lifetimeMonths)
                                                   : PaletteWidget::tr("never retired"));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(PaletteWidget::tr("Source:"), spec.source.toHtmlEscaped());
    if (!spec.estimates.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(PaletteWidget::tr("Estimated:"), spec.estimates.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!spec.notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(spec.notes.toHtmlEscaped());
    return QStringLiteral("<div style='max-width: 420px'>%1</div>").arg(html);
}

} // namespace

PaletteWidget::PaletteWidget(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_tree(new PaletteTree(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search->setClearButtonEnabled(true);
    m_tree->setHeaderHidden(true);
    m_tree->setIndentation(12);
    m_tree->setItemDelegate(new PaletteItemDelegate(m_tree));
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->viewport()->installEventFilter(this);
    m_tree->setColumnCount(1);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    auto *legend = m_legend = new QLabel(this);
    legend->setWordWrap(true);
    QFont small = legend->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    legend->setFont(small);
    layout->addWidget(m_search);
    layout->addWidget(m_tree);
    layout->addWidget(legend);
    setFocusProxy(m_tree);
    retranslateUi();

    connect(m_search, &QLineEdit::textChanged, this, &PaletteWidget::filter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (!item->data(0, kPayloadKindRole).isValid())
            return;
        PalettePayload payload;
        payload.kind = PalettePayload::Kind(item->data(0, kPayloadKindRole).toInt());
        payload.systemId = item->data(0, kSystemIdRole).toString();
        emit activated(payload);
    });
}

void PaletteWidget::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search systems"));
    m_search->setAccessibleName(tr("Search the catalog"));
    m_tree->setAccessibleName(tr("Catalog"));
    m_tree->setAccessibleDescription(tr("Drag a system onto a lane, or press Enter to add it"));
    m_legend->setText(tr("PF: dense PFLOPS (FP8), TB: HBM, kW: IT power, $M: unit price"));
    if (m_catalog)
        setCatalog(*m_catalog);
}

void PaletteWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PaletteWidget::setCatalog(const Catalog &catalog)
{
    m_catalog = &catalog;
    m_tree->clear();
    QMap<QString, QTreeWidgetItem *> groups;
    QFont groupFont = font();
    groupFont.setBold(true);

    auto *power = new QTreeWidgetItem(m_tree, {tr("Power")});
    power->setFont(0, groupFont);
    power->setFlags(Qt::ItemIsEnabled);
    m_powerItem = new QTreeWidgetItem(power, {tr("Power phase")});
    m_powerItem->setData(0, PaletteItemDelegate::kFiguresRole, tr("500 MW, 12-month ramp"));
    m_powerItem->setData(0, kPayloadKindRole, int(PalettePayload::Kind::PowerPhase));
    m_powerItem->setToolTip(0, tr("Grid capacity coming online. Drop it on the power lane, or on a partner's lane "
                                  "to give it to that partner."));
    m_powerItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);

    for (const SystemSpec &spec : catalog.systems()) {
        QTreeWidgetItem *&group = groups[spec.vendor];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {spec.vendor});
            group->setFont(0, groupFont);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group, {spec.name});
        item->setData(0, PaletteItemDelegate::kFiguresRole, figuresLine(spec));
        item->setData(0, kPayloadKindRole, int(PalettePayload::Kind::System));
        item->setData(0, kSystemIdRole, spec.id);
        item->setToolTip(0, toolTipFor(spec));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    m_tree->expandAll();
    filter(m_search->text());
}

bool PaletteWidget::eventFilter(QObject *watched, QEvent *event)
{
    // Rows wrap to the panel's width: a new width means new row heights.
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        m_tree->doItemsLayout();
    return QWidget::eventFilter(watched, event);
}

QTreeWidgetItem *PaletteWidget::itemForSystem(const QString &systemId) const
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, kSystemIdRole).toString() == systemId)
                return group->child(i);
        }
    }
    return nullptr;
}

void PaletteWidget::filter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(needle, Qt::CaseInsensitive);
        int visible = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = needle.isEmpty() || groupMatches || item->text(0).contains(needle, Qt::CaseInsensitive)
                || item->data(0, kSystemIdRole).toString().contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            visible += match ? 1 : 0;
        }
        group->setHidden(visible == 0);
    }
}

} // namespace rackline
