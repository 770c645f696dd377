#include "Language.h"

#include "catalog/CatalogTitles.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace attest::ui {

namespace {
const QStringList Supported = {u"en"_s, u"de"_s, u"fr"_s};
}

QList<Language::Choice> Language::choices()
{
    const QString system = resolve({});
    QList<Choice> list;
    list.append({QString(), tr("System default (%1)").arg(QLocale(system).nativeLanguageName())});
    for (const QString& code : Supported) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty()) {
            name[0] = name[0].toUpper(); // "français" is written lower case in running text, not in a list
        }
        list.append({code, name});
    }
    return list;
}

QString Language::resolve(const QString& preferred)
{
    if (Supported.contains(preferred)) {
        return preferred;
    }
    // The first of the user's preferred UI languages that we have, else English.
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (Supported.contains(code)) {
            return code;
        }
    }
    return u"en"_s;
}

QString Language::install(QCoreApplication& app, const QString& preferred, const QString& directory)
{
    const QString code = resolve(preferred);
    // Requirements show their official title in this language where the catalogs ship one (GDPR, EU AI Act).
    attest::CatalogTitles::setLanguage(code);
    if (Supported.contains(preferred)) {
        // A chosen language brings its conventions along (a German UI writes German dates and numbers), in the
        // user's own country where that pairing exists: French chosen in Switzerland is fr_CH.
        QLocale::setDefault(QLocale(QLocale(code).language(), QLocale::system().territory()));
    }
    if (code == u"en"_s) {
        return code;
    }
    const QLocale locale(code);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    auto* ours = new QTranslator(&app);
    if (ours->load(u"attest_%1"_s.arg(code), directory.isEmpty() ? u":/i18n"_s : directory)) {
        QCoreApplication::installTranslator(ours);
    } else {
        delete ours;
    }
    return code;
}

} // namespace attest::ui
