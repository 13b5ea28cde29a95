// SPDX-License-Identifier: MIT
#include "PresentationWindow.h"

#include "ChartFactory.h"
#include "ChartView.h"

#include <QEvent>
#include <QDate>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace rackline {

namespace {
QFont points(double size, bool bold = false)
{
    QFont font;
    font.setPointSizeF(size);
    font.setBold(bold);
    return font;
}
} // namespace

PresentationWindow::PresentationWindow(ChartInput input, const Scenario *comparison, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_input(input)
{
    if (comparison)
        m_comparison = *comparison;
    setAttribute(Qt::WA_DeleteOnClose);
    setAutoFillBackground(true);
    QPalette white = palette();
    white.setColor(QPalette::Window, Qt::white);
    white.setColor(QPalette::WindowText, QColor(0x22, 0x22, 0x22));
    setPalette(white);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 16);
    layout->setSpacing(8);
    auto *header = new QHBoxLayout;
    m_scenarioLabel = new QLabel(this);
    m_scenarioLabel->setFont(points(20, true));
    m_dateLabel = new QLabel(this);
    m_dateLabel->setFont(points(16));
    m_dateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(m_scenarioLabel, 1);
    header->addWidget(m_dateLabel);
    layout->addLayout(header);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);
    for (const ChartKind kind : allChartKinds()) {
        if (kind == ChartKind::Compare && !m_comparison)
            continue;
        ChartView *chart = createChart(kind, input, m_comparison ? &*m_comparison : nullptr, m_stack);
        chart->setStyle(ChartStyle::presentation());
        chart->refresh();
        m_stack->addWidget(chart);
        m_charts.push_back(chart);
    }

    auto *footer = new QHBoxLayout;
    m_footnote = new QLabel(this);
    m_footnote->setWordWrap(true);
    m_footnote->setFont(points(10));
    m_footnote->setTextFormat(Qt::PlainText);
    m_footnote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette grey = m_footnote->palette();
    grey.setColor(QPalette::WindowText, QColor(0x55, 0x55, 0x55));
    m_footnote->setPalette(grey);
    m_counterLabel = new QLabel(this);
    m_counterLabel->setFont(points(14));
    m_counterLabel->setAlignment(Qt::AlignRight | Qt::AlignBottom);
    footer->addWidget(m_footnote, 1);
    footer->addWidget(m_counterLabel);
    layout->addLayout(footer);
    updateSlideTexts();
}

void PresentationWindow::present()
{
    setCurrentSlide(0);
    showFullScreen();
    activateWindow();
    setFocus();
}

int PresentationWindow::currentSlide() const
{
    return m_stack->currentIndex();
}

void PresentationWindow::setCurrentSlide(int index)
{
    if (m_charts.empty())
        return;
    m_stack->setCurrentIndex(std::clamp(index, 0, slideCount() - 1));
    currentChart()->refresh();
    updateSlideTexts();
}

ChartView *PresentationWindow::currentChart() const
{
    return m_charts.empty() ? nullptr : m_charts[size_t(currentSlide())];
}

QString PresentationWindow::footnote() const
{
    return m_footnote->text();
}

void PresentationWindow::next()
{
    setCurrentSlide(currentSlide() + 1);
}

void PresentationWindow::previous()
{
    setCurrentSlide(currentSlide() - 1);
}

void PresentationWindow::refresh()
{
    if (ChartView *chart = currentChart())
        chart->refresh();
    updateSlideTexts();
}

void PresentationWindow::changeEvent(QEvent *event)
{
    // The charts retranslate themselves; the slide's own texts follow.
    if (event->type() == QEvent::LanguageChange)
        updateSlideTexts();
    QWidget::changeEvent(event);
}

void PresentationWindow::updateSlideTexts()
{
    setWindowTitle(tr("Rackline presentation"));
    m_scenarioLabel->setText(m_input.isValid() ? m_input.scenario->name : QString());
    m_dateLabel->setText(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    m_counterLabel->setText(tr("%1 / %2").arg(currentSlide() + 1).arg(slideCount()));
    const ChartView *chart = currentChart();
    const QStringList sources = chart ? chart->sources() : QStringList();
    m_footnote->setText(sources.isEmpty() ? tr("Sources: none given in the scenario.")
                                          : tr("Sources: %1").arg(sources.join(QStringLiteral(" · "))));
    fitFootnote();
}

void PresentationWindow::fitFootnote()
{
    const int width = std::max(200, m_footnote->width() > 0 ? m_footnote->width() : this->width() - 160);
    const int maxHeight = std::max(40, height() / 6);
    QFont font = m_footnote->font();
    for (double points = 11; points >= 7; points -= 0.5) {
        font.setPointSizeF(points);
        const QRect needed = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap,
                                                             m_footnote->text());
        if (needed.height() <= maxHeight)
            break;
    }
    m_footnote->setFont(font);
    m_footnote->setMaximumHeight(maxHeight);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitFootnote();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return;
    case Qt::Key_Home:
        setCurrentSlide(0);
        return;
    case Qt::Key_End:
        setCurrentSlide(slideCount() - 1);
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace rackline
