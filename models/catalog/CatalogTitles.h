#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QString>

namespace attest {

class Connection;
class WriteTransaction;

// Requirements' official titles in other languages (the GDPR and the EU AI Act in German and French, shipped with
// the catalogs), and which language to show them in. The English title (Requirement::title) stays the title of
// record; a requirement without a title in the language shows it.
//
//     CatalogTitles titles(connection);          // the catalog language, read once
//     label->setText(titles.title(requirement)); // "Verzeichnis von Verarbeitungstätigkeiten" in German
class CatalogTitles
{
    Q_DECLARE_TR_FUNCTIONS(CatalogTitles)

public:
    // The language requirement titles are shown in: "en" (the default), "de" or "fr". The application sets it to its
    // UI language when it installs its translators (ui::Language::install).
    static QString language();
    static void setLanguage(const QString& code);
    // The two-letter code of `locale` ("de" for de_CH); "en" for the C locale.
    static QString languageOf(const QLocale& locale);

    // The titles in `language` of every requirement that has one (none for English).
    explicit CatalogTitles(const Connection& connection, const QString& language = CatalogTitles::language());
    // Without a workspace: every title is the official one.
    CatalogTitles() = default;

    const QString& languageCode() const { return m_language; }
    // The title of requirement `requirementId` in the language, else `officialTitle`.
    QString title(qint64 requirementId, const QString& officialTitle) const;
    QString title(const Requirement& requirement) const { return title(requirement.id, requirement.title); }
    // Whether the requirement has a title of its own in the language (then show the official one beside it).
    bool isLocalized(qint64 requirementId) const { return m_titles.contains(requirementId); }
    // "Verzeichnis von Verarbeitungstätigkeiten (Records of processing activities)" when localized, else the
    // official title alone: for reports, where both must be visible.
    QString titleWithOfficial(const Requirement& requirement) const;
    // The same for a title already looked up: "shown (official)", or `official` when they are the same.
    static QString withOfficial(const QString& shown, const QString& official);
    // The official title to show as a tooltip beside a localized one ("Official title: …"), or "" when the title is
    // not localized.
    QString officialTooltip(const Requirement& requirement) const;
    // "Official title: …", the line that keeps the official title in view beside a localized one.
    static QString officialNote(const QString& officialTitle);
    bool isEmpty() const { return m_titles.isEmpty(); }
    const QString& error() const { return m_error; }

    // The title of one requirement in `language`, or `officialTitle` when it has none.
    static QString lookup(const Connection& connection,
                          qint64 requirementId,
                          const QString& officialTitle,
                          const QString& language = CatalogTitles::language());
    // Every language title of one requirement (language -> title).
    static Result<QMap<QString, QString>> titlesOf(const Connection& connection, qint64 requirementId);
    // Replaces the language titles of a requirement, inside the catalog's write transaction (derived data: no audit
    // event of its own, see 0011_requirement_titles.sql). Empty titles are dropped.
    static Result<void>
    store(WriteTransaction& txn, Connection& connection, qint64 requirementId, const QMap<QString, QString>& titles);

private:
    QString m_language = QStringLiteral("en");
    QHash<qint64, QString> m_titles;
    QString m_error;
};

} // namespace attest
