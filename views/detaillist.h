#pragma once

#include <QString>
#include <QStringList>

class QTreeWidget;
class QWidget;

namespace sextant::views {

// The side of the status icons in the application's header and tabs.
constexpr int DetailIconSize = 16;

// A flat, single-selection list with these column headers and alternating
// rows, as the History and Events tabs show.
QTreeWidget *makeDetailList(QWidget *parent, const QString &name, const QStringList &headers);

} // namespace sextant::views
