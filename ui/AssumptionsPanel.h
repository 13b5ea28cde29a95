// SPDX-License-Identifier: MIT
#pragma once

#include <Scenario.h>

#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QGroupBox;
class QLabel;

namespace rackline {

class AssumptionSlider;
class ScenarioDocument;
struct DocumentChange;

/// The scenario's what-if assumptions (README "Assumptions"), one slider and spin box each:
/// PUE, energy price, facility capex per GW, tranche size per GW, a price multiplier per
/// vendor of the catalog, and a delay in months per partner and per system in use.
///
/// Every change is a ChangeAssumptionsCommand on the document's undo stack, so the engine,
/// the charts and the totals follow at once; a slider drag merges into one undo step. A row
/// the scenario does not set shows the default the engine uses, and its reset button
/// removes the scenario's own value.
class AssumptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AssumptionsPanel(ScenarioDocument *document, QWidget *parent = nullptr);
    ~AssumptionsPanel() override;

    /// The row of an assumption: "pue", "energy", "facility", "tranche", "price:VENDOR",
    /// "delay-partner:ID", "delay-system:ID"; nullptr when there is none.
    AssumptionSlider *row(const QString &key) const;
    QStringList rowKeys() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Row;

    void retranslateUi();
    void onChanged(const DocumentChange &change);
    /// The rows the scenario needs (vendors, partners, systems in use), in order.
    QStringList wantedKeys() const;
    void rebuildRows();
    void refreshValues();
    void edit(size_t rowIndex, std::optional<double> value, bool newStep);

    ScenarioDocument *m_document;
    QGroupBox *m_facilityGroup = nullptr;
    QGroupBox *m_vendorGroup = nullptr;
    QGroupBox *m_partnerGroup = nullptr;
    QGroupBox *m_systemGroup = nullptr;
    QLabel *m_sourceLabel = nullptr;
    std::vector<Row> m_rows;
    QStringList m_keys; ///< the keys the rows were built for
    bool m_refreshing = false;
    /// The document changed while the panel was hidden: it catches up when shown (a hidden
    /// panel rebuilding its rows for every opened plan cost 40 ms of 100,000 deployments).
    bool m_stale = false;
};

} // namespace rackline
