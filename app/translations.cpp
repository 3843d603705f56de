#include "app/translations.h"

#include "model/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace sextant {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own strings (dialog buttons, context menus), when the system has them.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, QStringLiteral("sextant"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        qCDebug(lcViews) << "no Sextant translation for" << locale.name();
        // English plural forms ("1 application", "2 applications") still apply.
        if (translator->load(QStringLiteral(":/i18n/sextant_en.qm")))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace sextant
