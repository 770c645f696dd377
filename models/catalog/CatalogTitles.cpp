#include "CatalogTitles.h"

#include "storage/Connection.h"
#include "storage/ConnectionPrivate.h"

#include <QMutex>
#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace attest {

namespace {

QMutex languageMutex;
QString currentLanguage = u"en"_s; // guarded by languageMutex

QString normalized(const QString& code)
{
    const QString language = code.section(u'-', 0, 0).section(u'_', 0, 0).trimmed().toLower();
    return language.size() == 2 ? language : u"en"_s;
}

} // namespace

QString CatalogTitles::language()
{
    const QMutexLocker lock(&languageMutex);
    return currentLanguage;
}

void CatalogTitles::setLanguage(const QString& code)
{
    const QMutexLocker lock(&languageMutex);
    currentLanguage = normalized(code);
}

QString CatalogTitles::languageOf(const QLocale& locale)
{
    return locale.language() == QLocale::C ? u"en"_s : normalized(QLocale::languageToCode(locale.language()));
}

CatalogTitles::CatalogTitles(const Connection& connection, const QString& language)
    : m_language(normalized(language))
{
    if (m_language == u"en"_s) {
        return;
    }
    auto q = ConnectionPrivate::get(connection)
                 .exec(u"SELECT requirement_id, title FROM requirement_titles WHERE language = ?"_s,
                       {m_language},
                       tr("The requirement titles could not be read."));
    if (!q) {
        m_error = q.error().message; // the official titles still show
        return;
    }
    while (q->next()) {
        m_titles.insert(q->value(0).toLongLong(), q->value(1).toString());
    }
}

QString CatalogTitles::title(qint64 requirementId, const QString& officialTitle) const
{
    const auto it = m_titles.constFind(requirementId);
    return it == m_titles.cend() ? officialTitle : *it;
}

QString CatalogTitles::titleWithOfficial(const Requirement& requirement) const
{
    return withOfficial(title(requirement), requirement.title);
}

QString CatalogTitles::withOfficial(const QString& shown, const QString& official)
{
    if (shown.isEmpty() || shown == official) {
        return official;
    }
    return tr("%1 (%2)", "requirement title in the UI language (official English title)").arg(shown, official);
}

QString CatalogTitles::officialTooltip(const Requirement& requirement) const
{
    return isLocalized(requirement.id) ? officialNote(requirement.title) : QString();
}

QString CatalogTitles::officialNote(const QString& officialTitle)
{
    return tr("Official title: %1").arg(officialTitle);
}

QString CatalogTitles::lookup(const Connection& connection,
                              qint64 requirementId,
                              const QString& officialTitle,
                              const QString& language)
{
    const QString code = normalized(language);
    if (code == u"en"_s) {
        return officialTitle;
    }
    auto q = ConnectionPrivate::get(connection)
                 .exec(u"SELECT title FROM requirement_titles WHERE requirement_id = ? AND language = ?"_s,
                       {requirementId, code},
                       tr("The requirement titles could not be read."));
    return q && q->next() ? q->value(0).toString() : officialTitle;
}

Result<QMap<QString, QString>> CatalogTitles::titlesOf(const Connection& connection, qint64 requirementId)
{
    auto q = ConnectionPrivate::get(connection)
                 .exec(u"SELECT language, title FROM requirement_titles WHERE requirement_id = ? ORDER BY language"_s,
                       {requirementId},
                       tr("The requirement titles could not be read."));
    if (!q) {
        return q.error();
    }
    QMap<QString, QString> titles;
    while (q->next()) {
        titles.insert(q->value(0).toString(), q->value(1).toString());
    }
    return titles;
}

Result<void> CatalogTitles::store(WriteTransaction& /*txn: the caller's write is under way*/,
                                  Connection& connection,
                                  qint64 requirementId,
                                  const QMap<QString, QString>& titles)
{
    const ConnectionPrivate& c = ConnectionPrivate::get(connection);
    const QString failed = tr("The requirement titles could not be stored.");
    if (auto removed = c.exec(u"DELETE FROM requirement_titles WHERE requirement_id = ?"_s, {requirementId}, failed);
        !removed) {
        return removed.error();
    }
    for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
        const QString code = normalized(it.key());
        const QString title = it.value().trimmed();
        if (code == u"en"_s || title.isEmpty()) {
            continue;
        }
        if (auto added = c.exec(u"INSERT INTO requirement_titles (requirement_id, language, title) VALUES (?, ?, ?)"_s,
                                {requirementId, code, title},
                                failed);
            !added) {
            return added.error();
        }
    }
    return {};
}

} // namespace attest
